package io.github.dcslint.parse.markdown;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.StatusHeading;
import io.github.dcslint.model.Table;
import io.github.dcslint.model.TableKind;
import io.github.dcslint.parse.ParseOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small cases, one rule each; the documents are written here, not copied. */
class MarkdownParserTest {

    private static ParsedDocument parse(String text) {
        return parse(text, ParseOptions.forRoot(Path.of("")));
    }

    private static ParsedDocument parse(String text, ParseOptions options) {
        return MarkdownParser.parse(Path.of("t.md"), "t.md", text, options);
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    private static void assertCell(Cell cell, String text, int line, int column) {
        assertEquals(text, cell.text(), "text");
        assertEquals(line + ":" + column, cell.line() + ":" + cell.column(), "position of \"" + text + "\"");
    }

    @Test
    void headerAndBodyRowsWithPositionsOfFirstContentCharacter() {
        ParsedDocument doc = parse("""
                # API

                | Status code | Description |
                |-------------|-------------|
                | 200         | OK          |
                |   404 | Not Found |
                """);
        Table table = doc.tables().get(0);
        assertEquals(TableKind.PIPE, table.kind());
        assertEquals(3, table.line());
        assertEquals(1, table.column());
        assertEquals(2, table.columns());
        assertEquals(1, table.header().size());
        assertEquals(2, table.body().size());
        assertCell(table.header().get(0).cells().get(0), "Status code", 3, 3);
        assertCell(table.header().get(0).cells().get(1), "Description", 3, 17);
        assertCell(table.body().get(0).cells().get(0), "200", 5, 3);
        assertCell(table.body().get(1).cells().get(0), "404", 6, 5);
        assertCell(table.body().get(1).cells().get(1), "Not Found", 6, 11);
        assertEquals(6, table.body().get(1).line());
        assertEquals(1, table.body().get(1).cells().get(1).gridColumn());
    }

    /** An autolink in a cell made the whole file an internal error (found comparing cell readings). */
    @Test
    void autolinksInCellsReadAsTheirAddress() {
        ParsedDocument doc = parse("""
                | Status code | Description |
                |---|---|
                | 301 | See <https://example.com/moved> |
                | 400 | Write to <support@example.com> |
                """);
        assertEquals(List.of(), doc.problems());
        assertEquals(List.of("301", "See https://example.com/moved"), texts(doc.tables().get(0).body().get(0)));
        assertEquals(List.of("400", "Write to support@example.com"), texts(doc.tables().get(0).body().get(1)));
    }

    @Test
    void tableWithoutOuterPipesIsATable() {
        ParsedDocument doc = parse("""
                Error Code | Meaning
                ---------- | -------
                400 | Bad Request -- Your request is invalid.
                418 | I'm a teapot.
                """);
        Table table = doc.tables().get(0);
        assertEquals(List.of("Error Code", "Meaning"), texts(table.header().get(0)));
        assertCell(table.body().get(1).cells().get(0), "418", 4, 1);
        assertCell(table.body().get(1).cells().get(1), "I'm a teapot.", 4, 7);
    }

    @Test
    void bodyRowsWithoutLeadingPipeBelongToATableWithOuterPipes() {
        // the shape kubernetes-client-python's generated docs use
        ParsedDocument doc = parse("""
                | Status code | Description | Response headers |
                |-------------|-------------|------------------|
                **200** | OK |  -  |
                **401** | Unauthorized |  -  |
                """);
        Table table = doc.tables().get(0);
        assertEquals(2, table.body().size());
        assertCell(table.body().get(0).cells().get(0), "200", 3, 1);
        assertCell(table.body().get(1).cells().get(1), "Unauthorized", 4, 11);
        assertCell(table.body().get(1).cells().get(2), "-", 4, 27);
    }

    @Test
    void cellTextIsWhatAReaderSees() {
        ParsedDocument doc = parse("""
                | a | b |
                |---|---|
                | **404** | `202 Accepted` |
                | [Not Found](https://example.com/404) | one<br />two<br>three |
                | a \\| b | `x \\| y` |
                | <span class="c">Gone</span> | *emphasis* and &amp; |
                """);
        List<Row> body = doc.tables().get(0).body();
        assertEquals(List.of("404", "202 Accepted"), texts(body.get(0)));
        assertEquals(List.of("Not Found", "one\ntwo\nthree"), texts(body.get(1)));
        assertEquals(List.of("a | b", "x | y"), texts(body.get(2)));
        assertEquals(List.of("Gone", "emphasis and &"), texts(body.get(3)));
        ParsedDocument entities = parse("| a |\n|---|\n| &#x60;continue&#x60; &quot;x&quot; <!-- note --> |\n");
        assertEquals(List.of("`continue` \"x\""), texts(entities.tables().get(0).body().get(0)));
    }

    @Test
    void pipeInsideCodeSpanMustBeEscapedAsInGfm() {
        // GFM: "It is possible to include a pipe in a cell's content by escaping it, including
        // inside other inline spans"; an unescaped one splits the cell on GitHub even inside
        // backticks. flexmark keeps the author's cell; the problem says GitHub will not.
        ParsedDocument doc = parse("""
                | a | b |
                |---|---|
                | `x|y` | z |
                | `x\\|y` | z |
                """);
        Table table = doc.tables().get(0);
        assertEquals(List.of("x|y", "z"), texts(table.body().get(0)));
        assertEquals(List.of("x|y", "z"), texts(table.body().get(1)));
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        Problem problem = doc.problems().get(0);
        assertEquals(3, problem.line());
        assertEquals(5, problem.column());
    }

    @Test
    void rowWithMoreCellsThanHeaderLosesTextAndIsAProblemAtTheFirstLostCell() {
        ParsedDocument doc = parse("""
                | Code | Name |
                |------|------|
                | 400 | Bad | Request |
                | 401 | Unauthorized | |
                """);
        Table table = doc.tables().get(0);
        assertEquals(List.of("400", "Bad"), texts(table.body().get(0)));
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        Problem problem = doc.problems().get(0);
        assertEquals(3, problem.line());
        assertEquals(15, problem.column());
        assertTrue(problem.message().contains("more cells than the header's 2"), problem.message());
    }

    @Test
    void doublePipeIsAnEmptyCellAsInGfm() {
        // GFM splits on every unescaped pipe: "a || b" is a, an empty cell, b (no column spans)
        ParsedDocument doc = parse("""
                | a || c |
                |---|---|---|
                | 1 ||| 4 |
                x || z
                """);
        Table table = doc.tables().get(0);
        assertEquals(3, table.columns());
        assertEquals(List.of("a", "", "c"), texts(table.header().get(0)));
        assertEquals(List.of("1", "", ""), texts(table.body().get(0)));
        assertEquals(List.of("x", "", "z"), texts(table.body().get(1)));
        Cell empty = table.header().get(0).cells().get(1);
        assertEquals("1:6", empty.line() + ":" + empty.column());
        assertTrue(empty.empty());
        // "4" is the fourth cell of a three-column table
        assertEquals(1, doc.problems().size(), doc.problems().toString());
        assertEquals("3:9", doc.problems().get(0).line() + ":" + doc.problems().get(0).column());
    }

    @Test
    void rowWithFewerCellsThanHeaderIsFine() {
        ParsedDocument doc = parse("""
                | Code | Name | Description |
                |------|------|-------------|
                | 400 | Bad Request |
                """);
        assertEquals(List.of("400", "Bad Request"), texts(doc.tables().get(0).body().get(0)));
        assertTrue(doc.problems().isEmpty());
    }

    @Test
    void headerAndDelimiterRowMustMatchOrThereIsNoTable() {
        // GFM: "The header row must match the delimiter row in the number of cells. If not, a
        // table will not be recognized"
        ParsedDocument doc = parse("""
                | a | b | c |
                |---|---|
                | 1 | 2 | 3 | 4 |
                """);
        assertTrue(doc.tables().isEmpty());
        assertEquals(1, doc.problems().size());
        assertEquals(2, doc.problems().get(0).line());
        assertEquals(1, doc.problems().get(0).column());
    }

    @Test
    void emptyCellSitsRightAfterItsOpeningPipe() {
        ParsedDocument doc = parse("""
                | a | b |
                |---|---|
                | 1 |   |
                """);
        Cell empty = doc.tables().get(0).body().get(0).cells().get(1);
        assertTrue(empty.empty());
        assertEquals("", empty.text());
        assertEquals(3, empty.line());
        assertEquals(6, empty.column());
    }

    @Test
    void sectionPathFollowsAtxAndSetextHeadings() {
        ParsedDocument doc = parse("""
                Service API
                ===========

                ## Errors

                ### Status codes

                | a |
                |---|
                | 1 |

                Other part
                ----------

                | b |
                |---|
                | 2 |
                """);
        assertEquals("Service API", doc.title());
        assertEquals(List.of("Service API", "Errors", "Status codes"), doc.tables().get(0).sectionPath());
        assertEquals("Status codes", doc.tables().get(0).section());
        assertEquals(List.of("Service API", "Other part"), doc.tables().get(1).sectionPath());
    }

    @Test
    void frontMatterIsNeitherTitleNorHeading() {
        ParsedDocument doc = parse("""
                ---
                title: Delete thing
                author: someone
                ---

                # Delete thing

                | a |
                |---|
                | 1 |
                """);
        assertEquals("Delete thing", doc.title());
        assertEquals(List.of("Delete thing"), doc.tables().get(0).sectionPath());
        assertEquals(8, doc.tables().get(0).line());
    }

    @Test
    void statusHeadingsAsBoldParagraphOrHeading() {
        ParsedDocument doc = parse("""
                # Response

                **Status code: 400**

                #### Status code: 404

                Text that mentions Status code: 500 is not a heading.

                **Status code: 502**
                and a paragraph that goes on is not one either.

                ```
                **Status code: 503**
                ```
                """);
        assertEquals(List.of(new StatusHeading(3, 16, "400"), new StatusHeading(5, 19, "404")),
                doc.statusHeadings());
    }

    @Test
    void tablesInsideFencedCodeAreNotTables() {
        ParsedDocument doc = parse("""
                ```
                | a | b |
                |---|---|
                | 1 | 2 |
                ```
                """);
        assertTrue(doc.tables().isEmpty());
    }

    @Test
    void crlfLineEndingsKeepLinesAndColumns() {
        ParsedDocument doc = parse("# T\r\n\r\n| a | b |\r\n|---|---|\r\n| 1 | 22 |\r\n");
        assertCell(doc.tables().get(0).body().get(0).cells().get(1), "22", 5, 7);
    }

    @Test
    void columnsCountCodePointsNotUtf16Units() {
        // U+1F600 is two UTF-16 chars but one character a reader (and an editor) counts
        ParsedDocument doc = parse("| \uD83D\uDE00 | b |\n|---|---|\n| \uD83D\uDE00 | 404 |\n");
        assertCell(doc.tables().get(0).body().get(0).cells().get(1), "404", 3, 7);
    }

    @Test
    void overlongLineIsAProblemAndNotParsed() {
        String longRow = "| 1 | " + "x".repeat(200) + " |";
        ParsedDocument doc = parse("| a | b |\n|---|---|\n| 0 | ok |\n" + longRow + "\n",
                new ParseOptions(Path.of(""), ParseOptions.DEFAULT_MAX_FILE_BYTES, 100));
        assertEquals(1, doc.problems().size());
        assertEquals(4, doc.problems().get(0).line());
        assertEquals(101, doc.problems().get(0).column());
        assertTrue(doc.problems().get(0).message().contains("maxLineLength"));
        assertEquals(1, doc.tables().get(0).body().size());
    }

    @Test
    void manyOverlongLinesStayLinear() {
        String line = ("| " + "x".repeat(98)).repeat(250); // 25,000 characters, over the default limit
        String text = (line + "\n").repeat(200);
        long start = System.nanoTime();
        ParsedDocument doc = parse(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(200, doc.problems().size());
        assertEquals(200, doc.problems().get(199).line());
        assertTrue(millis < 5000, millis + " ms");
    }

    @Test
    void pathologicalNestingDoesNotEscapeTheDocumentParser() {
        io.github.dcslint.parse.DocumentParser parser =
                new io.github.dcslint.parse.DocumentParser(ParseOptions.forRoot(Path.of("")));
        String deep = "> ".repeat(5000) + "| a |\n" + "> ".repeat(5000) + "|---|\n";
        String brackets = "[".repeat(50_000) + "\n| a |\n|---|\n| " + "*".repeat(50_000) + " |\n";
        for (String text : List.of(deep, brackets)) {
            ParsedDocument doc = parser.parseText(Path.of("t.md"), "t.md", io.github.dcslint.model.DocumentFormat.MARKDOWN,
                    text);
            assertTrue(doc.problems().stream().allMatch(p -> p.line() >= 1 && p.column() >= 1));
        }
    }

    @Test
    void textOverTheFileLimitIsAProblemNotAParse() {
        ParsedDocument doc = parse("| a |\n|---|\n| 1 |\n", new ParseOptions(Path.of(""), 10, 100));
        assertTrue(doc.tables().isEmpty());
        assertEquals(1, doc.problems().size());
        assertTrue(doc.problems().get(0).message().contains("maxFileBytes"));
    }

    @Test
    void emptyDocumentHasNothing() {
        ParsedDocument doc = parse("");
        assertTrue(doc.tables().isEmpty());
        assertTrue(doc.problems().isEmpty());
        assertNull(doc.title());
    }

    @Test
    void tableInsideAListItemOrBlockQuoteIsFound() {
        ParsedDocument doc = parse("""
                > | a | b |
                > |---|---|
                > | 1 | 2 |
                """);
        assertEquals(1, doc.tables().size());
        assertCell(doc.tables().get(0).body().get(0).cells().get(1), "2", 3, 9);
    }
}
