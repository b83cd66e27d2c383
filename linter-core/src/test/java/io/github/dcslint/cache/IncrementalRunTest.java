package io.github.dcslint.cache;

import static io.github.dcslint.testing.TestFiles.copyTree;

import io.github.dcslint.report.Finding;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsResult;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A cached run gives exactly the findings of a full run, and what each points at, on a copy of
 * the real OTC corpus (../shared/corpus/otc), after editing the appendix page of a doc set and
 * after editing one of its API pages: both edits change cross-document findings
 * (UnlistedStatusCode on other pages, MissingStatusCode on the appendix), which a cached page
 * must still take part in. Only the edited doc set is checked again, and in it only the edited
 * file parsed; the other doc sets' findings come from the {@link FindingsCache}. A change of
 * what the rules read (a catalog's content, a suppressions file) is seen as well.
 */
class IncrementalRunTest {

    /** The DCS doc set: the folder with its conf.py. */
    private static final String DOC_SET = "distributed-cache-service/api-ref/source";
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
        DcsResult before = fullRun();
        int docSetFiles;
        try (Stream<Path> files = Files.walk(docs.resolve(DOC_SET))) {
            docSetFiles = (int) files.filter(f -> f.toString().endsWith(".rst")).count();
        }

        DocumentCache cold = DocumentCache.open(cacheDir);
        assertSame(before, run(cold), "a cold cache");
        fileCount = cold.misses();
        assertEquals(0, cold.hits());

        DocumentCache warm = DocumentCache.open(cacheDir);
        assertSame(before, run(warm), "nothing changed");
        assertEquals(0, warm.hits() + warm.misses(), "nothing changed: no document is even read, every doc set's"
                + " findings come from the cache");

        // 201 Created becomes 200 OK in the appendix (same widths, so the grid table stays whole):
        // the API pages' "Status 200 is used here but the appendix does not list it" must go.
        replace(APPENDIX, "| 201                   | Created                         |",
                "| 200                   | OK                              |");
        DcsResult afterAppendix = fullRun();
        assertNotEquals(before.findings(), afterAppendix.findings(),
                "the edit must change findings, else the test proves nothing");
        assertSame(afterAppendix, cachedRunParsingOnlyOneFile(cacheDir, docSetFiles), "after editing the appendix");

        // the API page now uses 418, which the appendix does not list: a finding on the page, and
        // the appendix's MissingStatusCode list changes although the appendix did not.
        replace(API_PAGE, "200         Normal", "418         Normal");
        DcsResult afterApiPage = fullRun();
        assertNotEquals(afterAppendix.findings(), afterApiPage.findings(),
                "the edit must change findings, else the test proves nothing");
        assertSame(afterApiPage, cachedRunParsingOnlyOneFile(cacheDir, docSetFiles), "after editing an API page");

        // a touched page (new time, same bytes) changes nothing: its doc set's findings are kept
        Files.setLastModifiedTime(docs.resolve(API_PAGE), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        DocumentCache touched = DocumentCache.open(cacheDir);
        assertSame(afterApiPage, run(touched), "after touching a page");
        assertEquals(0, touched.hits() + touched.misses(), "a touched page's bytes are compared, not parsed");
    }

    /**
     * Edits of one API page, the appendix untouched: the doc set's other pages keep their kept
     * findings (only the page and the appendix pages are checked again), and the run still gives
     * the findings of a full run. The page's status code changes; a suppression comment opens it; its title becomes the appendix title, so that it becomes an appendix page
     * (then every page is checked again); and it goes back as it was.
     */
    @Test
    void editsOfOneApiPageGiveTheFindingsOfFullRunsWhileOtherPagesKeepTheirs() throws Exception {
        docs = copyTree(Expectations.shared().resolve("corpus/otc"), temp.resolve("otc"));
        Path cacheDir = temp.resolve("cache");
        Path page = docs.resolve(API_PAGE);
        String original = Files.readString(page);
        DcsResult before = fullRun();
        assertSame(before, run(DocumentCache.open(cacheDir)), "a cold cache");
        long onOtherPages = before.findings().stream().filter(f -> f.file().startsWith(docs.resolve(DOC_SET))
                && !f.file().equals(page) && !f.file().equals(docs.resolve(APPENDIX))).count();
        org.junit.jupiter.api.Assertions.assertTrue(onOtherPages > 10,
                "other pages of the doc set must have findings to keep: " + onOtherPages);

        DcsResult last = before;
        List<String> edits = List.of("a code", "a suppression comment", "the appendix title", "as it was");
        for (String edit : edits) {
            switch (edit) {
                case "a code" -> replace(API_PAGE, "200         Normal", "418         Normal");
                case "a suppression comment" -> Files.writeString(page, ".. dcs-lint: off\n\n" + Files.readString(page));
                case "the appendix title" -> Files.writeString(page, Files.readString(page)
                        .replace("\nQuerying Information of an API Version\n", "\nStatus Codes\n"));
                default -> Files.writeString(page, original);
            }
            DcsResult full = fullRun();
            assertNotEquals(last.findings(), full.findings(), edit + ": the edit must change findings");
            assertSame(full, run(DocumentCache.open(cacheDir)), "after editing " + edit);
            last = full;
        }
    }

    /** A new catalog (or rules file) changes the findings of a warm cache as of a full run. */
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

        // the same catalog file with other content: the doc set's kept findings no longer hold
        Files.writeString(org, "Code,Name\n495,Something Else\n");
        DocumentCache edited = DocumentCache.open(cacheDir);
        List<Finding> afterEdit = new DcsRunner(edited).check(withCatalog).findings();
        assertEquals(new DcsRunner().check(withCatalog).findings(), afterEdit);
        assertEquals(withoutCatalog, afterEdit, "494 is no longer in the organisation catalog");
        assertEquals(1, edited.hits(), "checked again, from the cached document");
    }

    /** A suppressions file the rules read is part of what kept findings depend on: created, edited, removed. */
    @Test
    void aSuppressionsFileChangeChangesTheFindingsOfAWarmCache() throws Exception {
        docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("p.md"), "| Status Code | Description |\n|---|---|\n| 494 | x |\n| 4O4 | y |\n");
        Path suppressions = temp.resolve("suppressions.xml");
        Path cacheDir = temp.resolve("cache");
        DcsRequest request = DcsRequest.builder(temp).sourceRoot(docs).outputDirectory(temp.resolve("out"))
                .ruleProperty("dcs.suppressions", suppressions.toString()).build();
        List<String> rules = new java.util.ArrayList<>();
        for (String suppressed : List.of("", "UnknownStatusCode", "InvalidStatusCode", "")) {
            if (suppressed.isEmpty()) {
                Files.deleteIfExists(suppressions);
            } else {
                Files.writeString(suppressions, """
                        <?xml version="1.0"?>
                        <!DOCTYPE suppressions PUBLIC "-//Checkstyle//DTD SuppressionFilter Configuration 1.2//EN"
                            "https://checkstyle.org/dtds/suppressions_1_2.dtd">
                        <suppressions>
                          <suppress files="p\\.md$" checks="%s"/>
                        </suppressions>
                        """.formatted(suppressed));
            }
            List<Finding> cached = new DcsRunner(DocumentCache.open(cacheDir)).check(request).findings();
            assertEquals(new DcsRunner().check(request).findings(), cached, "suppressing \"" + suppressed + "\"");
            rules.add(cached.stream().map(Finding::ruleId).sorted().toList().toString());
        }
        assertEquals(List.of("[InvalidStatusCode, UnknownStatusCode]", "[InvalidStatusCode]", "[UnknownStatusCode]",
                "[InvalidStatusCode, UnknownStatusCode]"), rules);
    }

    /** Checks that the cached run parsed only the edited file, and took its doc set's other documents from the cache. */
    private DcsResult cachedRunParsingOnlyOneFile(Path cacheDir, int docSetFiles) throws Exception {
        DocumentCache cache = DocumentCache.open(cacheDir);
        DcsResult result = run(cache);
        assertEquals(1, cache.misses(), "only the edited file is parsed");
        assertEquals(docSetFiles - 1, cache.hits(), "only the edited doc set is checked again");
        return result;
    }

    /** Equal findings, and each finding points at the same cell, row and table. */
    private static void assertSame(DcsResult expected, DcsResult actual, String when) {
        assertEquals(expected.findings(), actual.findings(), when);
        assertEquals(expected.contexts(), actual.contexts(), when + ": what the findings point at");
        assertFalse(expected.contexts().isEmpty(), "contexts to compare");
    }

    private DcsResult fullRun() throws Exception {
        return run(DocumentCache.none());
    }

    private DcsResult run(DocumentCache cache) throws Exception {
        DcsRequest request = DcsRequest.builder(temp).sourceRoot(docs).outputDirectory(temp.resolve("out")).build();
        return new DcsRunner(cache).check(request);
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
