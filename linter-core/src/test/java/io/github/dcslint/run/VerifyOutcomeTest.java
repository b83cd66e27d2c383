package io.github.dcslint.run;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verify and baseline sequences the Maven goals and the command line share, as data. */
class VerifyOutcomeTest {

    /** Four StatusNameMismatch errors (three alike: "400 BadRequest"), expectations written in the file. */
    private static final Path INPUT = Expectations.testdata().resolve("rules/StatusNameMismatch/bad-graph-code-and-name.md");

    @TempDir
    Path base;

    private Path page;

    private DcsRequest.Builder request() throws Exception {
        page = base.resolve("docs/cancel.md");
        if (!Files.exists(page)) {
            Files.createDirectories(page.getParent());
            Files.copy(INPUT, page);
        }
        return DcsRequest.builder(base).sourceRoot(Path.of("docs")).outputDirectory(Path.of("target/dcs"));
    }

    @Test
    void withoutBaselineEveryErrorCountsAgainstTheThresholdAndEveryReportIsWritten() throws Exception {
        VerifyOutcome outcome = new DcsRunner().verify(request().build());
        assertEquals(4, outcome.failing());
        assertTrue(outcome.overThreshold());
        assertEquals(4, outcome.all().findings().size());
        assertTrue(outcome.stale().isEmpty());
        assertEquals("", outcome.annotations(), "annotations were not asked for");
        assertTrue(Files.isRegularFile(base.resolve("target/dcs/dcs-result.sarif")));
        assertTrue(Files.isRegularFile(outcome.reviewFiles().get("dcs-summary.md")));
        assertTrue(Files.isRegularFile(outcome.reviewFiles().get("dcs-report.html")));
    }

    @Test
    void baselinedFindingsAreNotFailingEvenAtTheLowestThreshold() throws Exception {
        DcsRunner runner = new DcsRunner();
        BaselineOutcome written = runner.writeBaseline(request().baselineFile(Path.of("b.json")).build());
        assertEquals(4, written.result().findings().size());
        assertEquals(2, written.baseline().entries().size(), "three alike and one other");
        VerifyOutcome outcome = runner.verify(request().baselineFile(Path.of("b.json"))
                .violationSeverity(SeverityLevel.INFO).build());
        assertEquals(0, outcome.failing());
        assertFalse(outcome.overThreshold());
        assertEquals(4, outcome.baselined().size());
        assertEquals(4, outcome.all().findings().size());
    }

    @Test
    void aFixedFindingMakesItsBaselineEntryStaleAndANewOneFails() throws Exception {
        DcsRunner runner = new DcsRunner();
        runner.writeBaseline(request().baselineFile(Path.of("b.json")).build());
        String text = Files.readString(page).replace("| 403 UnAuthorized |", "| 403 Forbidden |")
                + "| 404 NotFound | No such request. |\n";
        Files.writeString(page, text);
        VerifyOutcome outcome = runner.verify(request().baselineFile(Path.of("b.json")).build());
        assertEquals(1, outcome.failing());
        assertEquals((int) text.lines().count(), outcome.result().findings().get(0).line());
        assertEquals(1, outcome.stale().size());
        assertTrue(VerifyOutcome.describe(outcome.stale().get(0)).contains("403"), outcome.stale().toString());
        assertTrue(outcome.notes().get(0).startsWith("3 findings are in the baseline"), outcome.notes().toString());
    }

    @Test
    void formatGithubIsAnnotationsNotAReportFile() throws Exception {
        DcsRequest request = request().formatNames(List.of("xml", " github ")).build();
        assertTrue(request.githubAnnotations());
        assertEquals(List.of(ReportFormat.XML, ReportFormat.SARIF), request.formats());
        VerifyOutcome outcome = new DcsRunner().verify(request);
        List<String> commands = outcome.annotations().lines().filter(l -> l.startsWith("::error file=docs/cancel.md"))
                .toList();
        assertEquals(4, commands.size(), outcome.annotations());
    }

    @Test
    void baselineWithoutAFileIsAConfigurationError() throws Exception {
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> new DcsRunner().writeBaseline(request().build()));
        assertTrue(e.getMessage().contains("no baseline file"), e.getMessage());
    }

    @Test
    void anUnknownFormatNamesItself() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DcsRequest.builder(base).formatNames(List.of("pdf")));
        assertTrue(e.getMessage().contains("\"pdf\""), e.getMessage());
    }

    @Test
    void failureMessageCountsSaysWhereTheSarifIsAndHowToOnlyReport() {
        DcsRequest request = DcsRequest.builder(base).outputDirectory(Path.of("build/dcs")).build();
        String one = VerifyOutcome.failureMessage(request, 1, SeverityLevel.ERROR, "--only-report");
        assertEquals("You have 1 documentation finding of severity error. Fix the tables at the lines listed above"
                + " (details in build/dcs/dcs-result.sarif), or run with --only-report to report without failing.", one);
        String many = VerifyOutcome.failureMessage(request, 3, SeverityLevel.WARNING, "x");
        assertTrue(many.startsWith("You have 3 documentation findings of severity warning or above."), many);
    }
}
