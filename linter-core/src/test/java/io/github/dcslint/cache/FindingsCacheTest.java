package io.github.dcslint.cache;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.cache.DocumentCache.FileIdentity;
import io.github.dcslint.cache.DocumentCache.FileStamp;
import io.github.dcslint.cache.FindingsCache.DocSetFindings;
import io.github.dcslint.model.Cell;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;
import io.github.dcslint.model.TableKind;
import io.github.dcslint.report.Finding;
import io.github.dcslint.report.FindingContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a doc set's kept findings are used, and that they come back as they were stored. */
class FindingsCacheTest {

    private static final String KEY = "rules v1";
    private static final FileTime HOUR_AGO = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);

    @TempDir
    Path temp;

    private Path docSet;
    private Path cacheDir;
    private List<Path> files;
    private DocSetFindings findings;

    @BeforeEach
    void docSetWithFindings() throws Exception {
        docSet = Files.createDirectories(temp.resolve("docs"));
        cacheDir = temp.resolve("cache");
        files = List.of(write("a.rst", "page a\n"), write("appendix/status_codes.rst", "appendix\n"));
        Row header = new Row(3, List.of(Cell.of("Status Code", 3, 3, 0), Cell.of("Description", 3, 10, 1)));
        Row row = new Row(5, List.of(Cell.of("404", 5, 3, 0), new Cell("", 5, 10, 1, 0, 0, true)));
        Table table = new Table(TableKind.GRID, 2, 1, 1, "Status codes", List.of("API", "Errors"), 2,
                List.of(header), List.of(row));
        Finding onCell = new Finding(files.get(0), "a.rst", 5, 3, SeverityLevel.ERROR, "UnlistedStatusCode",
                "Status 404 is used here");
        Finding onHeading = new Finding(files.get(1), "appendix/status_codes.rst", 1, 1, SeverityLevel.WARNING,
                "MissingStatusCode", "Status 404 is missing");
        Finding elsewhere = new Finding(Path.of(""), "", 1, 1, SeverityLevel.INFO, "Other", "not on a file");
        findings = new DocSetFindings(List.of(onCell, onHeading, elsewhere), Map.of(
                onCell, new FindingContext("404", "404", table, row, row.cells().get(0)),
                onHeading, new FindingContext("404", "404", null, null, null)));
    }

    @Test
    void storedFindingsComeBackWithWhatTheyPointAt() throws Exception {
        store();
        FindingsCache cache = FindingsCache.open(cacheDir);
        DocSetFindings back = cache.lookup(docSet, KEY, files);
        assertNotNull(back);
        assertEquals(findings.findings(), back.findings());
        assertEquals(findings.contexts(), back.contexts());
        FindingContext context = back.contexts().get(findings.findings().get(0));
        assertSame(context.table().body().get(0), context.row(), "the row is the table's own, as a run's");
        assertSame(context.row().cells().get(0), context.cell());
        assertEquals(1, cache.hits());
    }

    @Test
    void anEditedFileMakesTheDocSetAMiss() throws Exception {
        store();
        write("a.rst", "page a, edited\n");
        assertMiss(files);
    }

    /** What a run needs to check again only part of a doc set: which files changed, and the appendix pages then. */
    @Test
    void keptFindingsSayWhichFilesChangedAndWhichWereAppendixPages() throws Exception {
        Finding onPage = findings.findings().get(0);
        Finding onAppendix = findings.findings().get(1);
        DocSetFindings onFiles = new DocSetFindings(List.of(onPage, onAppendix), findings.contexts());
        FindingsCache.open(cacheDir).store(docSet, KEY, files, identities(), java.util.Set.of(1), onFiles);
        write("a.rst", "page a, edited\n");
        FindingsCache cache = FindingsCache.open(cacheDir);
        FindingsCache.Kept kept = cache.lookupKept(docSet, KEY, files);
        assertNotNull(kept);
        assertEquals(java.util.Set.of(0), kept.changed());
        assertEquals(java.util.Set.of(1), kept.appendix());
        assertEquals(onFiles, kept.findings());
        assertNull(cache.lookup(docSet, KEY, files), "a doc set with a changed file is no hit");

        // stored without its appendix pages, or with a finding on no file of the doc set: never partly kept
        store();
        assertNull(FindingsCache.open(cacheDir).lookupKept(docSet, KEY, files).appendix());
        FindingsCache.open(cacheDir).store(docSet, KEY, files, identities(), java.util.Set.of(1), findings);
        write("a.rst", "page a, edited again\n");
        FindingsCache.Kept outside = FindingsCache.open(cacheDir).lookupKept(docSet, KEY, files);
        assertEquals(java.util.Set.of(0), outside.changed());
        assertNull(outside.appendix());
    }

    /** Stamps the caller saw before (the scan's) stand for the files': the cache does not look at them again. */
    @Test
    void stampsSeenBeforeAreUsedInPlaceOfLookingAgain() throws Exception {
        store();
        Map<Path, FileStamp> seen = new java.util.HashMap<>();
        for (Path file : files) {
            seen.put(file, FileStamp.of(file));
        }
        write("a.rst", "page a, edited\n"); // after the stamps were seen
        assertTrue(FindingsCache.open(cacheDir).lookupKept(docSet, KEY, files, seen).changed().isEmpty());
        assertEquals(java.util.Set.of(0), FindingsCache.open(cacheDir).lookupKept(docSet, KEY, files).changed());
        // a file without a stamp seen is looked at
        seen.remove(files.get(0));
        assertEquals(java.util.Set.of(0), FindingsCache.open(cacheDir).lookupKept(docSet, KEY, files, seen).changed());
    }

    @Test
    void anotherKeyIsAMiss() throws Exception {
        store();
        FindingsCache cache = FindingsCache.open(cacheDir);
        assertNull(cache.lookup(docSet, "rules v2", files));
        assertEquals(1, cache.misses());
    }

    @Test
    void aFileAddedRemovedOrReorderedIsAMiss() throws Exception {
        store();
        List<Path> added = new ArrayList<>(files);
        added.add(write("b.rst", "page b\n"));
        assertMiss(added);
        assertMiss(files.subList(0, 1));
        assertMiss(List.of(files.get(1), files.get(0)));
        assertNotNull(FindingsCache.open(cacheDir).lookup(docSet, KEY, files), "the entry itself is still good");
    }

    @Test
    void aDeletedFileIsAMissNotAnError() throws Exception {
        store();
        Files.delete(files.get(0));
        assertMiss(files);
    }

    /** Within the racy window the stamp proves nothing: an edit keeping size and time is seen. */
    @Test
    void anEditKeepingSizeAndTimeIsSeenWhileTheStampIsRecent() throws Exception {
        for (Path file : files) {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        }
        store();
        FileTime time = Files.getLastModifiedTime(files.get(0));
        write("a.rst", "page A\n");
        Files.setLastModifiedTime(files.get(0), time);
        assertMiss(files);
    }

    /** A touched file (new time, same bytes) is a hit, and the entry takes its new stamp. */
    @Test
    void aTouchedFileIsAHitAndItsNewStampIsKept() throws Exception {
        store();
        Files.setLastModifiedTime(files.get(0), FileTime.fromMillis(HOUR_AGO.toMillis() + 60_000));
        assertNotNull(FindingsCache.open(cacheDir).lookup(docSet, KEY, files));
        // the stamp is trusted now: an edit that keeps size and the new time goes unseen, as in git
        FileTime touched = Files.getLastModifiedTime(files.get(0));
        write("a.rst", "page A\n");
        Files.setLastModifiedTime(files.get(0), touched);
        assertNotNull(FindingsCache.open(cacheDir).lookup(docSet, KEY, files), "the restamped entry is trusted");
    }

    @Test
    void aDamagedEntryIsAMiss() throws Exception {
        store();
        Path entry;
        try (Stream<Path> list = Files.list(cacheDir)) {
            entry = list.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        assertMiss(files);
        Files.write(entry, "not an entry".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertMiss(files);
    }

    @Test
    void nothingIsStoredWithoutTheIdentityOfEveryFile() throws Exception {
        List<FileIdentity> identities = new ArrayList<>(identities());
        identities.set(1, null);
        FindingsCache.open(cacheDir).store(docSet, KEY, files, identities, findings);
        assertFalse(Files.exists(cacheDir), "no entry written");
    }

    @Test
    void aCacheThatCannotBeWrittenIsAWarning() throws Exception {
        Files.writeString(cacheDir, "a file where the folder should be");
        FindingsCache cache = FindingsCache.open(cacheDir);
        cache.store(docSet, KEY, files, identities(), findings);
        assertEquals(1, cache.warnings().size());
        assertTrue(cache.warnings().get(0).contains("cannot write the findings cache"), cache.warnings().toString());
    }

    @Test
    void noCacheKeepsNothing() throws Exception {
        FindingsCache none = FindingsCache.none();
        none.store(docSet, KEY, files, identities(), findings);
        assertNull(none.lookup(docSet, KEY, files));
        assertFalse(none.enabled());
    }

    private void assertMiss(List<Path> asked) {
        FindingsCache cache = FindingsCache.open(cacheDir);
        assertNull(cache.lookup(docSet, KEY, asked));
        assertEquals(1, cache.misses());
    }

    private void store() throws Exception {
        FindingsCache.open(cacheDir).store(docSet, KEY, files, identities(), findings);
    }

    /** What a run's DocumentCache says of the files: stamp, then the hash of the bytes. */
    private List<FileIdentity> identities() throws Exception {
        List<FileIdentity> out = new ArrayList<>();
        for (Path file : files) {
            FileStamp stamp = FileStamp.of(file);
            out.add(new FileIdentity(stamp, MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        }
        return out;
    }

    private Path write(String path, String text) throws Exception {
        Path file = docSet.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, HOUR_AGO);
        return file;
    }
}
