package io.github.dcslint.maven;

import io.github.dcslint.check.CheckEngine;
import io.github.dcslint.check.DcsConfigurationException;
import io.github.dcslint.report.FindingContexts;
import io.github.dcslint.report.HtmlReport;
import io.github.dcslint.report.ReviewReports;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.DcsRunner;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dcs page of {@code mvn site}: findings grouped by file, each with its table row and the
 * catalog's expected value. The same page is written standalone to
 * {@code target/dcs/dcs-report.html}. Never fails the build: it reports.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /**
     * The directories to scan, as for {@code verify-docs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.sources", defaultValue = "${basedir}")
    List<String> sources;

    /**
     * Patterns of files to read, as for {@code verify-docs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.includes", defaultValue = "**/*.rst,**/*.md")
    String includes;

    /**
     * Patterns of files and directories to leave out, as for {@code verify-docs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.excludes", defaultValue = "target,.git,node_modules,_build")
    String excludes;

    /**
     * The rules file, as for {@code verify-docs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.rules", defaultValue = CheckEngine.DEFAULT_RULES)
    String rules;

    /**
     * Status-code catalogs, as for {@code verify-docs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.catalogs")
    List<String> catalogs;

    /**
     * A baseline file: findings in it are left off the page, as {@code verify-docs} leaves them.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.baseline")
    File baseline;

    /**
     * Where the standalone page {@code dcs-report.html} (and the comment {@code dcs-summary.md})
     * are written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.outputDirectory", defaultValue = "${project.build.directory}/dcs")
    File dcsOutputDirectory;

    @Override
    public String getOutputName() {
        return "dcs-report";
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
    protected void executeReport(Locale locale) throws MavenReportException {
        Path base = project.getBasedir().toPath();
        DcsRequest.Builder builder = DcsRequest.builder(base)
                .includes(AbstractDcsMojo.splitList(includes))
                .excludes(AbstractDcsMojo.splitList(excludes))
                .outputDirectory(dcsOutputDirectory.toPath())
                .rulesLocation(rules.trim());
        for (String source : sources == null ? List.<String>of() : sources) {
            for (String one : AbstractDcsMojo.splitList(source)) {
                builder.sourceRoot(Path.of(one));
            }
        }
        List<String> catalogLocations = new ArrayList<>();
        for (String catalog : catalogs == null ? List.<String>of() : catalogs) {
            catalogLocations.addAll(AbstractDcsMojo.splitList(catalog));
        }
        String body;
        try {
            DcsRequest request = builder.catalogs(catalogLocations).build();
            DcsResult all = new DcsRunner().check(request);
            FindingContexts contexts = FindingContexts.parsing(all);
            // Annotations never: a site build is not a pull-request check.
            ReviewReports review = new ReviewReports(request, new ReviewReports.Options(
                    baseline == null ? null : baseline.toPath(), null, false, Map.of()));
            ReviewReports.Outcome outcome = review.narrow(all, contexts);
            review.write(outcome, contexts, System.out);
            body = review.htmlBody(outcome, contexts);
        } catch (DcsConfigurationException | IllegalArgumentException e) {
            throw new MavenReportException("dcs configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MavenReportException("dcs could not finish: " + e.getMessage(), e);
        }
        Sink sink = getSink();
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
}
