package io.github.dcslint.maven;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.check.CheckEngine;
import io.github.dcslint.check.DcsConfigurationException;
import io.github.dcslint.baseline.BaselineEntry;
import io.github.dcslint.report.ConsoleReport;
import io.github.dcslint.report.FindingContexts;
import io.github.dcslint.report.ReviewReports;
import io.github.dcslint.report.Finding;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.DcsRunner;
import io.github.dcslint.run.ReportFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Checks the status-code tables of the documentation, prints one line per finding, writes
 * {@code dcs-result.xml} (Checkstyle format) and {@code dcs-result.sarif}, and fails the build
 * when findings at or above {@code violationSeverity} exist. Runs without a pom too, in a plain
 * docs checkout.
 */
@Mojo(name = "verify-docs", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class VerifyDocsMojo extends AbstractDcsMojo {

    /** The placeholder the shipped rules file reads the suppressions file from. */
    static final String SUPPRESSIONS_PROPERTY = "dcs.suppressions";

    /**
     * The rules file (Checkstyle configuration format): {@code classpath:...}, a file path or a URL.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.rules", defaultValue = CheckEngine.DEFAULT_RULES)
    String rules;

    /**
     * Status-code catalogs to check against instead of the shipped ones, comma-separated:
     * {@code classpath:...}, file paths or URLs. Empty: the catalogs the rules file names.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.catalogs")
    List<String> catalogs;

    /**
     * A Checkstyle suppressions file ({@code <suppress checks="StatusNameMismatch"
     * files="legacy/.*"/>}), handed to the rules file as {@code ${dcs.suppressions}}; the shipped
     * rules file reads it with a {@code SuppressionFilter}. A path is relative to the base directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.suppressions")
    String suppressions;

    /**
     * Values for other {@code ${name}} placeholders of a custom rules file, e.g.
     * {@code <ruleProperties><org.catalog>docs/codes.csv</org.catalog></ruleProperties>}.
     *
     * @since 0.1.0
     */
    @Parameter
    Map<String, String> ruleProperties;

    /** The project's properties: a rules file may use them as {@code ${name}}. */
    @Parameter(defaultValue = "${project.properties}", readonly = true)
    Properties projectProperties;

    /** The command line's {@code -Dname=value}: a rules file may use them as {@code ${name}}. */
    @Parameter(defaultValue = "${session.userProperties}", readonly = true)
    Properties userProperties;

    /**
     * Whether findings at or above {@code violationSeverity} fail the build. With {@code false}
     * they are only reported.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /**
     * The lowest severity that fails the build: {@code error}, {@code warning} or {@code info}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.violationSeverity", defaultValue = "error")
    String violationSeverity;

    /**
     * Report files to write into the output directory, comma-separated: {@code xml}
     * ({@code dcs-result.xml}), {@code sarif} ({@code dcs-result.sarif}) and {@code plain}
     * ({@code dcs-result.txt}), and {@code github} (GitHub annotations on standard output, which
     * are on by themselves under GitHub Actions). The XML and SARIF reports, the pull-request
     * comment {@code dcs-summary.md} and the page {@code dcs-report.html} are always written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.formats", defaultValue = "xml,sarif")
    String formats;

    /**
     * A baseline file written by {@code mvn dcs:baseline}: findings in it are accepted, only new
     * ones are reported and fail the build; entries no finding matches are reported as stale.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.baseline")
    File baseline;

    /**
     * A git ref (branch, tag or commit, e.g. {@code origin/main}): only findings in files changed
     * since it (committed, staged, modified or new) are reported. The checks still read every
     * document, so cross-document findings on changed pages are found.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.ratchetFrom")
    String ratchetFrom;

    @Override
    protected void run(DcsRequest.Builder builder) throws MojoExecutionException, MojoFailureException {
        SeverityLevel threshold = severity(violationSeverity);
        List<String> catalogLocations = new ArrayList<>();
        for (String catalog : catalogs == null ? List.<String>of() : catalogs) {
            catalogLocations.addAll(splitList(catalog));
        }
        // As in maven-checkstyle-plugin: placeholders come from the project, then -D, then the
        // pom's ruleProperties, so the example rules file's -DorgCatalog=... works.
        builder.ruleProperty("basedir", baseDirectory.getPath());
        copyStrings(projectProperties, builder);
        copyStrings(userProperties, builder);
        if (ruleProperties != null) {
            ruleProperties.forEach((name, value) -> builder.ruleProperty(name, value == null ? "" : value));
        }
        if (suppressions != null && !suppressions.isBlank()) {
            builder.ruleProperty(SUPPRESSIONS_PROPERTY, baseDirectory.toPath().resolve(suppressions.trim()).toString());
        }
        DcsRequest request;
        try {
            request = builder.rulesLocation(rules.trim())
                    .catalogs(catalogLocations)
                    .formats(splitList(formats).stream().filter(f -> !isReviewFormat(f)).map(ReportFormat::of).toList())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("dcs configuration: " + e.getMessage(), e);
        }
        ReviewReports review = new ReviewReports(request, new ReviewReports.Options(
                baseline == null ? null : baseline.toPath(), ratchetFrom,
                splitList(formats).stream().anyMatch(VerifyDocsMojo::isReviewFormat), System.getenv()));
        DcsResult result = runChecks(request, review);
        report(request, result, getLog());
        int failing = result.countAtOrAbove(threshold);
        if (failing > 0 && failOnViolation) {
            throw new MojoFailureException(failureMessage(request, failing, threshold));
        }
    }

    private static void copyStrings(Properties properties, DcsRequest.Builder builder) {
        if (properties != null) {
            for (String name : properties.stringPropertyNames()) {
                builder.ruleProperty(name, properties.getProperty(name));
            }
        }
    }

    /** {@code github}: annotations outside GitHub Actions; not a report file of the runner's. */
    private static boolean isReviewFormat(String format) {
        return format.trim().equalsIgnoreCase(ReviewReports.GITHUB_FORMAT);
    }

    /**
     * Checks, narrows the findings by baseline and ratchet, then writes the base reports and the
     * review reports of what is left; the build fails only on what is reported.
     */
    private DcsResult runChecks(DcsRequest request, ReviewReports review) throws MojoExecutionException {
        try {
            DcsRunner runner = new DcsRunner();
            DcsResult all = runner.check(request);
            FindingContexts contexts = FindingContexts.parsing(all);
            ReviewReports.Outcome outcome = review.narrow(all, contexts);
            DcsResult shown = outcome.result().withReports(runner.writeReports(outcome.result(), request));
            // Workflow commands must start their line on standard output, so not through the Maven log.
            review.write(outcome, contexts, System.out);
            outcome.notes().forEach(getLog()::info);
            for (BaselineEntry stale : outcome.stale()) {
                getLog().warn("stale baseline entry (fixed, can go): " + stale.path() + " " + stale.rule() + " "
                        + stale.code() + " \"" + stale.text() + "\" x" + stale.count());
            }
            return shown;
        } catch (DcsConfigurationException e) {
            throw new MojoExecutionException("dcs configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dcs could not finish: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("internal error in dcs, please report it: " + e, e);
        }
    }

    /** The console part: skipped files, one line per finding at its severity's log level, counts. */
    static void report(DcsRequest request, DcsResult result, Log log) {
        for (String warning : result.warnings()) {
            log.warn(warning);
        }
        ConsoleReport console = new ConsoleReport(request.baseDirectory());
        for (Finding finding : console.ordered(result)) {
            String line = console.line(finding);
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                default -> log.info(line);
            }
        }
        log.info(console.summary(result));
        for (Path report : result.reports().values().stream().sorted().toList()) {
            log.info("dcs report: " + shown(request, report));
        }
    }

    static String failureMessage(DcsRequest request, int failing, SeverityLevel threshold) {
        Path sarif = request.outputDirectory().resolve(ReportFormat.SARIF.fileName());
        return "You have " + failing + " documentation finding" + (failing == 1 ? "" : "s") + " of severity "
                + threshold.getName() + (threshold == SeverityLevel.ERROR ? "" : " or above")
                + ". Fix the tables at the lines listed above (details in " + shown(request, sarif)
                + "), or run with -Ddcs.failOnViolation=false to report without failing.";
    }

    private static String shown(DcsRequest request, Path file) {
        Path base = request.baseDirectory();
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
    }

    static SeverityLevel severity(String name) throws MojoExecutionException {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (SeverityLevel level : List.of(SeverityLevel.ERROR, SeverityLevel.WARNING, SeverityLevel.INFO)) {
            if (level.getName().equals(wanted)) {
                return level;
            }
        }
        throw new MojoExecutionException("dcs configuration: violationSeverity \"" + name + "\" is not one of "
                + List.of(SeverityLevel.ERROR, SeverityLevel.WARNING, SeverityLevel.INFO).stream()
                .map(SeverityLevel::getName).collect(Collectors.joining(", ")));
    }
}
