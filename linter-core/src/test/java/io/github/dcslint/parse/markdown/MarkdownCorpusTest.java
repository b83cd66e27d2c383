package io.github.dcslint.parse.markdown;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real Markdown docs in ../shared/corpus/markdown. The expected numbers below were counted
 * by reading the files (line numbers from {@code grep -n '|'}), not taken from the parser.
 */
class MarkdownCorpusTest {

    private static Path corpus;
    private static DocumentParser parser;

    @BeforeAll
    static void setUp() {
        corpus = Expectations.shared().resolve("corpus/markdown");
        parser = new DocumentParser(ParseOptions.forRoot(corpus));
    }

    private static ParsedDocument parse(String relative) {
        ParsedDocument doc = parser.parse(corpus.resolve(relative));
        assertEquals(relative, doc.path());
        return doc;
    }

    private static void assertCell(Cell cell, String text, int line, int column) {
        assertEquals(text, cell.text(), "text");
        assertEquals(line + ":" + column, cell.line() + ":" + cell.column(), "position of \"" + text + "\"");
    }

    private static List<Integer> tableLines(ParsedDocument doc) {
        return doc.tables().stream().map(Table::line).toList();
    }

    private static List<Integer> bodySizes(ParsedDocument doc) {
        return doc.tables().stream().map(t -> t.body().size()).toList();
    }

    @Test
    void everyFileExtractsWithoutInternalError() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        assertTrue(files.size() >= 30, "corpus has " + files.size() + " Markdown files");
        int tables = 0;
        for (Path file : files) {
            ParsedDocument doc = parser.parse(file);
            for (Problem problem : doc.problems()) {
                assertTrue(!problem.message().contains("internal error") && !problem.message().contains("cannot read"),
                        file + ": " + problem);
            }
            tables += doc.tables().size();
        }
        assertTrue(tables > 396, "tables: " + tables);
    }

    /** The parallel bench mode relies on it: one shared flexmark parser, no shared state of ours. */
    @Test
    void parallelExtractionGivesTheSameTablesAsSequential() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        List<ParsedDocument> sequential = files.stream().map(parser::parse).toList();
        for (int round = 0; round < 3; round++) {
            List<ParsedDocument> parallel = files.parallelStream().map(parser::parse).toList();
            for (int i = 0; i < files.size(); i++) {
                assertEquals(sequential.get(i).tables(), parallel.get(i).tables(), files.get(i).toString());
                assertEquals(sequential.get(i).problems(), parallel.get(i).problems(), files.get(i).toString());
            }
        }
    }

    @Test
    void largeFileIsFast() {
        parse("kubernetes-client-python/kubernetes/docs/VersionApi.md"); // warm flexmark up
        long start = System.nanoTime();
        ParsedDocument doc = parse("kubernetes-client-python/kubernetes/docs/CoreV1Api.md");
        long millis = (System.nanoTime() - start) / 1_000_000;
        // 1.7 MB; a quadratic line lookup once made this 6 s
        assertTrue(millis < 3000, "CoreV1Api.md took " + millis + " ms");
        assertTrue(doc.tables().size() > 300);
    }

    @Test
    void slateErrorsTableWithoutOuterPipes() {
        ParsedDocument doc = parse("slatedocs-slate/source/includes/_errors.md");
        assertEquals("Errors", doc.title());
        assertEquals(List.of(10), tableLines(doc));
        Table table = doc.tables().get(0);
        assertEquals(1, table.column());
        assertEquals(List.of("Error Code", "Meaning"), table.header().get(0).cells().stream().map(Cell::text).toList());
        assertEquals(11, table.body().size());
        Row notFound = table.body().get(3);
        assertEquals(15, notFound.line());
        assertCell(notFound.cells().get(0), "404", 15, 1);
        assertCell(notFound.cells().get(1), "Not Found -- The specified kitten could not be found.", 15, 7);
        assertCell(table.body().get(7).cells().get(1), "I'm a teapot.", 19, 7);
        assertTrue(doc.problems().isEmpty(), doc.problems().toString());
    }

    @Test
    void kubernetesResponseTablesWithBareBodyRows() {
        ParsedDocument version = parse("kubernetes-client-python/kubernetes/docs/VersionApi.md");
        assertEquals("kubernetes.client.VersionApi", version.title());
        assertEquals(List.of(5, 76), tableLines(version));
        assertEquals(List.of(1, 2), bodySizes(version));
        Table response = version.tables().get(1);
        // "# **get_code**" is a level-1 heading like the title: it replaces it in the path
        assertEquals(List.of("get_code", "HTTP response details"), response.sectionPath());
        assertCell(response.header().get(0).cells().get(0), "Status code", 76, 3);
        assertCell(response.body().get(0).cells().get(0), "200", 78, 1);
        assertCell(response.body().get(0).cells().get(1), "OK", 78, 11);
        assertCell(response.body().get(1).cells().get(0), "401", 79, 1);
        assertCell(response.body().get(1).cells().get(1), "Unauthorized", 79, 11);
        // the first table: links and bold reduced to their text
        assertCell(version.tables().get(0).body().get(0).cells().get(0), "get_code", 7, 1);

        ParsedDocument logs = parse("kubernetes-client-python/kubernetes/docs/LogsApi.md");
        assertEquals(List.of(5, 57, 76, 143), tableLines(logs));
        assertEquals(List.of(2, 1, 1, 1), bodySizes(logs));
        assertCell(logs.tables().get(3).body().get(0).cells().get(0), "401", 145, 1);
    }

    @Test
    void graphErrorCatalogWithLineBreaksInACell() {
        ParsedDocument doc = parse("microsoftgraph-microsoft-graph-docs/concepts/errors.md");
        assertEquals("Microsoft Graph error responses and resource types", doc.title());
        assertEquals(List.of(15, 92, 105, 164), tableLines(doc));
        assertEquals(List.of(22, 3, 17, 43), bodySizes(doc));
        Table codes = doc.tables().get(0);
        assertEquals(List.of("Microsoft Graph error responses and resource types", "HTTP status codes"),
                codes.sectionPath());
        Row tooLarge = codes.body().get(10);
        assertCell(tooLarge.cells().get(0), "413", 27, 3);
        assertCell(tooLarge.cells().get(1), "Request Entity Too Large", 27, 17);
        String forbidden = codes.body().get(2).cells().get(2).text();
        assertTrue(forbidden.contains("enough permission.\n\nImportant: If conditional"), forbidden);
        // a table without trailing pipes
        assertEquals("accessDenied", doc.tables().get(2).body().get(0).cells().get(0).text());
    }

    @Test
    void graphWorkbookCodesAndApiPageWithFrontMatter() {
        ParsedDocument workbook = parse("microsoftgraph-microsoft-graph-docs/concepts/workbook-error-codes.md");
        assertEquals(List.of(17, 36), tableLines(workbook));
        assertEquals(List.of(13, 35), bodySizes(workbook));
        assertCell(workbook.tables().get(0).body().get(0).cells().get(0), "400", 19, 2);
        assertCell(workbook.tables().get(0).body().get(0).cells().get(1), "badRequest", 19, 11);

        ParsedDocument delete = parse("microsoftgraph-microsoft-graph-docs/api-reference/v1.0/api/printconnector-delete.md");
        assertEquals("Delete printConnector", delete.title());
        assertEquals(List.of(22, 39, 51), tableLines(delete));
        assertEquals(List.of(3, 1, 1), bodySizes(delete));
        Table conditions = delete.tables().get(2);
        assertEquals(List.of("Delete printConnector", "Response", "Error conditions and messages"),
                conditions.sectionPath());
        assertCell(conditions.body().get(0).cells().get(1), "DELETE", 53, 79);
        assertCell(conditions.body().get(0).cells().get(2), "409", 53, 86);
    }
}
