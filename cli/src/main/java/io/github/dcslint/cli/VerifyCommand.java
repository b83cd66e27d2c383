package io.github.dcslint.cli;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.report.ConsoleReport;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsRunner;
import io.github.dcslint.run.VerifyOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code dcs verify}: the Maven goal {@code dcs:verify-docs}, with an exit code for the outcome. */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Checks the status-code tables under each PATH, prints one line per finding"
                + " (path:line:column: severity: message [RuleId]) and writes dcs-result.xml (Checkstyle format) and"
                + " dcs-result.sarif to the output directory.",
            "Exit code 0: no finding at or above --violation-severity; 1: such findings; 2: usage or"
                    + " configuration error; 3: internal error."})
final class VerifyCommand implements Callable<Integer> {

    /** The placeholder the shipped rules file reads the suppressions file from (as the Maven goal). */
    static final String SUPPRESSIONS_PROPERTY = "dcs.suppressions";

    @ParentCommand
    DcsCli parent;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sources = new SourceOptions();

    @Mixin
    DocSetOptions docSets = new DocSetOptions();

    @Mixin
    RulesOptions rules = new RulesOptions();

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "A Checkstyle suppressions file, handed to the rules file as $${dcs.suppressions};"
                    + " Maven: dcs.suppressions.")
    Path suppressions;

    @Option(names = {"-P", "--rule-property"}, paramLabel = "NAME=VALUE",
            description = "A value for a $${NAME} placeholder of a custom rules file (repeatable); Maven:"
                    + " <ruleProperties>.")
    Map<String, String> ruleProperties = new LinkedHashMap<>();

    @Option(names = "--violation-severity", paramLabel = "LEVEL", converter = SeverityConverter.class,
            description = "The lowest severity that gives exit code 1: error, warning or info (default: error);"
                    + " Maven: dcs.violationSeverity.")
    SeverityLevel violationSeverity = SeverityLevel.ERROR;

    @Option(names = "--fail-on-violation", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Whether findings at or above the threshold give exit code 1; --no-fail-on-violation only"
                    + " reports them (default: ${DEFAULT-VALUE}); Maven: dcs.failOnViolation.")
    boolean failOnViolation;

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",",
            description = "Report files to write: xml (dcs-result.xml), sarif (dcs-result.sarif), plain"
                    + " (dcs-result.txt), and github (annotations on standard output; on by themselves under GitHub"
                    + " Actions); xml and sarif are always written (default: xml,sarif); Maven: dcs.formats.")
    List<String> formats = new ArrayList<>(List.of("xml", "sarif"));

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "A baseline written by 'dcs baseline': its findings are accepted, only new ones are reported"
                    + " and fail; entries nothing matches any more are reported as stale; Maven: dcs.baseline.")
    Path baseline;

    @Option(names = "--ratchet-from", paramLabel = "REF",
            description = "A git ref (e.g. origin/main): only findings in files changed since it are reported; every"
                    + " document is still read; Maven: dcs.ratchetFrom.")
    String ratchetFrom;

    @Mixin
    CacheOptions cache = new CacheOptions();

    @Override
    public Integer call() throws DcsConfigurationException, IOException {
        Path base = parent.baseDirectory();
        DcsRequest.Builder builder = rules.apply(cache.apply(docSets.apply(sources.toRequest(base)), base))
                .formatNames(formats)
                .baselineFile(baseline == null ? null : base.resolve(baseline).normalize())
                .ratchetFrom(ratchetFrom)
                .violationSeverity(violationSeverity);
        // as the Maven goal: ${basedir} first, then the user's values
        builder.ruleProperty("basedir", base.toString());
        ruleProperties.forEach(builder::ruleProperty);
        if (suppressions != null) {
            builder.ruleProperty(SUPPRESSIONS_PROPERTY, base.resolve(suppressions).normalize().toString());
        }
        DcsRequest request = builder.build();
        VerifyOutcome outcome = new DcsRunner().verify(request);
        report(request, outcome);
        if (outcome.overThreshold() && failOnViolation) {
            spec.commandLine().getErr().println(failureMessage(request, outcome.failing(), violationSeverity));
            return DcsCli.EXIT_FINDINGS;
        }
        return DcsCli.EXIT_OK;
    }

    /**
     * The console part, as the Maven goal logs it: GitHub annotations (each at the start of its
     * line on standard output), baseline and ratchet notes, skipped files, one line per finding,
     * counts, report files.
     */
    private void report(DcsRequest request, VerifyOutcome outcome) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.print(outcome.annotations());
        outcome.notes().forEach(note -> err.println("dcs: " + note));
        outcome.stale().forEach(stale -> err.println("dcs: " + VerifyOutcome.describe(stale)));
        outcome.warnings().forEach(w -> err.println("dcs: warning: " + w));
        ConsoleReport console = new ConsoleReport(request.baseDirectory());
        console.lines(outcome.result()).forEach(out::println);
        for (Path file : outcome.result().reports().values().stream().sorted().toList()) {
            out.println("dcs report: " + VerifyOutcome.shown(request, file));
        }
    }

    static String failureMessage(DcsRequest request, int failing, SeverityLevel threshold) {
        return VerifyOutcome.failureMessage(request, failing, threshold, "--no-fail-on-violation");
    }

    /** error, warning, info (any case); "ignore" is not a threshold. */
    static final class SeverityConverter implements ITypeConverter<SeverityLevel> {
        @Override
        public SeverityLevel convert(String value) {
            String wanted = value.trim().toLowerCase(Locale.ROOT);
            for (SeverityLevel level : List.of(SeverityLevel.ERROR, SeverityLevel.WARNING, SeverityLevel.INFO)) {
                if (level.getName().equals(wanted)) {
                    return level;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("\"" + value + "\" is not one of error, warning,"
                    + " info");
        }
    }
}
