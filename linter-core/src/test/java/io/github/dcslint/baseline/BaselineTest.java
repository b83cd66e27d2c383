package io.github.dcslint.baseline;

import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.report.Finding;
import io.github.dcslint.report.FindingContexts;
import io.github.dcslint.testing.Expectations;
import io.github.dcslint.testing.HandWrittenFindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineTest {

    private static final Path INPUTS = Expectations.testdata().resolve("review/baseline");

    @TempDir
    Path root;

    /** Puts a test input at {@code errors.md} in the temporary source root (an "edit" of the file). */
    private Path place(String input) throws IOException {
        return Files.copy(INPUTS.resolve(input), root.resolve("errors.md"), StandardCopyOption.REPLACE_EXISTING);
    }

    private FindingContexts contexts(Path file) {
        return FindingContexts.of(List.of(new DocumentParser(ParseOptions.forRoot(root)).parse(file)));
    }

    private Baseline baselineOf(String input) throws IOException, DcsConfigurationException {
        Path file = place(input);
        List<Finding> findings = HandWrittenFindings.of(file, "errors.md");
        Path baselineFile = root.resolve("dcs-baseline.json");
        Baseline.of(findings, contexts(file)).write(baselineFile);
        return Baseline.read(baselineFile);
    }

    @Test
    void findingStaysBaselinedWhenLinesAboveAreAddedWhileANewOneFails() throws Exception {
        Baseline baseline = baselineOf("errors.md");
        List<Finding> before = HandWrittenFindings.of(INPUTS.resolve("errors.md"), "errors.md");

        Path edited = place("errors-edited.md");
        List<Finding> after = HandWrittenFindings.of(edited, "errors.md");
        BaselineMatch match = baseline.match(after, contexts(edited));

        assertEquals(1, match.newFindings().size(), () -> "new: " + match.newFindings());
        Finding fresh = match.newFindings().get(0);
        assertEquals("Gone away", fresh.message());
        assertEquals(21, fresh.line());
        assertEquals(2, match.baselined().size());
        // The baselined findings really moved: a key with the line in it would have missed them.
        for (Finding accepted : match.baselined()) {
            assertTrue(before.stream().noneMatch(b -> b.line() == accepted.line()),
                    () -> accepted + " did not move");
        }
        assertTrue(match.stale().isEmpty(), () -> "stale: " + match.stale());
    }

    @Test
    void fixedFindingMakesItsEntryStale() throws Exception {
        Baseline baseline = baselineOf("errors.md");

        Path fixed = place("errors-fixed.md");
        BaselineMatch match = baseline.match(HandWrittenFindings.of(fixed, "errors.md"), contexts(fixed));

        assertTrue(match.newFindings().isEmpty(), () -> "new: " + match.newFindings());
        assertEquals(1, match.baselined().size());
        assertEquals(1, match.stale().size());
        BaselineEntry stale = match.stale().get(0);
        assertEquals("StatusNameMismatch", stale.rule());
        assertEquals("404", stale.code());
        assertTrue(stale.text().startsWith("Not found"), stale::text);
    }

    @Test
    void sameKeyTwiceIsCountedSoAThirdCopyIsNew() throws Exception {
        Path file = place("errors.md");
        FindingContexts contexts = contexts(file);
        Finding notFound = HandWrittenFindings.of(file, "errors.md").stream()
                .filter(f -> f.ruleId().equals("StatusNameMismatch")).findFirst().orElseThrow();
        Baseline twice = Baseline.of(List.of(notFound, notFound), contexts);
        assertEquals(1, twice.entries().size());
        assertEquals(2, twice.entries().get(0).count());

        BaselineMatch match = twice.match(List.of(notFound, notFound, notFound), contexts);
        assertEquals(2, match.baselined().size());
        assertEquals(1, match.newFindings().size());
    }

    @Test
    void keyDoesNotDependOnTheMessageWording() throws Exception {
        Path file = place("errors.md");
        List<Finding> findings = HandWrittenFindings.of(file, "errors.md");
        Baseline baseline = Baseline.of(findings, contexts(file));
        List<Finding> reworded = findings.stream().map(f -> new Finding(f.file(), f.path(), f.line(), f.column(),
                f.severity(), f.ruleId(), "reworded: " + f.message())).toList();
        assertTrue(baseline.match(reworded, contexts(file)).newFindings().isEmpty());
    }

    @Test
    void baselineFileRoundTripsAndIsSorted() throws Exception {
        Baseline read = baselineOf("errors.md");
        assertEquals(2, read.entries().size());
        assertEquals("InvalidStatusCode", read.entries().get(0).rule());
        assertEquals("4O5", read.entries().get(0).text());
        assertEquals("errors.md", read.entries().get(0).path());
        String json = Files.readString(root.resolve("dcs-baseline.json"));
        assertTrue(json.contains("\"version\" : 1"), json);
        assertTrue(!json.contains("\"line\""), "no line numbers in the baseline: " + json);
    }

    @Test
    void brokenBaselineSaysWhereAndHowToFix() throws IOException {
        Path broken = Files.writeString(root.resolve("broken.json"), "{\n  \"version\": 1,\n  \"entries\": [ {,] }\n");
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class, () -> Baseline.read(broken));
        assertTrue(e.getMessage().startsWith(broken + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("mvn dcs:baseline"), e.getMessage());

        Path missing = root.resolve("missing.json");
        e = assertThrows(DcsConfigurationException.class, () -> Baseline.read(missing));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());

        Path otherVersion = Files.writeString(root.resolve("v9.json"), "{\"version\": 9, \"entries\": []}");
        e = assertThrows(DcsConfigurationException.class, () -> Baseline.read(otherVersion));
        assertTrue(e.getMessage().contains("version 9"), e.getMessage());

        Path noPath = Files.writeString(root.resolve("nopath.json"),
                "{\"version\": 1, \"entries\": [{\"rule\": \"X\"}]}");
        e = assertThrows(DcsConfigurationException.class, () -> Baseline.read(noPath));
        assertNotEquals(-1, e.getMessage().indexOf("entry 0"), e.getMessage());
    }
}
