package io.github.dcslint.maven;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.report.ConsoleReport;
import io.github.dcslint.report.Finding;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.DcsRunner;
import io.github.dcslint.run.VerifyOutcome;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
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
public class VerifyDocsMojo extends AbstractCheckingMojo {

    /** The placeholder the shipped rules file reads the suppressions file from. */
    static final String SUPPRESSIONS_PROPERTY = "dcs.suppressions";

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
     * Whether parsed documents are kept in {@code cache} under the output directory
     * ({@code target/dcs/cache}), so a re-run parses only the files that changed. The findings are
     * always those of a full run (docs/cli.md, "The cache").
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.cache", defaultValue = "true")
    boolean cache;

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
        List<String> catalogLocations = catalogLocations();
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
                    .formatNames(splitList(formats))
                    .baselineFile(baseline == null ? null : baseline.toPath())
                    .ratchetFrom(ratchetFrom)
                    .cacheDirectory(cache ? outputDirectory().resolve("cache") : null)
                    .violationSeverity(threshold)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("dcs configuration: " + e.getMessage(), e);
        }
        VerifyOutcome outcome = verify(request);
        // Workflow commands must start their line on standard output, so not through the Maven log.
        System.out.print(outcome.annotations());
        System.out.flush();
        outcome.notes().forEach(getLog()::info);
        outcome.stale().forEach(stale -> getLog().warn(VerifyOutcome.describe(stale)));
        report(request, outcome, getLog());
        if (outcome.overThreshold() && failOnViolation) {
            throw new MojoFailureException(failureMessage(request, outcome.failing(), threshold));
        }
    }

    private static void copyStrings(Properties properties, DcsRequest.Builder builder) {
        if (properties != null) {
            for (String name : properties.stringPropertyNames()) {
                builder.ruleProperty(name, properties.getProperty(name));
            }
        }
    }

    private static VerifyOutcome verify(DcsRequest request) throws MojoExecutionException {
        try {
            return new DcsRunner().verify(request);
        } catch (DcsConfigurationException e) {
            throw new MojoExecutionException("dcs configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dcs could not finish: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("internal error in dcs, please report it: " + e, e);
        }
    }

    /** The console part: skipped files, one line per finding at its severity's log level, counts. */
    static void report(DcsRequest request, VerifyOutcome outcome, Log log) {
        DcsResult result = outcome.result();
        for (String warning : outcome.warnings()) {
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
            log.info("dcs report: " + VerifyOutcome.shown(request, report));
        }
    }

    static String failureMessage(DcsRequest request, int failing, SeverityLevel threshold) {
        return VerifyOutcome.failureMessage(request, failing, threshold, "-Ddcs.failOnViolation=false");
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
