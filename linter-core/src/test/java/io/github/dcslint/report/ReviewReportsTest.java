package io.github.dcslint.report;

import static io.github.dcslint.testing.TestFiles.copyTree;

import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.DcsRunner;
import io.github.dcslint.testing.Expectations;
import io.github.dcslint.testing.Expectations.Expected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.dcslint.testing.TestGit.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review pipeline over the real runner and checks, in a real git repository. */
class ReviewReportsTest {

    private static final Path DOC_SET = Expectations.testdata().resolve("rules/UnlistedStatusCode/bad-markdown-doc-set");
    private static final Path NEW_PAGE = Expectations.testdata().resolve("review/ratchet/reference/conflict.md");

    @TempDir
    Path repo;

    @Test
    void ratchetReportsOnlyTheNewPageButItsCrossDocumentFindingsStillCome() throws Exception {
        Path docs = repo.resolve("docs");
        copyTree(DOC_SET, docs);
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "doc set");
        Path page = Files.copy(NEW_PAGE, docs.resolve("reference/conflict.md"));

        DcsRequest request = DcsRequest.builder(repo).sourceRoot(docs).outputDirectory(Path.of("target/dcs")).build();
        DcsResult all = new DcsRunner().check(request);
        assertTrue(all.findings().stream().anyMatch(f -> !f.file().equals(page)),
                () -> "the untouched pages have findings too, else the ratchet is not tested: " + all.findings());

        ReviewReports review = new ReviewReports(request, new ReviewReports.Options(null, "HEAD", true, Map.of()));
        FindingContexts contexts = FindingContexts.parsing(all);
        ReviewReports.Outcome outcome = review.narrow(all, contexts);

        List<Expected> expected = Expectations.of(page);
        List<Finding> shown = outcome.result().findings();
        assertEquals(expected.size(), shown.size(), () -> "shown: " + shown);
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Finding f = shown.get(i);
            assertEquals(page, f.file());
            assertEquals(List.of(e.rule(), e.line(), e.column()), List.of(f.ruleId(), f.line(), f.column()));
            assertTrue(f.message().contains(e.fragment()), f.message());
        }

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Map<String, Path> written = review.write(outcome, contexts, new PrintStream(console, true, StandardCharsets.UTF_8));
        String summary = Files.readString(written.get(ReviewReports.SUMMARY_FILE));
        assertTrue(summary.startsWith("### dcs: 2 errors, 0 warnings, 0 info in 1 of 3 files\n"), summary);
        assertTrue(summary.contains("| error | docs/reference/conflict.md:13 | UnlistedStatusCode |"), summary);
        assertTrue(summary.contains("Only files changed since HEAD"), summary);
        String annotations = console.toString(StandardCharsets.UTF_8);
        assertTrue(annotations.startsWith("::error file=docs/reference/conflict.md,line=13,col=3,"
                + "title=UnlistedStatusCode::Status 200 is used here"), annotations);
        assertEquals(2, annotations.lines().count(), annotations);
        String html = Files.readString(written.get(ReviewReports.HTML_FILE));
        assertTrue(html.contains("<td class=\"offending\">409</td>"), html);
        assertTrue(html.contains("<b>409 Conflict</b>"), html);
    }
}
