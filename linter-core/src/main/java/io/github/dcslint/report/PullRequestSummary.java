package io.github.dcslint.report;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings as a Markdown pull-request comment ({@code dcs-summary.md}): one line of totals,
 * counts by rule and severity, then a table of findings (file:line, rule, message, the
 * offending cell's text), most severe first. The comment is cut with "… and N more" so it stays
 * under GitHub's limit on a comment's length.
 */
public final class PullRequestSummary {

    /** GitHub refuses an issue or pull-request comment longer than 65,536 characters. */
    public static final int GITHUB_COMMENT_LIMIT = 65_536;

    /** A longer message or cell is shortened, so one odd cell cannot crowd out the others. */
    static final int MAX_TEXT = 200;

    private static final SeverityLevel[] SHOWN = {SeverityLevel.ERROR, SeverityLevel.WARNING, SeverityLevel.INFO};

    private final RepositoryPaths paths;
    private final FindingContexts contexts;
    private final int limit;
    /** {@code https://github.com/OWNER/REPO/blob/SHA/}, or null: locations are then plain text. */
    private String blobBase;

    /**
     * @param paths    how files are shown (relative to the repository root)
     * @param contexts where the offending cells' text comes from
     * @param limit    the most characters (UTF-16 units, never fewer than GitHub counts) the comment may have
     */
    public PullRequestSummary(RepositoryPaths paths, FindingContexts contexts, int limit) {
        this.paths = paths;
        this.contexts = contexts;
        this.limit = limit;
    }

    public PullRequestSummary(RepositoryPaths paths, FindingContexts contexts) {
        this(paths, contexts, GITHUB_COMMENT_LIMIT);
    }

    /**
     * Makes each location a link to the file at that line on GitHub, from the variables GitHub
     * Actions sets ({@code GITHUB_SERVER_URL}, {@code GITHUB_REPOSITORY}, {@code GITHUB_SHA});
     * without them, locations stay plain text.
     */
    public PullRequestSummary linkingOnGithub(java.util.Map<String, String> environment) {
        String server = environment.get("GITHUB_SERVER_URL");
        String repository = environment.get("GITHUB_REPOSITORY");
        String sha = environment.get("GITHUB_SHA");
        if (server != null && repository != null && sha != null && sha.matches("[0-9a-f]{7,64}")
                && repository.matches("[A-Za-z0-9._-]+/[A-Za-z0-9._-]+") && server.matches("https?://[^\\s()<>]+")) {
            blobBase = server.replaceAll("/+$", "") + "/" + repository + "/blob/" + sha + "/";
        }
        return this;
    }

    /**
     * The comment for a run.
     *
     * @param findings     the findings to show (after baseline and ratchet)
     * @param filesChecked how many files were checked
     * @param notes        extra lines under the totals (baselined and stale counts, the ratchet's ref)
     * @param fullReport   where the full report is, named in the "… and N more" line
     */
    public String render(List<Finding> findings, int filesChecked, List<String> notes, String fullReport) {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(totals(findings, filesChecked)).append("\n\n");
        for (String note : notes) {
            out.append(escape(note)).append("\n\n");
        }
        if (findings.isEmpty()) {
            return out.toString();
        }
        out.append(countsByRule(findings)).append('\n');
        out.append("| Severity | Location | Rule | Message | Cell |\n");
        out.append("|---|---|---|---|---|\n");
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(ReviewOrder.MOST_SEVERE_FIRST);
        for (int i = 0; i < ordered.size(); i++) {
            String row = row(ordered.get(i));
            int left = ordered.size() - i;
            // Room must stay for the "more" line of every later cut, so test against the longest one.
            String more = moreLine(left, fullReport);
            if (out.length() + row.length() + more.length() > limit) {
                out.append(more);
                return out.toString();
            }
            out.append(row);
        }
        return out.toString();
    }

    /** Writes {@link #render} (the {@code dcs-summary.md} file). */
    public void write(List<Finding> findings, int filesChecked, List<String> notes, String fullReport, Writer out)
            throws IOException {
        out.write(render(findings, filesChecked, notes, fullReport));
    }

    /** {@code dcs: 2 errors, 1 warning, 0 info in 3 of 14 files}. */
    static String totals(List<Finding> findings, int filesChecked) {
        if (findings.isEmpty()) {
            return "dcs: no findings in " + plural(filesChecked, "file");
        }
        int[] counts = new int[SeverityLevel.values().length];
        findings.forEach(f -> counts[f.severity().ordinal()]++);
        long files = findings.stream().map(Finding::file).distinct().count();
        return "dcs: " + plural(counts[SeverityLevel.ERROR.ordinal()], "error") + ", "
                + plural(counts[SeverityLevel.WARNING.ordinal()], "warning") + ", "
                + counts[SeverityLevel.INFO.ordinal()] + " info in " + files + " of " + plural(filesChecked, "file");
    }

    private static String countsByRule(List<Finding> findings) {
        Map<String, int[]> byRule = new TreeMap<>();
        for (Finding finding : findings) {
            byRule.computeIfAbsent(finding.ruleId(), r -> new int[SeverityLevel.values().length])
                    [finding.severity().ordinal()]++;
        }
        StringBuilder table = new StringBuilder("| Rule | Errors | Warnings | Info |\n|---|---:|---:|---:|\n");
        byRule.forEach((rule, counts) -> {
            table.append("| ").append(escape(rule));
            for (SeverityLevel level : SHOWN) {
                table.append(" | ").append(counts[level.ordinal()]);
            }
            table.append(" |\n");
        });
        return table.toString();
    }

    private String row(Finding finding) {
        String cell = contexts.contextOf(finding).text();
        return "| " + finding.severity().getName()
                + " | " + location(finding)
                + " | " + escape(finding.ruleId())
                + " | " + escape(shorten(finding.message()))
                + " | " + (cell.isEmpty() ? "" : escape(shorten(cell)))
                + " |\n";
    }

    private String location(Finding finding) {
        String path = paths.of(finding);
        String text = escape(path + ":" + finding.line());
        if (blobBase == null || path.startsWith("/")) {
            return text;
        }
        return "[" + text + "](" + blobBase + urlPath(path) + "#L" + finding.line() + ")";
    }

    /** A '/'-separated path as URL path segments: anything but unreserved characters percent-encoded. */
    static String urlPath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String moreLine(int left, String fullReport) {
        return "\n… and " + left + " more " + (left == 1 ? "finding" : "findings") + "; the full list is in "
                + escape(fullReport) + "\n";
    }

    static String shorten(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
    }

    /**
     * Text made safe inside a GFM table cell: "It is possible to include a pipe in a cell's
     * content by escaping it" (GFM spec, tables), and "Any ASCII punctuation character may be
     * backslash-escaped" (GFM spec, backslash escapes), so markup in a cell (emphasis, links,
     * HTML) shows as written. Line breaks become {@code <br>}, the one way to break a line in
     * a table cell.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~', '!', '&', '$' ->
                        out.append('\\').append(c);
                case '\r' -> { }
                case '\n' -> out.append("<br>");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
