package io.github.dcslint.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;
import io.github.dcslint.model.TableKind;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static io.github.dcslint.status.ColumnRole.CODE;
import static io.github.dcslint.status.ColumnRole.CODE_AND_NAME;
import static io.github.dcslint.status.ColumnRole.DESCRIPTION;
import static io.github.dcslint.status.ColumnRole.NAME;
import static io.github.dcslint.status.ColumnRole.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shapes seen in real docs (OTC RST, Microsoft Graph, kubernetes-client, Slate). */
class StatusTableClassifierTest {

    private static final StatusTableClassifier CLASSIFIER = StatusTableClassifier.loadDefault();

    /** A table as a parser would give it; cell i of row r sits at line 10 + r, column 1 + 20 * i. */
    static Table table(List<String> header, List<List<String>> body) {
        List<Row> head = header.isEmpty() ? List.of() : List.of(row(9, header));
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < body.size(); r++) {
            rows.add(row(10 + r, body.get(r)));
        }
        int columns = Math.max(header.size(), body.stream().mapToInt(List::size).max().orElse(0));
        return new Table(TableKind.GRID, 8, 1, null, null, List.of("Status Codes"), columns, head, rows);
    }

    private static Row row(int line, List<String> texts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            cells.add(Cell.of(texts.get(i), line, 1 + 20 * i, i));
        }
        return new Row(line, cells);
    }

    private static List<ColumnRole> roles(Table table) {
        return CLASSIFIER.classify(table).map(StatusTable::roles).orElse(null);
    }

    @Test
    void otcApiPageStatusCodesTable() {
        Table t = table(List.of("Status Code", "Description"),
                List.of(List.of("200", "Normal"), List.of("400", "Invalid request.")));
        StatusTable st = CLASSIFIER.classify(t).orElseThrow();
        assertEquals(List.of(CODE, DESCRIPTION), st.roles());
        assertEquals(2, st.entries().size());
        StatusEntry bad = st.entries().get(1);
        assertEquals("400", bad.codeText());
        assertEquals(400, bad.code());
        assertNull(bad.name());
        assertEquals("Invalid request.", bad.description());
        assertEquals(11, bad.codeCell().line());
    }

    @Test
    void otcAppendixShapes() {
        assertEquals(List.of(CODE, NAME, DESCRIPTION), roles(table(List.of("Status Code", "Status", "Description"),
                List.of(List.of("204", "No Content", "The request is processed successfully.")))));
        assertEquals(List.of(CODE, NAME, DESCRIPTION), roles(table(List.of("Status Code", "Message", "Description"),
                List.of(List.of("200", "OK", "Request succeeded."), List.of("202", "Accepted", "Submitted.")))));
        assertEquals(List.of(CODE, NAME, DESCRIPTION), roles(table(List.of("Normal Response Code", "Type", "Description"),
                List.of(List.of("200", "OK", "Specifies the normal response code for the GET and PUT operations.")))));
        assertEquals(List.of(CODE, DESCRIPTION), roles(table(List.of("Returned Value", "Description"),
                List.of(List.of("200", "Request succeeded."), List.of("202", "Request accepted.")))));
        assertEquals(List.of(CODE, NAME, DESCRIPTION), roles(table(List.of("Status Code", "Name", "Description"),
                List.of(List.of("100", "Continue", "The server has received the initial part of the request.")))));
    }

    @Test
    void codeAndNameInOneCellIsCodeAndName() {
        StatusTable st = CLASSIFIER.classify(table(List.of("Error Response Code", "Description"),
                List.of(List.of("400 Bad Request", "The server failed to process the request."),
                        List.of("401 Unauthorized", "You must enter a username and password.")))).orElseThrow();
        assertEquals(List.of(CODE_AND_NAME, DESCRIPTION), st.roles());
        StatusEntry e = st.entries().get(0);
        assertEquals("400", e.codeText());
        assertEquals(400, e.code());
        assertEquals("Bad Request", e.name());
        assertEquals(e.codeCell(), e.nameCell());
        // Graph: "| 400 BadRequest | ... |", a bold code, a code span
        assertEquals(List.of(CODE_AND_NAME, OTHER, DESCRIPTION), roles(table(List.of("Error code", "Error message", "Details"),
                List.of(List.of("400 BadRequest", "RoleAssignmentRequestNotFound", "The request was not found.")))));
        assertEquals("Accepted", CLASSIFIER.classify(table(List.of("HTTP status code"),
                List.of(List.of("202 Accepted")))).map(s -> s.entries().get(0).name()).orElse("not a status table"));
    }

    @Test
    void serviceErrorCodeTablesAreNotStatusTables() {
        // OTC: "Error Code | Description" with dcs.08.0001; Graph: "Code | Description" with accessDenied
        assertTrue(CLASSIFIER.classify(table(List.of("Error Code", "Description"),
                List.of(List.of("dcs.08.0001", "Failed to start the backup and restore tool."),
                        List.of("DCS.4202", "ssl request params are invalid.")))).isEmpty());
        assertTrue(CLASSIFIER.classify(table(List.of("Code", "Description"),
                List.of(List.of("accessDenied", "The caller doesn't have permission.")))).isEmpty());
        // parameter tables have a Name column but no code column
        assertTrue(CLASSIFIER.classify(table(List.of("Name", "Type", "Description"),
                List.of(List.of("flavors", "Array of objects", "Indicates the DB instance list.")))).isEmpty());
        // a resource status table: "Status" holds states, not codes
        assertTrue(CLASSIFIER.classify(table(List.of("Status", "Description"),
                List.of(List.of("ACTIVE", "The resource status is normal.")))).isEmpty());
    }

    @Test
    void statusCodeColumnBesideAnErrorCodeColumn() {
        assertEquals(List.of(CODE, OTHER, OTHER), roles(table(List.of("Status Code", "Error Code", "Error Message"),
                List.of(List.of("400", "badRequest", "The request is malformed or incorrect.")))));
        assertEquals(List.of(OTHER, OTHER, CODE, DESCRIPTION, OTHER),
                roles(table(List.of("Service", "Error Code", "HTTP Status Code", "Description", "Handling Measure"),
                        List.of(List.of("VPN", "VPC.1001", "400", "Bad request.", "Check it."),
                                List.of("", "VPC.1002", "500", "Internal error.", "Contact support.")))));
        // OTC DNS: "Message" holds sentences; the Description column stays the description
        assertEquals(List.of(CODE, OTHER, OTHER, DESCRIPTION, OTHER),
                roles(table(List.of("Status Code", "Error Code", "Message", "Description", "Handling Measure"),
                        List.of(List.of("500", "DNS.0000", "The system is busy. Try again later.", "Busy.", "Retry."),
                                List.of("500", "DNS.0001", "Internal error occurred in the system.", "Error.", "Call us.")))));
        // Graph: the code in a non-first column, a "Message" of sentences is its description
        assertEquals(List.of(OTHER, OTHER, CODE, DESCRIPTION), roles(table(List.of("Scenario", "Method", "Code", "Message"),
                List.of(List.of("User deletes a connector with printers", "DELETE", "409",
                        "Before deleting the connector, please unregister the associated printers.")))));
    }

    @Test
    void headerMatchingIgnoresCaseMarkupSpacesAndTrailingPunctuation() {
        assertEquals(List.of(CODE, DESCRIPTION), roles(table(List.of("  **HTTP  status CODE:** ", "`Description`."),
                List.of(List.of("200", "OK.")))));
    }

    @Test
    void slateNameAndDescriptionInOneCell() {
        StatusTable st = CLASSIFIER.classify(table(List.of("Error Code", "Meaning"),
                List.of(List.of("400", "Bad Request -- Your request is invalid."),
                        List.of("404", "Not Found -- The specified kitten could not be found."),
                        List.of("418", "I'm a teapot.")))).orElseThrow();
        assertEquals(List.of(CODE, NAME), st.roles());
        StatusEntry notFound = st.entries().get(1);
        assertEquals("Not Found", notFound.name());
        assertEquals("The specified kitten could not be found.", notFound.description());
        assertEquals(notFound.nameCell(), notFound.descriptionCell());
        assertEquals("I'm a teapot.", st.entries().get(2).name());
        assertNull(st.entries().get(2).description());
    }

    @Test
    void typosAmongMostlyRealCodesStayInTheTableWithoutANumber() {
        StatusTable st = CLASSIFIER.classify(table(List.of("Status Code", "Description"),
                List.of(List.of("200", "OK."), List.of("4O4", "Not found."), List.of("2xx", "Success."),
                        List.of("500", "Error."), List.of("default", "Anything else."), List.of("503", "Busy.")))).orElseThrow();
        assertEquals(List.of("200", "4O4", "2xx", "500", "default", "503"),
                st.entries().stream().map(StatusEntry::codeText).toList());
        assertEquals(java.util.Arrays.asList(200, null, null, 500, null, 503),
                st.entries().stream().map(StatusEntry::code).toList());
        // but a column of mostly typos is not a code column
        assertTrue(CLASSIFIER.classify(table(List.of("Status Code", "Description"),
                List.of(List.of("2xx", "a"), List.of("4xx", "b"), List.of("200", "c")))).isEmpty());
        // and 600 is three digits yet no status code
        assertNull(CLASSIFIER.classify(table(List.of("Status Code", "Description"),
                List.of(List.of("200", "a"), List.of("201", "b"), List.of("600", "c")))).orElseThrow()
                .entries().get(2).code());
    }

    @Test
    void headerlessTableWithAllStatusCodesInTheFirstColumn() {
        StatusTable st = CLASSIFIER.classify(table(List.of(),
                List.of(List.of("200", "OK", "The request succeeded."),
                        List.of("404", "Not Found", "The resource does not exist.")))).orElseThrow();
        assertEquals(List.of(CODE, NAME, DESCRIPTION), st.roles());
        assertEquals("Not Found", st.entries().get(1).name());
        // without a header, the first column decides: numbers elsewhere are not enough
        assertTrue(CLASSIFIER.classify(table(List.of(),
                List.of(List.of("a", "200"), List.of("b", "404")))).isEmpty());
    }

    @Test
    void rowsSpannedFromAboveHaveNoEntry() {
        Table t = new Table(TableKind.GRID, 1, 1, null, null, List.of(), 2,
                List.of(new Row(2, List.of(Cell.of("Status Code", 2, 3, 0), Cell.of("Description", 2, 20, 1)))),
                List.of(new Row(4, List.of(new Cell("400", 4, 3, 0, 1, 0, false), Cell.of("a", 4, 20, 1))),
                        new Row(5, List.of(Cell.of("b", 5, 20, 1)))));
        StatusTable st = CLASSIFIER.classify(t).orElseThrow();
        assertEquals(1, st.entries().size());
    }

    @Test
    void userSynonymsFileReplacesTheDefault(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("roles.properties");
        Files.writeString(file, "# mine\ncode = Código HTTP, \\\n  Statuscode\ndescription = Beschreibung\n");
        StatusTableClassifier mine = StatusTableClassifier.load(file);
        assertEquals(List.of(CODE, DESCRIPTION), mine.classify(table(List.of("Statuscode", "Beschreibung"),
                List.of(List.of("200", "OK")))).orElseThrow().roles());
        assertTrue(mine.classify(table(List.of("Status Code", "Description"), List.of(List.of("200", "OK")))).isEmpty());
    }

    @Test
    void badSynonymsFileNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("roles.properties");
        Files.writeString(file, "code = status code\n\nkind = whatever\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StatusTableClassifier.load(file));
        assertTrue(e.getMessage().startsWith(file + ":3: unknown role 'kind'"), e.getMessage());
        Files.writeString(file, "description = description\n");
        assertThrows(IllegalArgumentException.class, () -> StatusTableClassifier.load(file));
    }

    @Test
    void missingDefaultResourceIsAClearError() {
        ClassLoader empty = new java.net.URLClassLoader(new java.net.URL[0], null);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> StatusTableClassifier.fromClasspath(empty));
        assertTrue(e.getMessage().contains("dcs/column-roles.properties"), e.getMessage());
    }

    /** Every table of the OTC docutils dump, by its header; the counts come from the dump. */
    @Test
    void otcTablesAsDocutilsReadsThem() throws IOException {
        Path dump = Expectations.shared().resolve("corpus/otc/tables.docutils.jsonl");
        ObjectMapper json = new ObjectMapper();
        int statusCodeDescription = 0;
        int errorCodeTables = 0;
        int parameterTables = 0;
        try (BufferedReader lines = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode record = json.readTree(line);
                Table table = fromDump(record);
                List<String> header = table.header().isEmpty() ? List.of()
                        : table.header().get(0).cells().stream().map(Cell::text).toList();
                Optional<StatusTable> st = CLASSIFIER.classify(table);
                String where = record.get("file").asText() + ":" + record.get("line").asInt();
                if (header.equals(List.of("Status Code", "Description"))) {
                    statusCodeDescription++;
                    assertEquals(List.of(CODE, DESCRIPTION), st.map(StatusTable::roles).orElse(null), where);
                } else if (header.equals(List.of("Error Code", "Description"))) {
                    errorCodeTables++;
                    assertTrue(st.isEmpty(), where);
                } else if (header.size() >= 2 && header.get(0).equals("Name")
                        && (header.get(1).equals("Type") || header.get(1).equals("Mandatory"))) {
                    parameterTables++;
                    assertTrue(st.isEmpty(), where + " " + st);
                }
            }
        }
        assertEquals(135, statusCodeDescription);
        assertEquals(1, errorCodeTables);
        assertEquals(85 + 66 + 45 + 8 + 1, parameterTables);
    }

    private static Table fromDump(JsonNode record) {
        return new Table(TableKind.GRID, record.get("line").asInt(), 1, null, null, List.of(),
                record.get("cols").asInt(), rows(record, "header"), rows(record, "body"));
    }

    private static List<Row> rows(JsonNode record, String part) {
        List<Row> rows = new ArrayList<>();
        JsonNode texts = record.get(part);
        JsonNode cols = record.get(part + "_cols");
        for (int r = 0; r < texts.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < texts.get(r).size(); c++) {
                cells.add(Cell.of(texts.get(r).get(c).asText(), 1, 1, cols.get(r).get(c).asInt()));
            }
            rows.add(new Row(1, cells));
        }
        return rows;
    }

    /** Markdown corpus: SOURCES.md counts 396 kubernetes response tables with codes 200/201/202/401. */
    @Test
    void markdownCorpusStatusTables() throws IOException {
        Path corpus = Expectations.shared().resolve("corpus/markdown");
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(corpus));
        int kubernetes = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus.resolve("kubernetes-client-python"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).toList();
        }
        for (Path file : files) {
            ParsedDocument doc = parser.parse(file);
            for (Table table : doc.tables()) {
                Optional<StatusTable> st = CLASSIFIER.classify(table);
                if (st.isPresent()) {
                    kubernetes++;
                    assertEquals(List.of(CODE, DESCRIPTION, OTHER), st.get().roles(), file + ":" + table.line());
                    for (StatusEntry e : st.get().entries()) {
                        assertTrue(List.of(200, 201, 202, 401).contains(e.code()), file + ": " + e.codeText());
                    }
                }
            }
        }
        assertEquals(396, kubernetes);

        ParsedDocument slate = parser.parse(corpus.resolve("slatedocs-slate/source/includes/_errors.md"));
        StatusTable kittens = CLASSIFIER.classify(slate.tables().get(0)).orElseThrow();
        assertEquals(List.of(CODE, NAME), kittens.roles());
        assertEquals(11, kittens.entries().size());

        ParsedDocument errors = parser.parse(corpus.resolve("microsoftgraph-microsoft-graph-docs/concepts/errors.md"));
        assertEquals(List.of(CODE, NAME, DESCRIPTION), CLASSIFIER.classify(errors.tables().get(0)).orElseThrow().roles());
        // the other three tables of errors.md list property names and error code strings
        assertEquals(1, errors.tables().stream().filter(t -> CLASSIFIER.classify(t).isPresent()).count());
    }
}
