package io.github.dcslint.report;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GithubAnnotationsTest {

    private static final Path REPO = Path.of("/repo");

    private static Finding finding(String path, int line, SeverityLevel severity, String message) {
        return new Finding(REPO.resolve("docs").resolve(path), path, line, 5, severity, "StatusNameMismatch", message);
    }

    @Test
    void oneFindingIsOneCommandWithRepositoryRelativePath() {
        String command = new GithubAnnotations(new RepositoryPaths(REPO))
                .command(finding("api/a.rst", 14, SeverityLevel.ERROR, "Status 404 is named \"Not found\""));
        assertEquals("::error file=docs/api/a.rst,line=14,col=5,title=StatusNameMismatch::"
                + "Status 404 is named \"Not found\"", command);
    }

    @Test
    void escapesAsGithubsToolkitDoes() {
        String command = new GithubAnnotations(new RepositoryPaths(REPO))
                .command(finding("a,b:c%.md", 1, SeverityLevel.WARNING, "100% done: yes, really\r\nnext"));
        assertEquals("::warning file=docs/a%2Cb%3Ac%25.md,line=1,col=5,title=StatusNameMismatch::"
                + "100% done: yes, really%0D%0Anext".replace("100%", "100%25"), command);
    }

    @Test
    void mostSevereFirstAtMostTenPerLevelThenOneNoticeAboutTheRest() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            findings.add(finding("info.md", i, SeverityLevel.INFO, "info " + i));
        }
        for (int i = 1; i <= 3; i++) {
            findings.add(finding("warn.md", i, SeverityLevel.WARNING, "warning " + i));
        }
        for (int i = 1; i <= 15; i++) {
            findings.add(finding("err.md", i, SeverityLevel.ERROR, "error " + i));
        }
        List<String> commands = new GithubAnnotations(new RepositoryPaths(REPO))
                .commands(findings, "target/dcs/dcs-summary.md");

        assertEquals(10 + 3 + 9 + 1, commands.size());
        for (int i = 0; i < 10; i++) {
            assertTrue(commands.get(i).startsWith("::error file=docs/err.md,line=" + (i + 1) + ","), commands.get(i));
        }
        for (int i = 10; i < 13; i++) {
            assertTrue(commands.get(i).startsWith("::warning "), commands.get(i));
        }
        for (int i = 13; i < 22; i++) {
            assertTrue(commands.get(i).startsWith("::notice file=docs/info.md"), commands.get(i));
        }
        // left out: errors 11-15 (5) and infos 10-12 (3)
        assertEquals("::notice title=dcs::8 more dcs findings are not shown as annotations (GitHub shows 10 per "
                + "level per step); the full report is target/dcs/dcs-summary.md", commands.get(22));
    }

    @Test
    void noClosingNoticeWhenEverythingFits() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            findings.add(finding("info.md", i, SeverityLevel.INFO, "info " + i));
        }
        List<String> commands = new GithubAnnotations(new RepositoryPaths(REPO)).commands(findings, "x");
        assertEquals(10, commands.size());
        assertTrue(commands.stream().allMatch(c -> c.startsWith("::notice file=")));
    }

    @Test
    void onUnderGithubActionsOrWhenAsked() {
        assertTrue(GithubAnnotations.wanted(Map.of("GITHUB_ACTIONS", "true"), false));
        assertTrue(GithubAnnotations.wanted(Map.of(), true));
        assertFalse(GithubAnnotations.wanted(Map.of("GITHUB_ACTIONS", "false"), false));
        assertFalse(GithubAnnotations.wanted(Map.of(), false));
    }
}
