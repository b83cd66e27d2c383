package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Table;
import io.github.dcslint.model.TableKind;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.Expectations;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Small tests whose names read as the rules of RST tables that dcs relies on. */
class RstParserTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static ParsedDocument parse(String text) {
        return RstParser.parse(ROOT.resolve("t.rst"), "t.rst", text, ParseOptions.forRoot(ROOT));
    }

    private static Table only(ParsedDocument doc) {
        assertEquals(1, doc.tables().size(), () -> "tables: " + doc.tables() + " problems: " + doc.problems());
        return doc.tables().get(0);
    }

    @Test
    void gridCellSpanningTwoColumnsStartsInItsFirstColumn() {
        Table t = only(parse("""
                +---+---+---+
                | a | b | c |
                +---+---+---+
                | wide  | d |
                +---+---+---+
                """));
        Cell wide = t.body().get(1).cells().get(0);
        assertEquals("wide", wide.text());
        assertEquals(0, wide.gridColumn());
        assertEquals(1, wide.moreCols());
        Cell d = t.body().get(1).cells().get(1);
        assertEquals(2, d.gridColumn());
        assertEquals(new io.github.dcslint.model.SourcePosition(4, 11), d.position());
    }

    @Test
    void gridCellSpanningRowsIsNotRepeatedInTheRowBelow() {
        Table t = only(parse("""
                +---+---+
                | a | b |
                +---+   +
                | c |   |
                +---+---+
                """));
        assertEquals(1, t.body().get(0).cells().get(1).moreRows());
        assertEquals("b", t.body().get(0).cells().get(1).text());
        assertEquals(List.of("c"), t.body().get(1).cells().stream().map(Cell::text).toList());
    }

    @Test
    void rowsAboveTheEqualsBorderAreHeaderRows() {
        Table t = only(parse("""
                +------+--------+
                | Code | Phrase |
                +======+========+
                | 200  | OK     |
                +------+--------+
                """));
        assertEquals(1, t.header().size());
        assertEquals("Phrase", t.header().get(0).cells().get(1).text());
        assertEquals("OK", t.body().get(0).cells().get(1).text());
    }

    @Test
    void simpleTableWithoutMiddleBorderHasNoHeader() {
        Table t = only(parse("""
                ===  ==
                200  OK
                ===  ==
                """));
        assertEquals(TableKind.SIMPLE, t.kind());
        assertTrue(t.header().isEmpty());
        assertEquals(1, t.body().size());
    }

    @Test
    void tableDirectiveGivesTheCaptionWithInlineMarkupReduced() {
        Table t = only(parse("""
                .. table:: **Table 3** Status codes

                   ===  ==
                   200  OK
                   ===  ==
                """));
        assertEquals("Table 3 Status codes", t.caption());
        assertEquals(1, t.directiveLine());
        assertEquals(3, t.line());
        assertEquals(4, t.column());
    }

    @Test
    void literalBlockAfterDoubleColonHoldsNoTable() {
        ParsedDocument doc = parse("""
                Example::

                   +---+
                   | x |
                   +---+
                """);
        assertTrue(doc.tables().isEmpty());
        assertTrue(doc.problems().isEmpty());
    }

    @Test
    void tableInsideAnUnknownDirectiveIsFound() {
        Table t = only(parse("""
                .. tabs::

                   +---+
                   | x |
                   +---+
                """));
        assertEquals("x", t.body().get(0).cells().get(0).text());
    }

    @Test
    void sectionPathListsAllEnclosingTitlesOutermostFirst() {
        Table t = only(parse("""
                API
                ===

                Response
                --------

                ===  ==
                200  OK
                ===  ==
                """));
        assertEquals(List.of("API", "Response"), t.sectionPath());
        assertEquals("Response", t.section());
    }

    @Test
    void refRoleShowsItsExplicitTitleElseItsTarget() {
        Table t = only(parse("""
                +------------------------------------------+
                | :ref:`Error Codes <errors>` :ref:`other` |
                +------------------------------------------+
                """));
        assertEquals("Error Codes other", t.body().get(0).cells().get(0).text());
    }

    @Test
    void backslashEscapedAsterisksStayLiteral() {
        Table t = only(parse("""
                +-------------+
                | \\*a\\* **b** |
                +-------------+
                """));
        assertEquals("*a* b", t.body().get(0).cells().get(0).text());
    }

    @Test
    void emptyCellHasNoTextAndSitsAtItsTopLeftInterior() {
        Table t = only(parse("""
                +---+---+
                | a |   |
                +---+---+
                """));
        Cell empty = t.body().get(0).cells().get(1);
        assertTrue(empty.empty());
        assertEquals("", empty.text());
        assertEquals(2, empty.line());
        assertEquals(6, empty.column());
    }

    @Test
    void statusHeadingGivesTheColumnOfTheCodesFirstDigit() {
        ParsedDocument doc = parse("**Status code: 404**\n");
        assertEquals(1, doc.statusHeadings().size());
        assertEquals("404", doc.statusHeadings().get(0).code());
        assertEquals(16, doc.statusHeadings().get(0).column());
    }

    @Test
    void documentTitleIsTheFirstSectionTitle() {
        assertEquals("Querying Zones", parse("Querying Zones\n==============\n\nText.\n").title());
        assertNull(parse("No title here.\n").title());
    }

    @Test
    void malformedTableDoesNotStopTheNextTable() {
        ParsedDocument doc = parse("""
                +---+---+
                | a | b  |
                +---+---+

                +---+
                | c |
                +---+
                """);
        assertEquals(1, doc.problems().size());
        assertEquals("c", only(doc).body().get(0).cells().get(0).text());
    }

    @Test
    void deeplyNestedBlocksGiveAProblemNotAStackOverflow() {
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < 300; d++) {
            b.append("  ".repeat(d)).append("- item\n\n");
        }
        ParsedDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(b.toString()));
        assertTrue(doc.problems().stream().anyMatch(p -> p.message().contains("nested more than")),
                () -> doc.problems().toString());
    }

    @Test
    void tenThousandColumnTableIsReadQuickly() {
        String cell = "| x ";
        String border = "+---".repeat(2500) + "+\n";
        String text = border + cell.repeat(2500) + "|\n" + border;
        ParsedDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parse(text));
        assertEquals(2500, only(doc).columns());
        assertEquals(9999, only(doc).body().get(0).cells().get(2499).column());
    }

    @Test
    void paragraphFullOfUnmatchedMarkupIsReadInLinearTime() {
        // every "*a" and "``a" opens markup that never closes: docutils searches the rest of the
        // paragraph for each; dcs must not take quadratic time
        String text = "*a ``a `a ".repeat(40_000) + "\n\n+---+\n| x |\n+---+\n";
        ParsedDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(text));
        assertEquals("x", only(doc).body().get(0).cells().get(0).text());
    }

    @Test
    void columnsCountCodePointsNotUtf16Chars() {
        // U+1F600 is two UTF-16 chars but one character (and East Asian Wide: two columns of
        // the drawing, as the pad docutils adds; dcs does not pad characters outside the BMP, so
        // the drawing here uses the two chars as its two columns)
        Table t = only(parse("""
                +----+---+
                | \uD83D\uDE00 | b |
                +----+---+
                """));
        assertEquals(7, t.body().get(0).cells().get(1).column()); // | ␣ 😀 ␣ | ␣ b
    }

    @Test
    void crOnlyAndCrLfLineEndingsCountLinesAlike() {
        Table cr = only(parse("T\r=\r\r+---+\r| x |\r+---+\r"));
        Table crlf = only(parse("T\r\n=\r\n\r\n+---+\r\n| x |\r\n+---+\r\n"));
        assertEquals(5, cr.body().get(0).cells().get(0).line());
        assertEquals(5, crlf.body().get(0).cells().get(0).line());
    }

    @Test
    void csvTableFileOutsideTheSourceRootIsRefused() {
        ParsedDocument doc = parse(".. csv-table::\n   :file: ../../../../../../../../etc/passwd\n");
        assertTrue(doc.tables().isEmpty());
        assertTrue(doc.problems().get(0).message().contains("outside the source root"));
    }

    @Test
    void validCorpusFilesParseWithoutProblems() {
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(Expectations.shared().resolve("corpus/otc")));
        ParsedDocument doc = parser.parse(Expectations.shared().resolve(
                "corpus/otc/domain-name-service/api-ref/source/apis/record_set_management/querying_record_sets_in_a_zone.rst"));
        assertTrue(doc.problems().isEmpty(), () -> doc.problems().toString());
        assertEquals("Querying Record Sets in a Zone", doc.title());
        assertTrue(doc.tables().size() > 3);
    }
}
