package io.github.dcslint.cache;

import static io.github.dcslint.testing.TestFiles.copyTree;

import io.github.dcslint.report.Finding;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsRunner;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A cached run gives exactly the findings of a full run, on a copy of the real OTC corpus
 * (../shared/corpus/otc), after editing the appendix page of a doc set and after editing one of
 * its API pages: both edits change cross-document findings (UnlistedStatusCode on other pages,
 * MissingStatusCode on the appendix), which a cached page must still take part in.
 */
class IncrementalRunTest {

    /** The DCS doc set's appendix: it does not list 200, which its API pages use. */
    private static final String APPENDIX = "distributed-cache-service/api-ref/source/appendix/status_codes.rst";
    /** An API page of the same doc set whose only status table lists 200 Normal. */
    private static final String API_PAGE =
            "distributed-cache-service/api-ref/source/api_version_query/querying_information_of_an_api_version.rst";

    @TempDir
    Path temp;

    private Path docs;
    private int fileCount;

    @Test
    void cachedRunsGiveTheFindingsOfFullRunsAfterEditingTheAppendixAndThenAnApiPage() throws Exception {
        docs = copyTree(Expectations.shared().resolve("corpus/otc"), temp.resolve("otc"));
        // files last changed an hour ago, as in a real checkout: the cache then trusts their
        // stamps and reads only the edited files (fresh copies would all be read, being too new)
        FileTime hourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
        try (Stream<Path> files = Files.walk(docs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, hourAgo);
            }
        }
        Path cacheDir = temp.resolve("cache");
        List<Finding> before = fullRun();

        DocumentCache cold = DocumentCache.open(cacheDir);
        assertEquals(before, run(cold), "a cold cache");
        fileCount = cold.misses();
        assertEquals(0, cold.hits());

        DocumentCache warm = DocumentCache.open(cacheDir);
        assertEquals(before, run(warm), "nothing changed");
        assertEquals(fileCount, warm.hits(), "nothing changed: every document from the cache");
        assertEquals(0, warm.misses());

        // 201 Created becomes 200 OK in the appendix (same widths, so the grid table stays whole):
        // the API pages' "Status 200 is used here but the appendix does not list it" must go.
        replace(APPENDIX, "| 201                   | Created                         |",
                "| 200                   | OK                              |");
        List<Finding> afterAppendix = fullRun();
        assertNotEquals(before, afterAppendix, "the edit must change findings, else the test proves nothing");
        assertEquals(afterAppendix, cachedRunParsingOnlyOneFile(cacheDir), "after editing the appendix");

        // the API page now uses 418, which the appendix does not list: a finding on the page, and
        // the appendix's MissingStatusCode list changes although the appendix did not.
        replace(API_PAGE, "200         Normal", "418         Normal");
        List<Finding> afterApiPage = fullRun();
        assertNotEquals(afterAppendix, afterApiPage, "the edit must change findings, else the test proves nothing");
        assertEquals(afterApiPage, cachedRunParsingOnlyOneFile(cacheDir), "after editing an API page");
    }

    /** Only parsing is cached: a new catalog (or rules file) changes the findings of a warm cache as of a full run. */
    @Test
    void aCatalogChangeChangesTheFindingsOfAWarmCache() throws Exception {
        Files.copy(Expectations.testdata().resolve("config/unknown-status-code-with-catalogs.xml"),
                temp.resolve("rules.xml"));
        Path org = Files.writeString(temp.resolve("org.csv"), "Code,Name\n494,Request Header Too Large\n");
        docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("p.md"), "| Status Code | Description |\n|---|---|\n| 494 | x |\n");
        Path cacheDir = temp.resolve("cache");
        DcsRequest.Builder request = DcsRequest.builder(temp).sourceRoot(docs).rulesLocation("rules.xml")
                .outputDirectory(temp.resolve("out"));

        List<Finding> withoutCatalog = new DcsRunner(DocumentCache.open(cacheDir)).check(request.build()).findings();
        assertEquals(1, withoutCatalog.size(), withoutCatalog.toString());

        DcsRequest withCatalog = request.catalogs(List.of(org.toString())).build();
        DocumentCache warm = DocumentCache.open(cacheDir);
        List<Finding> cached = new DcsRunner(warm).check(withCatalog).findings();
        assertEquals(1, warm.hits(), "the page itself did not change");
        assertEquals(new DcsRunner().check(withCatalog).findings(), cached);
        assertEquals(List.of(), cached, "494 is in the organisation catalog");
    }

    private List<Finding> cachedRunParsingOnlyOneFile(Path cacheDir) throws Exception {
        DocumentCache cache = DocumentCache.open(cacheDir);
        List<Finding> findings = run(cache);
        assertEquals(1, cache.misses(), "only the edited file is parsed");
        assertEquals(fileCount - 1, cache.hits());
        return findings;
    }

    private List<Finding> fullRun() throws Exception {
        return run(DocumentCache.none());
    }

    private List<Finding> run(DocumentCache cache) throws Exception {
        DcsRequest request = DcsRequest.builder(temp).sourceRoot(docs).outputDirectory(temp.resolve("out")).build();
        return new DcsRunner(cache).check(request).findings();
    }

    private void replace(String path, String from, String to) throws IOException {
        Path file = docs.resolve(path);
        String text = Files.readString(file);
        assertEquals(from.length(), to.length(), "an edit keeps the table's column widths");
        if (!text.contains(from)) {
            throw new AssertionError(path + " no longer contains \"" + from + "\"; pick another edit");
        }
        Files.writeString(file, text.replace(from, to));
    }
}
