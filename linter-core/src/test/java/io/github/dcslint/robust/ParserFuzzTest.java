package io.github.dcslint.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Fuzz targets for the two document parsers, through the one entry point the runner uses
 * ({@link DocumentParser#parseBytes}), so decoding, limits and the parsers are fuzzed together.
 *
 * <p>In a normal build these replay the seeds under
 * {@code src/test/resources/io/github/dcslint/robust/ParserFuzzTestInputs/<method>/} (regression
 * mode, milliseconds). {@code JAZZER_FUZZ=1} makes them fuzz; see docs/robustness.md.
 *
 * <p>What must hold for any bytes: no exception escapes, the parser's own safety net never
 * fires (an "internal error" problem is a parser bug that the net hid), every position is
 * 1-based and inside the input, every cell has text, and one input takes well under a second.
 */
class ParserFuzzTest {

    /**
     * A generous bound for a busy machine: the seeds parse in microseconds once the classes are
     * loaded; a quadratic or exponential path on a few KB shows up here.
     */
    private static final long MAX_MILLIS_PER_INPUT = 5_000;

    private static final Path ROOT = Path.of("/fuzz").toAbsolutePath();
    private static final DocumentParser DEFAULT_LIMITS = new DocumentParser(ParseOptions.forRoot(ROOT));
    /** Small limits so that fuzzing also reaches the over-the-limit paths. */
    private static final DocumentParser SMALL_LIMITS = new DocumentParser(new ParseOptions(ROOT, 2_000, 60));

    static {
        // class loading and flexmark's first parse (~0.1 s, seconds under instrumentation) are not the input's cost
        byte[] warmUp = "| a |\n|---|\n\n+---+\n| a |\n+---+\n".getBytes(StandardCharsets.UTF_8);
        DEFAULT_LIMITS.parseBytes(ROOT.resolve("warm.md"), "warm.md", DocumentFormat.MARKDOWN, warmUp);
        DEFAULT_LIMITS.parseBytes(ROOT.resolve("warm.rst"), "warm.rst", DocumentFormat.RST, warmUp);
    }

    @FuzzTest(maxDuration = "30s")
    void rstParser(byte[] input) {
        parseAndCheck(input, DocumentFormat.RST, "fuzz.rst");
    }

    @FuzzTest(maxDuration = "30s")
    void markdownParser(byte[] input) {
        parseAndCheck(input, DocumentFormat.MARKDOWN, "fuzz.md");
    }

    private static void parseAndCheck(byte[] input, DocumentFormat format, String name) {
        // what the parser decoded, as near as the invariants need (bad bytes become U+FFFD)
        DocumentInvariants invariants = DocumentInvariants.of(stripBom(new String(input, StandardCharsets.UTF_8)));
        for (DocumentParser parser : new DocumentParser[] {DEFAULT_LIMITS, SMALL_LIMITS}) {
            long start = System.nanoTime();
            ParsedDocument document = parser.parseBytes(ROOT.resolve(name), name, format, input);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > MAX_MILLIS_PER_INPUT) {
                throw new AssertionError(format + " parser took " + millis + " ms for " + input.length + " bytes");
            }
            invariants.check(document);
            for (Problem problem : document.problems()) {
                if (problem.message().startsWith("internal error")) {
                    throw new AssertionError(format + " parser failed: " + problem.message());
                }
            }
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
