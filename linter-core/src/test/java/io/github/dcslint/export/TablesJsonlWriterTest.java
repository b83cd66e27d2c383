package io.github.dcslint.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dcslint.model.Cell;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;
import io.github.dcslint.model.TableKind;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.status.StatusTableClassifier;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TablesJsonlWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TablesJsonlWriter writer = new TablesJsonlWriter(StatusTableClassifier.loadDefault());

    private static ParsedDocument markdown(String text) {
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(Path.of("/docs")));
        return parser.parseText(Path.of("/docs/api/errors.md"), "api/errors.md", DocumentFormat.MARKDOWN, text);
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    @Test
    void statusTableRecordWithPositionsAndRoles(@TempDir Path dir) throws IOException {
        ParsedDocument doc = markdown("""
                # Errors

                | Status code | Status message | Description |
                |-------------|----------------|-------------|
                | 404 | Not Found | The resource does not exist. |
                | 503 | Service Unavailable |  |
                """);
        Path out = dir.resolve("tables.jsonl");
        writer.writeTables(out, List.of(doc));
        List<JsonNode> records = read(out);
        assertEquals(1, records.size());
        JsonNode t = records.get(0);
        assertEquals("api/errors.md", t.get("file").asText());
        assertEquals(3, t.get("line").asInt());
        assertEquals(1, t.get("column").asInt());
        assertTrue(t.get("directive_line").isNull());
        assertTrue(t.get("caption").isNull());
        assertEquals("pipe", t.get("kind").asText());
        assertEquals("Errors", t.get("section").asText());
        assertEquals("[\"Errors\"]", t.get("section_path").toString());
        assertEquals(3, t.get("cols").asInt());
        assertEquals("[[\"Status code\",\"Status message\",\"Description\"]]", t.get("header").toString());
        assertEquals("[\"503\",\"Service Unavailable\",\"\"]", t.get("body").get(1).toString());
        assertEquals("[[3,3,3]]", t.get("header_lines").toString());
        // docutils gives no line for an empty cell; the position still says where it is
        assertEquals("[[5,5,5],[6,6,null]]", t.get("body_lines").toString());
        assertEquals("[[0,1,2],[0,1,2]]", t.get("body_cols").toString());
        assertEquals("[[[5,3],[5,9],[5,21]],[[6,3],[6,9],[6,30]]]", t.get("body_positions").toString());
        assertEquals("[[[3,3],[3,17],[3,34]]]", t.get("header_positions").toString());
        assertEquals("[\"code\",\"name\",\"description\"]", t.get("roles").toString());
        assertEquals("[]", t.get("spans").toString());
    }

    @Test
    void hasEveryFieldOfTheDocutilsDump(@TempDir Path dir) throws IOException {
        Path dump = Expectations.shared().resolve("corpus/otc/tables.docutils.jsonl");
        JsonNode reference;
        try (BufferedReader lines = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            reference = JSON.readTree(lines.readLine());
        }
        Path out = dir.resolve("tables.jsonl");
        writer.writeTables(out, List.of(markdown("| a |\n|---|\n| b |\n")));
        JsonNode ours = read(out).get(0);
        for (Iterator<String> names = reference.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            assertTrue(ours.has(name), "missing field " + name);
        }
        assertTrue(ours.get("roles").isNull(), "not a status table");
    }

    @Test
    void spansAreWrittenAsDocutilsDoes(@TempDir Path dir) throws IOException {
        Table table = new Table(TableKind.GRID, 4, 1, 2, "Table 1 Codes", List.of("A", "B"), 3,
                List.of(new Row(5, List.of(new Cell("Code and name", 5, 3, 0, 0, 1, false), Cell.of("Description", 5, 30, 2)))),
                List.of(new Row(7, List.of(new Cell("200", 7, 3, 0, 1, 0, false), Cell.of("OK", 7, 10, 1), Cell.of("fine", 7, 30, 2))),
                        new Row(8, List.of(Cell.of("Okay", 8, 10, 1), Cell.of("also", 8, 30, 2)))));
        ParsedDocument doc = new ParsedDocument(Path.of("x.rst"), "x.rst", DocumentFormat.RST, "A", List.of(table),
                List.of(), List.of());
        Path out = dir.resolve("tables.jsonl");
        writer.writeTables(out, List.of(doc));
        JsonNode t = read(out).get(0);
        assertEquals(2, t.get("directive_line").asInt());
        assertEquals("Table 1 Codes", t.get("caption").asText());
        assertEquals("grid", t.get("kind").asText());
        assertEquals("[{\"part\":\"header\",\"row\":0,\"col\":0,\"morerows\":0,\"morecols\":1},"
                + "{\"part\":\"body\",\"row\":0,\"col\":0,\"morerows\":1,\"morecols\":0}]", t.get("spans").toString());
        assertEquals("[[0,1,2],[1,2]]", t.get("body_cols").toString());
    }

    @Test
    void problemsGoToTheirOwnFile(@TempDir Path dir) throws IOException {
        ParsedDocument bad = new ParsedDocument(Path.of("a.md"), "sub/a.md", DocumentFormat.MARKDOWN, null, List.of(),
                List.of(), List.of(new Problem(3, 15, "row has more cells than the header's 2")));
        ParsedDocument good = markdown("no tables");
        Path out = dir.resolve("problems.jsonl");
        writer.writeProblems(out, List.of(good, bad));
        List<JsonNode> records = read(out);
        assertEquals(1, records.size());
        assertEquals("{\"file\":\"sub/a.md\",\"line\":3,\"column\":15,\"message\":\"row has more cells than the header's 2\"}",
                records.get(0).toString());
    }

    @Test
    void textWithLineBreaksAndNonAsciiStaysOnOneLine(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("tables.jsonl");
        writer.writeTables(out, List.of(markdown("| a |\n|---|\n| one<br>two “quoted” |\n")));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("one\\ntwo “quoted”"), lines.get(0));
    }

    @Test
    void failedWriteLeavesThePreviousFileWholeAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("tables.jsonl");
        Files.writeString(out, "previous\n");
        ParsedDocument doc = markdown("| a |\n|---|\n| b |\n");
        List<ParsedDocument> failing = new AbstractList<>() {
            @Override
            public ParsedDocument get(int index) {
                if (index == 1) {
                    throw new IllegalStateException("disk gone");
                }
                return doc;
            }

            @Override
            public int size() {
                return 2;
            }
        };
        assertThrows(IllegalStateException.class, () -> writer.writeTables(out, failing));
        assertEquals("previous\n", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
        writer.writeTables(out, List.of(doc));
        assertEquals(1, read(out).size());
    }

    /** The whole Markdown corpus: one record per table, positions shaped like texts, roles where classified. */
    @Test
    void markdownCorpusRoundTrip(@TempDir Path dir) throws IOException {
        Path corpus = Expectations.shared().resolve("corpus/markdown");
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(corpus));
        List<ParsedDocument> docs;
        try (Stream<Path> walk = Files.walk(corpus)) {
            docs = walk.filter(p -> p.toString().endsWith(".md")).sorted().map(parser::parse).toList();
        }
        Path out = dir.resolve("tables.jsonl");
        writer.writeTables(out, docs);
        List<JsonNode> records = read(out);
        assertEquals(docs.stream().mapToInt(d -> d.tables().size()).sum(), records.size());
        int withRoles = 0;
        for (JsonNode t : records) {
            for (String part : List.of("header", "body")) {
                JsonNode texts = t.get(part);
                JsonNode positions = t.get(part + "_positions");
                assertEquals(texts.size(), positions.size());
                for (int r = 0; r < texts.size(); r++) {
                    assertEquals(texts.get(r).size(), positions.get(r).size(), t.get("file") + ":" + t.get("line"));
                }
            }
            if (!t.get("roles").isNull()) {
                withRoles++;
                assertEquals(t.get("cols").asInt(), t.get("roles").size());
            }
        }
        // 396 kubernetes response tables (SOURCES.md) and at least Slate's and Graph's errors.md
        assertTrue(withRoles >= 398, "status tables: " + withRoles);
        Path problems = dir.resolve("problems.jsonl");
        writer.writeProblems(problems, docs);
        assertEquals(docs.stream().mapToInt(d -> d.problems().size()).sum(), read(problems).size());
    }

    @Test
    void writesIntoAFolderThatDoesNotExistYet(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("target/dcs/tables.jsonl");
        writer.writeTables(out, List.of());
        assertEquals("", Files.readString(out));
    }
}
