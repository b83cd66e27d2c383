package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.ParseOptions;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The examples of {@code spec/rst-tables.txt}, one test case each, named by section and number
 * (commonmark-java's SpecTestCase). Expected dumps are written by hand; the lines docutils gives
 * were checked with {@code tools/rst_tables.py}.
 */
class RstSpecTest {

    static List<RstSpecExamples.Example> examples() throws IOException {
        return RstSpecExamples.read("/spec/rst-tables.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(RstSpecExamples.Example example) {
        Path root = Path.of("").toAbsolutePath();
        ParsedDocument doc = RstParser.parse(root.resolve("example.rst"), "example.rst", example.source(),
                ParseOptions.forRoot(root));
        assertEquals(example.expected(), RstSpecExamples.dump(doc), example.toString());
    }
}
