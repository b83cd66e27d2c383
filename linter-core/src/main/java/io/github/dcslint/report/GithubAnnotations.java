package io.github.dcslint.report;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The findings as GitHub Actions workflow commands, which GitHub shows as annotations on the
 * pull request's changed lines:
 * {@code ::error file=docs/a.rst,line=14,col=7,title=StatusNameMismatch::message}.
 *
 * <p>GitHub keeps at most 10 annotations of each level per step and drops the rest silently, so
 * the most severe findings are emitted first, at most {@code perLevel} of each level, and a last
 * notice says how many were left out and where the full report is. Commands must start their
 * line on standard output: a Maven log prefix ({@code [INFO] }) would hide them, so the caller
 * prints them to {@code System.out} itself.
 */
public final class GithubAnnotations {

    /** GitHub's documented limit: "10 warning annotations and 10 error annotations per step". */
    public static final int GITHUB_LIMIT_PER_LEVEL = 10;

    private final RepositoryPaths paths;
    private final int perLevel;

    public GithubAnnotations(RepositoryPaths paths, int perLevel) {
        if (perLevel < 1) {
            throw new IllegalArgumentException("perLevel must be at least 1, not " + perLevel);
        }
        this.paths = paths;
        this.perLevel = perLevel;
    }

    public GithubAnnotations(RepositoryPaths paths) {
        this(paths, GITHUB_LIMIT_PER_LEVEL);
    }

    /** Whether to emit annotations: under GitHub Actions, or when the user asked for them. */
    public static boolean wanted(Map<String, String> environment, boolean askedFor) {
        return askedFor || "true".equals(environment.get("GITHUB_ACTIONS"));
    }

    /**
     * The commands, most severe first, then the notice about what was left out (if anything).
     *
     * @param fullReport where the full report is, named in the last notice
     */
    public List<String> commands(List<Finding> findings, String fullReport) {
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(ReviewOrder.MOST_SEVERE_FIRST);
        Map<SeverityLevel, Integer> total = new EnumMap<>(SeverityLevel.class);
        ordered.forEach(f -> total.merge(levelOf(f.severity()), 1, Integer::sum));
        boolean leavesOut = total.values().stream().anyMatch(n -> n > perLevel);
        Map<SeverityLevel, Integer> room = new EnumMap<>(SeverityLevel.class);
        room.put(SeverityLevel.ERROR, perLevel);
        room.put(SeverityLevel.WARNING, perLevel);
        // The closing notice is a notice too: it takes the last notice slot when it is needed.
        room.put(SeverityLevel.INFO, leavesOut ? perLevel - 1 : perLevel);
        List<Finding> shown = new ArrayList<>();
        int omitted = 0;
        for (Finding finding : ordered) {
            SeverityLevel level = levelOf(finding.severity());
            if (room.get(level) > 0) {
                room.merge(level, -1, Integer::sum);
                shown.add(finding);
            } else {
                omitted++;
            }
        }
        List<String> commands = new ArrayList<>();
        for (Finding finding : shown) {
            commands.add(command(finding));
        }
        if (omitted > 0) {
            commands.add("::notice title=" + property("dcs") + "::" + data(omitted + " more dcs "
                    + (omitted == 1 ? "finding is" : "findings are") + " not shown as annotations (GitHub shows "
                    + perLevel + " per level per step); the full report is " + fullReport));
        }
        return commands;
    }

    /** Prints the commands, one per line, at the start of the line. */
    public void print(List<Finding> findings, String fullReport, PrintStream out) {
        for (String command : commands(findings, fullReport)) {
            out.println(command);
        }
        out.flush();
    }

    /** One finding as one workflow command. */
    public String command(Finding finding) {
        return "::" + command(finding.severity())
                + " file=" + property(paths.of(finding))
                + ",line=" + finding.line()
                + ",col=" + finding.column()
                + ",title=" + property(finding.ruleId())
                + "::" + data(finding.message());
    }

    private static SeverityLevel levelOf(SeverityLevel severity) {
        return severity == SeverityLevel.IGNORE ? SeverityLevel.INFO : severity;
    }

    private static String command(SeverityLevel severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, IGNORE -> "notice";
        };
    }

    /** The message part, escaped as actions/toolkit's {@code escapeData}: %, CR and LF. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value, escaped as actions/toolkit's {@code escapeProperty}: also ':' and ','. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
