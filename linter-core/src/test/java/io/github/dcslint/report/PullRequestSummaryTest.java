package io.github.dcslint.report;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.testing.Expectations;
import io.github.dcslint.testing.HandWrittenFindings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PullRequestSummaryTest {

    private static final Path ROOT = Expectations.testdata();
    private static final Path ERRORS = ROOT.resolve("review/baseline/errors-edited.md");

    private static PullRequestSummary summary(int limit) {
        return new PullRequestSummary(new RepositoryPaths(ROOT), FindingContexts.of(List.of()), limit);
    }

    @Test
    void totalsFirstThenCountsThenMostSevereFirstWithTheCellText() throws Exception {
        // InvalidStatusCode is a warning here, so the two StatusNameMismatch errors come first.
        List<Finding> findings = HandWrittenFindings.of(ERRORS, "errors.md",
                Map.of("InvalidStatusCode", SeverityLevel.WARNING));
        String md = summary(PullRequestSummary.GITHUB_COMMENT_LIMIT).render(findings, 7, List.of(), "target/dcs");
        List<String> lines = md.lines().toList();

        assertEquals("### dcs: 2 errors, 1 warning, 0 info in 1 of 7 files", lines.get(0));
        assertTrue(md.contains("| InvalidStatusCode | 0 | 1 | 0 |\n| StatusNameMismatch | 2 | 0 | 0 |\n"), md);
        List<String> rows = lines.stream().filter(l -> l.startsWith("| error") || l.startsWith("| warning")).toList();
        assertEquals(3, rows.size(), md);
        assertEquals("| error | review/baseline/errors-edited.md:19 | StatusNameMismatch | Not found "
                + "| Not found -- The specified kitten could not be found. |", rows.get(0));
        assertTrue(rows.get(1).startsWith("| error | review/baseline/errors-edited.md:21 |"), rows.get(1));
        assertTrue(rows.get(2).startsWith("| warning | review/baseline/errors-edited.md:20 | InvalidStatusCode |"),
                rows.get(2));
        assertTrue(rows.get(2).endsWith("| 4O5 |"), rows.get(2));
    }

    @Test
    void underGithubActionsLocationsLinkToTheLine() throws Exception {
        List<Finding> findings = HandWrittenFindings.of(ERRORS, "errors.md");
        String md = summary(PullRequestSummary.GITHUB_COMMENT_LIMIT).linkingOnGithub(Map.of(
                "GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "acme/docs",
                "GITHUB_SHA", "0123456789abcdef0123456789abcdef01234567"))
                .render(findings, 1, List.of(), "x");
        assertTrue(md.contains("| error | [review/baseline/errors-edited.md:19](https://github.com/acme/docs/blob/"
                + "0123456789abcdef0123456789abcdef01234567/review/baseline/errors-edited.md#L19) |"), md);
        assertEquals("my%20docs/st%C3%A4tus%28x%29.md", PullRequestSummary.urlPath("my docs/stätus(x).md"));
        // without the variables (or with odd values) locations stay plain text
        String plain = summary(PullRequestSummary.GITHUB_COMMENT_LIMIT)
                .linkingOnGithub(Map.of("GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "acme/docs",
                        "GITHUB_SHA", "not a sha)"))
                .render(findings, 1, List.of(), "x");
        assertTrue(plain.contains("| error | review/baseline/errors-edited.md:19 |"), plain);
    }

    @Test
    void noFindingsIsOneLine() {
        String md = summary(1000).render(List.of(), 1, List.of(), "x");
        assertEquals("### dcs: no findings in 1 file\n\n", md);
    }

    @Test
    void tableCellTextCannotBreakTheTable() {
        assertEquals("a \\| b<br>c \\*d\\* \\<b\\> \\`x\\`", PullRequestSummary.escape("a | b\r\nc *d* <b> `x`"));
    }

    @Test
    void longListIsCutUnderTheLimitWithTheCountOfTheRest() {
        List<Finding> findings = new ArrayList<>();
        Path file = ROOT.resolve("many.rst");
        for (int i = 1; i <= 3000; i++) {
            findings.add(new Finding(file, "many.rst", i, 3, i % 3 == 0 ? SeverityLevel.ERROR : SeverityLevel.INFO,
                    "StatusNameMismatch", "Status 404 is named \"Not found\"; the catalog says \"Not Found\" "
                    + "x".repeat(150)));
        }
        String md = summary(PullRequestSummary.GITHUB_COMMENT_LIMIT).render(findings, 1, List.of(), "target/dcs/dcs-result.xml");
        assertTrue(md.length() <= PullRequestSummary.GITHUB_COMMENT_LIMIT, () -> "length " + md.length());
        long shown = md.lines().filter(l -> l.startsWith("| error") || l.startsWith("| info")).count();
        Matcher more = Pattern.compile("… and (\\d+) more findings; the full list is in target/dcs/dcs-result\\.xml")
                .matcher(md);
        assertTrue(more.find(), md.substring(md.length() - 300));
        assertEquals(3000, shown + Integer.parseInt(more.group(1)));
        assertTrue(shown > 100, "room was used: " + shown);
        // Most severe first: the 1000 errors alone overflow the comment, so no info row makes it in.
        assertEquals(0, md.lines().filter(l -> l.startsWith("| info")).count());
    }
}
