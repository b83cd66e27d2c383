package io.github.dcslint.cache;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentCacheTest {

    /** A modification time the cache trusts: long before any entry it writes. */
    private static final java.nio.file.attribute.FileTime HOUR_AGO = java.nio.file.attribute.FileTime.fromMillis(
            System.currentTimeMillis() - 3_600_000);

    @TempDir
    Path temp;

    /** Every document of the real corpus, RST and Markdown, comes back from the cache equal to a fresh parse. */
    @Test
    void everyCorpusDocumentComesBackFromTheCacheAsParsed() throws Exception {
        Path corpus = Expectations.shared().resolve("corpus");
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(corpus));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> DocumentFormat.forFileName(p.getFileName().toString()) != null).sorted().toList();
        }
        DocumentCache fill = DocumentCache.open(temp.resolve("cache"));
        for (Path file : files) {
            fill.parse(parser, file, path(corpus, file));
        }
        DocumentCache reread = DocumentCache.open(temp.resolve("cache"));
        int withTables = 0;
        for (Path file : files) {
            ParsedDocument expected = parser.parse(file);
            assertEquals(expected, reread.parse(parser, file, path(corpus, file)), file.toString());
            withTables += expected.tables().isEmpty() ? 0 : 1;
        }
        assertEquals(files.size(), reread.hits() + reread.misses());
        // only documents whose text says ":file:" skip the cache
        assertTrue(reread.hits() > files.size() * 9 / 10, reread.hits() + " hits of " + files.size());
        assertTrue(withTables > 100, "the corpus has tables to compare: " + withTables);
    }

    @Test
    void anEditedFileIsParsedAgainAndReplacesItsEntry() throws Exception {
        Path file = write("page.md", table("404", "Not Found"));
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(temp));
        DocumentCache cache = DocumentCache.open(temp.resolve("cache"));
        cache.parse(parser, file, "page.md");
        write("page.md", table("404", "Not found"));
        ParsedDocument edited = cache.parse(parser, file, "page.md");
        assertEquals("Not found", nameIn(edited));
        assertEquals(2, cache.misses());
        assertEquals(1, entries().size(), "one entry per file, not one per version");
    }

    /** Within the racy window a stamp proves nothing: an edit keeping size and time is still seen. */
    @Test
    void anEditKeepingSizeAndTimeIsSeenWhileTheStampIsRecent() throws Exception {
        Path file = write("page.md", table("404", "Not Found"));
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(file);
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(temp));
        DocumentCache.open(temp.resolve("cache")).parse(parser, file, "page.md");
        write("page.md", table("404", "Not found"));
        Files.setLastModifiedTime(file, time);
        DocumentCache cache = DocumentCache.open(temp.resolve("cache"));
        assertEquals("Not found", nameIn(cache.parse(parser, file, "page.md")));
        assertEquals(1, cache.misses());
    }

    /**
     * An old stamp is trusted and the file not read, as git trusts its index: shown by an edit that
     * keeps size and time (which editors do not do), whose old document comes back.
     */
    @Test
    void anOldUnchangedStampIsTrustedWithoutReadingTheFile() throws Exception {
        Path file = write("page.md", table("404", "Not Found"));
        Files.setLastModifiedTime(file, HOUR_AGO);
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(temp));
        DocumentCache.open(temp.resolve("cache")).parse(parser, file, "page.md");
        write("page.md", table("404", "Not found"));
        Files.setLastModifiedTime(file, HOUR_AGO);
        DocumentCache cache = DocumentCache.open(temp.resolve("cache"));
        assertEquals("Not Found", nameIn(cache.parse(parser, file, "page.md")));
        assertEquals(1, cache.hits());
        // any real edit changes the time: then the bytes decide
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(HOUR_AGO.toMillis() + 1000));
        assertEquals("Not found", nameIn(cache.parse(parser, file, "page.md")));
    }

    /**
     * A stamp the caller saw before (the scan's) stands for the file's: the cache does not look at
     * the file again. Shown with a file edited after the stamp was taken, keeping its size: the
     * old stamp vouches for the old document (the next run's scan sees the new time).
     */
    @Test
    void aStampSeenBeforeIsUsedInPlaceOfLookingAgain() throws Exception {
        Path file = write("page.md", table("404", "Not Found"));
        Files.setLastModifiedTime(file, HOUR_AGO);
        DocumentCache.FileStamp seen = DocumentCache.FileStamp.of(file);
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(temp));
        DocumentCache.open(temp.resolve("cache")).parse(parser, file, "page.md");
        write("page.md", table("404", "Not found"));
        DocumentCache cache = DocumentCache.open(temp.resolve("cache"));
        DocumentCache.Identified identified = cache.parseIdentified(parser, file, "page.md",
                DocumentCache.Reduction.NONE, seen);
        assertEquals("Not Found", nameIn(identified.document()));
        assertEquals(seen, identified.identity().stamp());
        assertEquals(1, cache.hits());
        // looking at the file itself, the cache sees the edit
        assertEquals("Not found", nameIn(cache.parse(parser, file, "page.md")));
    }

    /** A touched file (new time, same bytes) is a hit, and its entry takes the new stamp. */
    @Test
    void aTouchedFileIsAHit() throws Exception {
        Path file = write("page.md", table("404", "Not Found"));
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(temp));
        DocumentCache.open(temp.resolve("cache")).parse(parser, file, "page.md");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        DocumentCache cache = DocumentCache.open(temp.resolve("cache"));
        assertEquals(parser.parse(file), cache.parse(parser, file, "page.md"));
        assertEquals(1, cache.hits());
        assertEquals(1, entries().size());
    }

    @Test
    void otherParseOptionsAreAMiss() throws Exception {
        Path file = write("page.md", table("404", "Not Found"));
        DocumentCache cache = DocumentCache.open(temp.resolve("cache"));
        cache.parse(new DocumentParser(ParseOptions.forRoot(temp)), file, "page.md");
        DocumentParser shortLines = new DocumentParser(new ParseOptions(temp, ParseOptions.DEFAULT_MAX_FILE_BYTES, 10));
        ParsedDocument parsed = cache.parse(shortLines, file, "page.md");
        assertEquals(shortLines.parse(file), parsed);
        assertFalse(parsed.problems().isEmpty(), "lines over 10 characters are reported");
        assertEquals(0, cache.hits());
    }

    @Test
    void aCorruptEntryIsAMissAndIsReplaced() throws Exception {
        Path file = write("page.md", table("404", "Not Found"));
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(temp));
        DocumentCache.open(temp.resolve("cache")).parse(parser, file, "page.md");
        Path entry = entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        DocumentCache cache = DocumentCache.open(temp.resolve("cache"));
        assertEquals(parser.parse(file), cache.parse(parser, file, "page.md"));
        assertEquals(1, cache.misses());
        DocumentCache again = DocumentCache.open(temp.resolve("cache"));
        assertEquals(parser.parse(file), again.parse(parser, file, "page.md"));
        assertEquals(1, again.hits(), "the corrupt entry was replaced");
    }

    @Test
    void aCacheThatCannotBeWrittenIsAWarningNotAFailure() throws Exception {
        Path file = write("page.md", table("404", "Not Found"));
        Path notADirectory = write("cache-is-a-file", "x");
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(temp));
        DocumentCache cache = DocumentCache.open(notADirectory);
        assertEquals(parser.parse(file), cache.parse(parser, file, "page.md"));
        assertEquals(parser.parse(file), cache.parse(parser, file, "page.md"));
        assertEquals(1, cache.warnings().size(), cache.warnings().toString());
        assertTrue(cache.warnings().get(0).contains(notADirectory.toString()), cache.warnings().get(0));
    }

    /** A csv-table :file: makes the page depend on a file its key does not cover: never cached. */
    @Test
    void aPageReadingACsvFileIsAlwaysParsed() throws Exception {
        write("codes.csv", "\"Status Code\",\"Name\"\n\"404\",\"Not Found\"\n");
        Path page = write("page.rst", "Codes\n=====\n\n.. csv-table::\n   :file: codes.csv\n   :header-rows: 1\n");
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(temp));
        DocumentCache cache = DocumentCache.open(temp.resolve("cache"));
        cache.parse(parser, page, "page.rst");
        write("codes.csv", "\"Status Code\",\"Name\"\n\"404\",\"Not found\"\n");
        ParsedDocument parsed = cache.parse(parser, page, "page.rst");
        assertEquals("Not found", nameIn(parsed));
        assertEquals(0, cache.hits());
    }

    /** The text of the name cell of the first row of the page's table ({@link #table}). */
    private static String nameIn(ParsedDocument document) {
        return document.tables().get(0).body().get(0).cells().get(1).text();
    }

    private static String table(String code, String name) {
        return "# Codes\n\n| Status Code | Name |\n|---|---|\n| " + code + " | " + name + " |\n";
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<Path> entries() throws Exception {
        try (Stream<Path> walk = Files.walk(temp.resolve("cache"))) {
            return walk.filter(p -> p.toString().endsWith(".bin")).toList();
        }
    }

    private static String path(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * A kept table's cells are read before the parse returns, on the parse thread (with and
     * without a cache directory), so that no deferred text is made later or elsewhere.
     */
    @Test
    void keptTablesComeBackWithTheirTextsMade() throws Exception {
        Path page = temp.resolve("page.md");
        Files.writeString(page, "| Code | Name |\n|---|---|\n| 404 | Not Found |\n", StandardCharsets.UTF_8);
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(temp));
        for (DocumentCache cache : List.of(DocumentCache.none(), DocumentCache.open(temp.resolve("cache")))) {
            AtomicInteger made = new AtomicInteger();
            DocumentCache.Reduction counting = DocumentCache.Reduction.of("counting",
                    document -> withCountedBodyTexts(document, made));
            ParsedDocument kept = cache.parse(parser, page, "page.md", counting);
            assertEquals(2, made.get(), "both body cells read in parse");
            assertEquals("Not Found", nameIn(kept));
            assertEquals(2, made.get());
        }
    }

    /** The document with each body cell's text made by a supplier that counts its calls. */
    private static ParsedDocument withCountedBodyTexts(ParsedDocument document, AtomicInteger made) {
        List<Table> tables = new ArrayList<>();
        for (Table t : document.tables()) {
            List<Row> body = new ArrayList<>();
            for (Row row : t.body()) {
                List<Cell> cells = new ArrayList<>();
                for (Cell c : row.cells()) {
                    cells.add(Cell.deferred(() -> {
                        made.incrementAndGet();
                        return c.text();
                    }, c.line(), c.column(), c.gridColumn(), 0, 0, null));
                }
                body.add(new Row(row.line(), cells));
            }
            tables.add(new Table(t.kind(), t.line(), t.column(), t.directiveLine(), t.caption(), t.sectionPath(),
                    t.columns(), t.header(), body));
        }
        return new ParsedDocument(document.file(), document.path(), document.format(), document.title(), tables,
                document.statusHeadings(), document.problems());
    }
}
