package io.github.dcslint.maven;

import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.report.FindingContexts;
import io.github.dcslint.report.HtmlReport;
import io.github.dcslint.report.ReviewReports;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.DcsRunner;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * The dcs page of {@code mvn site}: findings grouped by file, each with its table row and the
 * catalog's expected value. The same page is written standalone to
 * {@code target/dcs/dcs-report.html}, also by {@code mvn dcs:report} on its own. Never fails the
 * build: it reports. A {@link MavenReport} on the goals' own base class rather than an
 * {@code AbstractMavenReport}, so it takes the same parameters as {@code verify-docs} from one
 * declaration.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractCheckingMojo implements MavenReport {

    /**
     * A baseline file: findings in it are left off the page, as {@code verify-docs} leaves them.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.baseline")
    File baseline;

    /** Where the site puts its pages; set by the site plugin. */
    private File reportOutputDirectory;

    /** {@code mvn dcs:report}: the standalone page and the comment, nothing for the site. */
    @Override
    protected void run(DcsRequest.Builder builder) throws MojoExecutionException {
        try {
            body(builder);
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        String body;
        try {
            body = body(requestBuilder());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        sink.head();
        sink.title();
        sink.text("dcs");
        sink.title_();
        sink.head_();
        sink.body();
        // The page's own markup, so the site shows what dcs-report.html shows; all document text in
        // it is escaped by HtmlReport.
        sink.rawText("<style>" + HtmlReport.STYLE + "</style>\n" + body);
        sink.body_();
        sink.flush();
    }

    /** Checks, leaves out the baseline's findings, writes the standalone page; returns its body for the site. */
    private String body(DcsRequest.Builder builder) throws MavenReportException {
        try {
            DcsRequest request = builder.rulesLocation(rules.trim()).catalogs(catalogLocations()).build();
            DcsResult all = new DcsRunner().check(request);
            FindingContexts contexts = FindingContexts.parsing(all);
            // Annotations never: a site build is not a pull-request check.
            ReviewReports review = new ReviewReports(request, new ReviewReports.Options(
                    baseline == null ? null : baseline.toPath(), null, false, Map.of()));
            ReviewReports.Outcome outcome = review.narrow(all, contexts);
            review.write(outcome, contexts, System.out);
            return review.htmlBody(outcome, contexts);
        } catch (DcsConfigurationException | IllegalArgumentException e) {
            throw new MavenReportException("dcs configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MavenReportException("dcs could not finish: " + e.getMessage(), e);
        }
    }

    @Override
    public String getOutputName() {
        return "dcs-report";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "dcs";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Status-code tables of the documentation checked by dcs: each finding with its table row and "
                + "the catalog's expected value.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }
}
