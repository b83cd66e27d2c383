package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.Expectations;
import io.github.dcslint.testing.Expectations.Expected;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every file in {@code testdata/rules/MalformedTable}: its problems must be exactly the
 * {@code .. expect: MalformedTable +L:C "fragment"} lines written in it (none for good-*.rst),
 * in line and column, with the fragment in the message; parsing never throws and never hangs.
 */
class RstMalformedInputTest {

    private static final Path FOLDER = Expectations.testdata().resolve("rules/MalformedTable");

    @TestFactory
    Stream<DynamicTest> problemsAreExactlyTheExpectedOnes() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(FOLDER)) {
            files = list.filter(p -> p.toString().endsWith(".rst")).sorted().toList();
        }
        assertTrue(files.size() >= 20, "expected the MalformedTable inputs in " + FOLDER);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> verify(file)));
    }

    private static void verify(Path file) throws IOException {
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(FOLDER));
        ParsedDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.parse(file));
        List<Expected> expected = Expectations.of(file, "MalformedTable");
        if (file.getFileName().toString().startsWith("good-")) {
            assertTrue(expected.isEmpty(), "a good-* file must not expect problems");
        } else {
            assertTrue(!expected.isEmpty(), "a bad-* file must expect at least one problem");
        }
        List<String> unmatched = new ArrayList<>();
        List<Problem> remaining = new ArrayList<>(doc.problems());
        for (Expected e : expected) {
            Problem match = remaining.stream()
                    .filter(p -> p.line() == e.line() && p.column() == e.column() && p.message().contains(e.fragment()))
                    .findFirst().orElse(null);
            if (match == null) {
                unmatched.add("missing " + e);
            } else {
                remaining.remove(match);
            }
        }
        for (Problem p : remaining) {
            unmatched.add("unexpected " + p.line() + ":" + p.column() + " \"" + p.message() + "\"");
        }
        assertEquals(List.of(), unmatched, file.getFileName() + ": problems differ from the expectations");
    }
}
