package io.github.dcslint.robust;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Table;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.report.Finding;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inputs too big to commit, made in a temporary folder: the file-size and line-length limits of
 * {@link ParseOptions} give one finding each instead of an OutOfMemoryError or a hang, and
 * anything under the limits is read in bounded time, however deep or wide.
 */
class LimitsTest {

    private static final Duration TIME_BOUND = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static String extension(DocumentFormat format) {
        return format == DocumentFormat.MARKDOWN ? ".md" : ".rst";
    }

    private ParsedDocument parse(DocumentParser parser, Path file) throws IOException {
        ParsedDocument document = timed(() -> parser.parse(file));
        // the invariants need the text: only for files that fit in memory comfortably
        if (Files.size(file) < 64L * 1024 * 1024) {
            DocumentInvariants.of(Files.readString(file, StandardCharsets.UTF_8)).check(document);
        }
        for (Problem problem : document.problems()) {
            assertTrue(!problem.message().startsWith("internal error"), problem.message());
        }
        return document;
    }

    private static <T> T timed(Supplier<T> work) {
        return assertTimeoutPreemptively(TIME_BOUND, work::get, "took longer than " + TIME_BOUND);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void aFiftyMegabyteFileIsOneFindingAtItsStart(DocumentFormat format) throws IOException {
        Path file = dir.resolve("huge" + extension(format));
        String table = format == DocumentFormat.MARKDOWN
                ? "| Code | Description |\n|------|-------------|\n| 200  | OK          |\n\n"
                : "+------+-------------+\n| Code | Description |\n+======+=============+\n| 200  | OK          |\n"
                + "+------+-------------+\n\n";
        long target = 50L * 1024 * 1024;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long written = 0; written < target; written += table.length()) {
                out.write(table);
            }
        }
        ParsedDocument document = parse(new DocumentParser(ParseOptions.forRoot(dir)), file);
        assertEquals(List.of(), document.tables());
        assertEquals(1, document.problems().size(), document.problems().toString());
        Problem problem = document.problems().get(0);
        assertEquals(1, problem.line());
        assertEquals(1, problem.column());
        assertTrue(problem.message().contains("maxFileBytes"), problem.message());
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void theFileSizeLimitIsConfigurableAndExact(DocumentFormat format) throws IOException {
        String text = format == DocumentFormat.MARKDOWN
                ? "| Code | Description |\n|------|-------------|\n| 200  | OK          |\n"
                : "====  ===========\nCode  Description\n====  ===========\n200   OK\n====  ===========\n";
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        Path file = Files.writeString(dir.resolve("small" + extension(format)), text);

        ParsedDocument atLimit = parse(new DocumentParser(new ParseOptions(dir, size, 100)), file);
        assertEquals(List.of(), atLimit.problems(), "a file of exactly maxFileBytes is read");

        ParsedDocument overLimit = parse(new DocumentParser(new ParseOptions(dir, size - 1, 100)), file);
        assertEquals(1, overLimit.problems().size(), overLimit.problems().toString());
        assertTrue(overLimit.problems().get(0).message().contains(String.valueOf(size - 1)),
                "the message names the limit: " + overLimit.problems().get(0).message());
        assertEquals(List.of(), overLimit.tables());
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void aTenThousandColumnLineIsOverTheDefaultLineLimit(DocumentFormat format) throws IOException {
        int columns = 10_000;
        StringBuilder text = new StringBuilder("Intro\n\n");
        if (format == DocumentFormat.MARKDOWN) {
            text.append("|a".repeat(columns)).append("|\n").append("|-".repeat(columns)).append("|\n")
                    .append("|1".repeat(columns)).append("|\n");
        } else {
            String border = "+-".repeat(columns) + "+\n";
            text.append(border).append("|a".repeat(columns)).append("|\n").append(border);
        }
        // 20,001 characters: one over ParseOptions.DEFAULT_MAX_LINE_LENGTH
        assertEquals(ParseOptions.DEFAULT_MAX_LINE_LENGTH + 1, 2 * columns + 1);
        Path file = Files.writeString(dir.resolve("wide" + extension(format)), text);
        ParsedDocument document = parse(new DocumentParser(ParseOptions.forRoot(dir)), file);
        assertEquals(List.of(), document.tables());
        assertTrue(!document.problems().isEmpty(), "no finding for lines over the limit");
        Problem first = document.problems().get(0);
        assertEquals(3, first.line(), first.toString());
        assertEquals(overLimitColumn(format, 1, ParseOptions.DEFAULT_MAX_LINE_LENGTH), first.column(), first.toString());
        assertTrue(first.message().contains("maxLineLength"), first.message());
    }

    /**
     * Where each parser puts the finding for a line over the limit: the RST parser at the start of
     * the table line (as it reports every table problem where the table starts), the Markdown
     * parser at the first character past the limit. Both are exact; docs/robustness.md says which.
     */
    private static int overLimitColumn(DocumentFormat format, int lineStartColumn, int maxLineLength) {
        return format == DocumentFormat.RST ? lineStartColumn : maxLineLength + 1;
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void aNineThousandColumnTableUnderTheLimitIsReadInTime(DocumentFormat format) throws IOException {
        int columns = 9_000;
        StringBuilder text = new StringBuilder();
        if (format == DocumentFormat.MARKDOWN) {
            text.append("|a".repeat(columns)).append("|\n").append("|-".repeat(columns)).append("|\n")
                    .append("|1".repeat(columns)).append("|\n");
        } else {
            String border = "+-".repeat(columns) + "+\n";
            text.append(border).append("|a".repeat(columns)).append("|\n")
                    .append("+=".repeat(columns)).append("+\n")
                    .append("|1".repeat(columns)).append("|\n").append(border);
        }
        Path file = Files.writeString(dir.resolve("wide" + extension(format)), text);
        ParsedDocument document = parse(new DocumentParser(ParseOptions.forRoot(dir)), file);
        assertEquals(List.of(), document.problems());
        assertEquals(1, document.tables().size());
        Table table = document.tables().get(0);
        assertEquals(columns, table.columns());
        assertEquals(columns, table.body().get(0).cells().size());
        assertEquals("1", table.body().get(0).cells().get(columns - 1).text());
    }

    @Test
    void theLineLimitIsConfigurableAndExact() throws IOException {
        for (DocumentFormat format : DocumentFormat.values()) {
            String row = format == DocumentFormat.MARKDOWN ? "| 200  | OK          |" : "| 200  | OK          |";
            String text = format == DocumentFormat.MARKDOWN
                    ? "| Code | Description |\n|------|-------------|\n" + row + "\n"
                    : "+------+-------------+\n| Code | Description |\n+======+=============+\n" + row
                    + "\n+------+-------------+\n";
            Path file = Files.writeString(dir.resolve("lines" + extension(format)), text);
            int width = row.length();
            ParsedDocument atLimit = parse(new DocumentParser(new ParseOptions(dir, 1_000, width)), file);
            assertEquals(List.of(), atLimit.problems(), format + ": lines of exactly maxLineLength are read");
            assertEquals(1, atLimit.tables().size(), format.toString());

            ParsedDocument overLimit = parse(new DocumentParser(new ParseOptions(dir, 1_000, width - 1)), file);
            assertTrue(!overLimit.problems().isEmpty(), format + ": no finding over maxLineLength");
            assertEquals(overLimitColumn(format, 1, width - 1), overLimit.problems().get(0).column(),
                    format + ": " + overLimit.problems());
            // every line of the table is as wide as the row: the first finding is on line 1
            assertEquals(1, overLimit.problems().get(0).line(), format + ": " + overLimit.problems());
        }
    }

    /**
     * 500 nested notes: the RST parser stops at 48 levels (docutils itself would exhaust Python's
     * recursion limit) and says so once, at the first block too deep: level 49 is the directive on
     * line 2 * 49 + 1 = 99, indented 3 * 49 = 147 spaces, so column 148.
     */
    @Test
    void fiveHundredNestedRstDirectivesAreOneFindingInTime() throws IOException {
        int depth = 500;
        StringBuilder text = new StringBuilder();
        String indent = "";
        for (int i = 0; i < depth; i++) {
            text.append(indent).append(".. note::\n\n");
            indent += "   ";
        }
        for (String line : List.of("====  ===========", "Code  Description", "====  ===========", "200   OK",
                "====  ===========")) {
            text.append(indent).append(line).append('\n');
        }
        Path file = Files.writeString(dir.resolve("deep.rst"), text);
        ParsedDocument document = parse(new DocumentParser(ParseOptions.forRoot(dir)), file);
        assertEquals(1, document.problems().size(), document.problems().toString());
        Problem problem = document.problems().get(0);
        assertEquals(99, problem.line());
        assertEquals(148, problem.column());
        assertTrue(problem.message().contains("nested more than 48 levels"), problem.message());
        assertEquals(List.of(), document.tables());
    }

    @Test
    void deeplyNestedMarkdownBlockQuotesAndListsDoNotOverflowTheStack() throws IOException {
        int depth = 15_000;
        String quotes = ">".repeat(depth) + " ";
        StringBuilder text = new StringBuilder(quotes + "| Code |\n" + quotes + "|------|\n" + quotes + "| 200  |\n\n");
        String indent = "";
        for (int i = 0; i < 300; i++) {
            text.append(indent).append("- item\n");
            indent += "  ";
        }
        text.append('\n').append(indent).append("| Code |\n").append(indent).append("|------|\n");
        Path file = Files.writeString(dir.resolve("deep.md"), text);
        parse(new DocumentParser(ParseOptions.forRoot(dir)), file);
    }

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void aFifteenMegabyteTableLineIsOneFinding(DocumentFormat format) throws IOException {
        Path file = dir.resolve("one-line" + extension(format));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Title\n\n");
            String chunk = (format == DocumentFormat.RST ? "----" : "| x ").repeat(256);
            out.write(format == DocumentFormat.RST ? "+" : "");
            for (int i = 0; i < 15 * 1024; i++) {
                out.write(chunk);
            }
            out.write(format == DocumentFormat.RST ? "+\n| a |\n+---+\n" : "|\n|---|\n| 1 |\n");
        }
        ParsedDocument document = parse(new DocumentParser(ParseOptions.forRoot(dir)), file);
        assertEquals(1, document.problems().size(), document.problems().toString());
        assertEquals(3, document.problems().get(0).line());
        assertTrue(document.problems().get(0).message().contains("maxLineLength"));
    }

    /** The limits reach the parsers from a run's request (the Maven goals and a CLI build one). */
    @Test
    void theRequestsLimitsAreHonouredEndToEnd() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("big.md"), "| Code |\n|------|\n| 200  |\n".repeat(40));   // 27 bytes x 40 = 1,080
        Files.writeString(docs.resolve("wide.rst"), "Title\n=====\n\n+" + "-".repeat(60) + "+\n| a"
                + " ".repeat(58) + "|\n+" + "-".repeat(60) + "+\n");                                 // 62 wide
        DcsRequest request = DcsRequest.builder(dir).sourceRoot(Path.of("docs")).outputDirectory(Path.of("reports"))
                .maxFileBytes(1_079).maxLineLength(61).threads(1).build();
        List<Finding> findings = timed(() -> {
            try {
                return new DcsRunner().check(request).findings();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> limits = findings.stream().filter(f -> f.ruleId().equals("MalformedTable"))
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.message()).toList();
        assertEquals(2, limits.size(), limits.toString());
        assertTrue(limits.get(0).startsWith("big.md:1:1 file is 1080 bytes, over the limit of 1079"), limits.get(0));
        assertTrue(limits.get(1).startsWith("wide.rst:4:1 line is 62 characters long, over the limit of 61"),
                limits.get(1));
    }

    /**
     * 15 million tabs are under the file-size limit, but expanded to docutils' tab stops they
     * would be 120 million spaces (240 MB of chars, more than many CI heaps): the RST parser stops
     * widening a line once it is past the line limit. The line is blank once trailing whitespace
     * goes, so there is no finding.
     */
    @Test
    void fifteenMillionTabsDoNotExhaustTheHeap() throws IOException {
        Path file = dir.resolve("tabs.rst");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Title\n=====\n\n");
            String chunk = "\t".repeat(1024);
            for (int i = 0; i < 15 * 1024; i++) {
                out.write(chunk);
            }
            out.write("x\n\n+---+\n| a |\n+---+\n");
        }
        ParsedDocument document = parse(new DocumentParser(ParseOptions.forRoot(dir)), file);
        assertEquals(List.of(), document.problems());
        assertEquals(1, document.tables().size(), "the table after the long line is read");
        assertEquals(6, document.tables().get(0).line());
    }

    /** Inputs under every limit that stress one construct each: read in bounded time, no safety net. */
    static List<String[]> pathological() {
        return List.of(
                // flexmark's cost grew with the square of a paragraph's lines (see
                // LineCheckedHeadingFactory): 10,000 lines here
                new String[] {"brackets.md", ("[".repeat(20) + "\n").repeat(10_000)},
                new String[] {"emphasis.md", ("*a _b ".repeat(3) + "\n").repeat(10_000)},
                new String[] {"html.md", ("<a ".repeat(6) + "\n").repeat(10_000)},
                new String[] {"backticks.md", ("`".repeat(20) + "\n").repeat(100_000)},
                new String[] {"long-table.md", "| a | b | c |\n|---|---|---|\n" + "| 1 | 2 | 3 |\n".repeat(10_000)},
                new String[] {"inline.rst", ("`a *b **c ``d :x:`e ".repeat(2) + "\n").repeat(100_000)},
                new String[] {"long-grid.rst", "+---+---+\n| a | b |\n+===+===+\n" + "| 1 | 2 |\n+---+---+\n".repeat(5_000)},
                new String[] {"long-simple.rst", "===  ===\na    b\n===  ===\n" + "1    2\n".repeat(100_000) + "===  ===\n"},
                new String[] {"pipes.rst", ("|" + "a|".repeat(5) + "\n").repeat(100_000)});
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("pathological")
    void pathologicalInputsUnderTheLimitsAreReadInTime(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        parse(new DocumentParser(ParseOptions.forRoot(dir)), file);
    }

    /**
     * A pipe table of 200,000 rows (2.8 MB, under every limit) takes flexmark a second or more
     * (it took minutes before LineCheckedHeadingFactory): a budget of 20 ms turns it into one
     * finding at 1:1 and the run goes on.
     */
    /**
     * On a parse thread (the runner's pool, which keeps the budget itself) DocumentParser parses
     * in place and applies no budget of its own: the same 20 ms parser reads the whole table
     * there, and gives it up anywhere else.
     */
    @Test
    void onAParseThreadTheCallerKeepsTheBudget() throws Exception {
        Path file = Files.writeString(dir.resolve("big-table.md"),
                "| a | b | c |\n|---|---|---|\n" + "| 1 | 2 | 3 |\n".repeat(20_000));
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(dir), Duration.ofMillis(20));
        ParsedDocument[] inPlace = new ParsedDocument[1];
        Thread thread = DocumentParser.newParseThread(() -> inPlace[0] = parser.parse(file), "test-parse");
        thread.start();
        thread.join(TIME_BOUND.toMillis());
        assertEquals(List.of(), inPlace[0].problems());
        assertEquals(20_000, inPlace[0].tables().get(0).body().size());
        ParsedDocument handedOver = parser.parse(file);
        assertTrue(handedOver.problems().get(0).message().contains("took longer than 20 ms"),
                handedOver.problems().toString());
    }

    @Test
    void aFileOverTheTimeBudgetIsOneFinding() throws IOException {
        Path file = Files.writeString(dir.resolve("huge-table.md"),
                "| a | b | c |\n|---|---|---|\n" + "| 1 | 2 | 3 |\n".repeat(200_000));
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(dir), Duration.ofMillis(20));
        long start = System.nanoTime();
        ParsedDocument document = parser.parse(file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, "the budget of 20 ms took " + millis + " ms");
        assertEquals(1, document.problems().size(), document.problems().toString());
        Problem problem = document.problems().get(0);
        assertEquals(1, problem.line());
        assertEquals(1, problem.column());
        assertTrue(problem.message().contains("took longer than 20 ms"), problem.message());
    }
}
