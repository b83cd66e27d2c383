package io.github.dcslint.report;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.report.FindingContexts.SourceText;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The problems' lines kept at parse time are the lines a finding's context reads from the file. */
class ProblemLinesTest {

    @TempDir
    Path dir;

    private static ParsedDocument withProblems(Path file, int... lines) {
        List<Problem> problems = java.util.Arrays.stream(lines).mapToObj(line -> new Problem(line, 1, "p")).toList();
        return new ParsedDocument(file, file.getFileName().toString(), DocumentFormat.RST, null, List.of(), List.of(),
                problems);
    }

    @Test
    void keepsEachProblemsLineButTheFirst() {
        ProblemLines lines = new ProblemLines();
        Path file = dir.resolve("a.rst");
        lines.seen(withProblems(file, 1, 3, 5, 9), "one\r\ntwo\rthree\nfour\n\nsix");
        assertNull(lines.line(file, 1), "the file's first line may hold a byte order mark the text has not");
        assertEquals("three", lines.line(file, 3));
        assertEquals("", lines.line(file, 5));
        assertEquals("", lines.line(file, 9), "past the end, as the file's reading gives");
        assertNull(lines.line(file, 2), "not a problem's line");
        assertNull(lines.line(dir.resolve("other.rst"), 3));
        lines.forget(List.of(file));
        assertNull(lines.line(file, 3));
    }

    /**
     * A finding outside a cell shows the kept line, not the file's: here the file is gone, so
     * only the kept line can give the finding its code and cell.
     */
    @Test
    void aFindingsContextTakesTheKeptLine() {
        Path file = dir.resolve("gone.rst");
        ParsedDocument document = withProblems(file, 2);
        ProblemLines lines = new ProblemLines();
        lines.seen(document, "Title\n| 404 | Not Found |\n");
        io.github.dcslint.report.Finding finding = new io.github.dcslint.report.Finding(file, "gone.rst", 2, 3,
                com.puppycrawl.tools.checkstyle.api.SeverityLevel.ERROR, "MalformedTable", "Malformed table");
        FindingContext kept = FindingContexts.resolve(List.of(finding), List.of(document), d -> List.of(), lines)
                .get(finding);
        assertEquals("404", kept.code());
        assertEquals("404", kept.text());
        FindingContext read = FindingContexts.resolve(List.of(finding), List.of(document), d -> List.of(), null)
                .get(finding);
        assertEquals("", read.code());
    }

    /** On every testdata and corpus file with a problem past line 1: the line the file gives. */
    @Test
    void keptLinesAreTheFilesLines() throws Exception {
        List<Path> roots = new java.util.ArrayList<>(List.of(Expectations.testdata()));
        Path corpus = Expectations.shared().resolve("corpus");
        if (Files.isDirectory(corpus)) {
            roots.add(corpus);
        }
        int compared = 0;
        for (Path root : roots) {
            Map<Path, String> texts = new java.util.HashMap<>();
            ProblemLines lines = new ProblemLines();
            DocumentParser parser = new DocumentParser(ParseOptions.forRoot(root), DocumentParser.DEFAULT_TIME_BUDGET,
                    (document, text) -> {
                        lines.seen(document, text);
                        texts.put(document.file(), text);
                    });
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(f -> f.toString().endsWith(".rst") || f.toString().endsWith(".md")).sorted().toList();
            }
            for (Path file : files) {
                ParsedDocument document = parser.parse(file);
                SourceText source = SourceText.read(document.file());
                for (Problem problem : document.problems()) {
                    String kept = lines.line(document.file(), problem.line());
                    if (problem.line() < 2 || !texts.containsKey(document.file())) {
                        assertNull(kept, file + ":" + problem.line());
                    } else {
                        assertEquals(source.line(problem.line()), kept, file + ":" + problem.line());
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared >= 10, "problem lines compared: " + compared);
    }
}
