package io.github.dcslint.report;

import io.github.dcslint.io.AtomicFiles;
import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.catalog.StatusCatalog;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.Expectations;
import io.github.dcslint.testing.HandWrittenFindings;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    private static final Path ROOT = Expectations.testdata();
    private static final Path ERRORS = ROOT.resolve("review/baseline/errors-edited.md");

    private static String page(List<Finding> findings) throws Exception {
        FindingContexts contexts = FindingContexts.of(List.of(
                new DocumentParser(ParseOptions.forRoot(ERRORS.getParent())).parse(ERRORS)));
        StringWriter out = new StringWriter();
        new HtmlReport(new RepositoryPaths(ROOT), contexts, StatusCatalog.loadDefault())
                .write(findings, 3, List.of("1 finding is in the baseline"), out);
        return out.toString();
    }

    @Test
    void findingShowsItsRowWithTheCellMarkedAndTheCatalogsNameBeside() throws Exception {
        String html = page(HandWrittenFindings.of(ERRORS, "errors-edited.md"));
        assertTrue(html.contains("<h2>review/baseline/errors-edited.md</h2>"), html);
        assertTrue(html.contains("<p class=\"totals\">3 errors, 0 warnings, 0 info in 1 of 3 files</p>"), html);
        // the 404 row under the table's header, "Not found" marked, the catalog's "Not Found" beside it
        String notFound = article(html, "line 19, column 7");
        assertTrue(notFound.contains("<th>Error Code</th><th>Meaning</th>"), notFound);
        assertTrue(notFound.contains("<td>404</td><td class=\"offending\">Not found -- The specified kitten could "
                + "not be found.</td>"), notFound);
        assertTrue(notFound.contains("<b>404 Not Found</b>"), notFound);
        assertTrue(article(html, "line 20, column 1").contains("not <b>4O5</b>"), html);
        assertTrue(article(html, "line 21, column 7").contains("<b>410 Gone</b>"), html);
    }

    /**
     * Writes a sample page to {@code linter-core/target/html-report-sample/dcs-report.html} for
     * {@code scripts/screenshot-report.sh}; checks the file is the page.
     */
    @Test
    void samplePageForTheScreenshotScript() throws Exception {
        List<Finding> findings = new ArrayList<>(HandWrittenFindings.of(ERRORS, "errors-edited.md",
                java.util.Map.of("InvalidStatusCode", SeverityLevel.WARNING)));
        findings.add(new Finding(ROOT.resolve("review/baseline/errors.md"), "errors.md", 15, 7, SeverityLevel.INFO,
                "StatusNameMismatch", "Status 404 is named \"Not found\"; the catalog says \"Not Found\""));
        Path target = Expectations.projectRoot().resolve("linter-core/target/html-report-sample/dcs-report.html");
        String html = page(findings);
        AtomicFiles.writeText(target, out -> out.write(html));
        assertEquals(html, java.nio.file.Files.readString(target));
    }

    /** The finding article holding {@code where}. */
    private static String article(String html, String where) {
        Matcher m = Pattern.compile("<article(?:(?!</article>).)*" + Pattern.quote(where) + ".*?</article>",
                Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), () -> "no finding at " + where + " in " + html);
        return m.group();
    }

    @Test
    void everyTextIsEscapedAndNothingIsFetched() throws Exception {
        List<Finding> findings = new ArrayList<>(HandWrittenFindings.of(ERRORS, "errors-edited.md"));
        findings.add(new Finding(ROOT.resolve("x<y>.md"), "x<y>.md", 1, 1, SeverityLevel.WARNING,
                "Rule\"><script>alert(1)</script>", "<img src=http://example.com/x.png> & 'quotes'"));
        String html = page(findings);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;img src=http://example.com/x.png&gt; &amp; &#39;quotes&#39;"), html);
        assertTrue(html.contains("<h2>x&lt;y&gt;.md</h2>"), html);
        // no network: no attribute or style loads anything
        assertFalse(Pattern.compile("(src|href)=\"(?!#)|url\\(|@import", Pattern.CASE_INSENSITIVE)
                .matcher(html).find(), html);
        assertEquals(2, html.split("<section ").length - 1, "grouped by file");
    }
}
