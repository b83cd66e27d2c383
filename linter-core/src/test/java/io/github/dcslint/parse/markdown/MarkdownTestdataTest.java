package io.github.dcslint.parse.markdown;

import io.github.dcslint.model.Problem;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.Expectations;
import io.github.dcslint.testing.Expectations.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown inputs under testdata/rules/MalformedTable: the extraction problems are the hand-written expectations. */
class MarkdownTestdataTest {

    private static final Path FOLDER = Expectations.testdata().resolve("rules/MalformedTable");
    private static final DocumentParser PARSER = new DocumentParser(ParseOptions.forRoot(FOLDER));

    @ParameterizedTest
    @ValueSource(strings = {"bad-ragged-row.md", "bad-header-delimiter-mismatch.md", "bad-pipe-in-code-span.md",
            "good-pipe-tables.md"})
    void problemsAreWhereTheCommentsSay(String name) throws IOException {
        Path file = FOLDER.resolve(name);
        List<Expected> expected = Expectations.of(file, "MalformedTable");
        assertEquals(name.startsWith("bad-"), !expected.isEmpty(), "bad files carry expectations, good ones none");
        List<Problem> problems = PARSER.parse(file).problems();
        assertEquals(expected.size(), problems.size(), problems.toString());
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Problem p = problems.get(i);
            assertEquals(e.line() + ":" + e.column(), p.line() + ":" + p.column(), p.message());
            assertTrue(p.message().contains(e.fragment()), p.message() + " lacks " + e.fragment());
        }
    }
}
