package io.github.dcslint.run;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.baseline.BaselineEntry;
import io.github.dcslint.report.Finding;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link DcsRunner#verify(DcsRequest)} did, as data for a front end to show and to turn into
 * a build outcome or an exit code; nothing here has printed or failed anything.
 *
 * @param result      the findings to report and fail on (after baseline and ratchet), with the
 *                    report files written for them
 * @param all         every finding the checks made
 * @param baselined   findings the baseline accepts
 * @param stale       baseline entries no finding matches any more (fixed, can go)
 * @param notes       one line each about baseline and ratchet
 * @param reviewFiles the review reports written ({@code dcs-summary.md}, {@code dcs-report.html}), by name
 * @param annotations GitHub workflow commands for standard output, each on its own line; empty when
 *                    not wanted
 * @param warnings    what was skipped and why (files, cache entries), for the console
 * @param threshold   the request's {@link DcsRequest#violationSeverity()}
 * @param failing     how many reported findings are at or above {@code threshold}
 */
public record VerifyOutcome(DcsResult result, DcsResult all, List<Finding> baselined, List<BaselineEntry> stale,
                            List<String> notes, Map<String, Path> reviewFiles, String annotations,
                            List<String> warnings, SeverityLevel threshold, int failing) {

    public VerifyOutcome {
        baselined = List.copyOf(baselined);
        stale = List.copyOf(stale);
        notes = List.copyOf(notes);
        reviewFiles = Map.copyOf(reviewFiles);
        warnings = List.copyOf(warnings);
    }

    /** Whether findings at or above the threshold remain: the build fails on them unless told only to report. */
    public boolean overThreshold() {
        return failing > 0;
    }

    /** A stale entry as the console shows it. */
    public static String describe(BaselineEntry stale) {
        return "stale baseline entry (fixed, can go): " + stale.path() + " " + stale.rule() + " " + stale.code()
                + " \"" + stale.text() + "\" x" + stale.count();
    }

    /**
     * The build's failure message: how many findings, where the details are, and how to only
     * report them ({@code onlyReport}: the front end's own switch, e.g. {@code --no-fail-on-violation}).
     */
    public static String failureMessage(DcsRequest request, int failing, SeverityLevel threshold, String onlyReport) {
        return "You have " + failing + " documentation finding" + (failing == 1 ? "" : "s") + " of severity "
                + threshold.getName() + (threshold == SeverityLevel.ERROR ? "" : " or above")
                + ". Fix the tables at the lines listed above (details in "
                + shown(request, request.outputDirectory().resolve(ReportFormat.SARIF.fileName()))
                + "), or run with " + onlyReport + " to report without failing.";
    }

    /** A file as the console shows it: relative to the base directory when under it, '/' separated. */
    public static String shown(DcsRequest request, Path file) {
        Path base = request.baseDirectory();
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
    }
}
