package io.github.dcslint.report;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.run.DcsResult;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The findings as compiler-style lines, {@code path:line:col: severity: message [ID]}, which
 * terminals and IDEs turn into links, then one line of counts per severity. Paths are shown
 * relative to the directory the user runs in.
 */
public final class ConsoleReport {

    private final Path baseDirectory;

    /** Shows paths relative to {@code baseDirectory} (absolute for files outside it). */
    public ConsoleReport(Path baseDirectory) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    /** The path a user sees for a finding's file. */
    public String displayPath(Finding finding) {
        Path file = finding.file().toAbsolutePath().normalize();
        Path shown = file.startsWith(baseDirectory) ? baseDirectory.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }

    /** One finding as one line. */
    public String line(Finding finding) {
        return displayPath(finding) + ":" + finding.line() + ":" + finding.column() + ": "
                + finding.severity().getName() + ": " + finding.message() + " [" + finding.ruleId() + "]";
    }

    /** The findings in the order they are shown: by displayed path, then line and column. */
    public List<Finding> ordered(DcsResult result) {
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.sort(Comparator.comparing(this::displayPath).thenComparing(Finding.ORDER));
        return findings;
    }

    /** The closing line, e.g. {@code dcs checked 4 files: 2 errors, 1 warning, 0 info}. */
    public String summary(DcsResult result) {
        Map<SeverityLevel, Integer> counts = result.countsBySeverity();
        int files = result.files().size();
        return "dcs checked " + files + (files == 1 ? " file: " : " files: ")
                + plural(counts.get(SeverityLevel.ERROR), "error") + ", "
                + plural(counts.get(SeverityLevel.WARNING), "warning") + ", "
                + counts.get(SeverityLevel.INFO) + " info";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Every line: the findings, then the summary. */
    public List<String> lines(DcsResult result) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : ordered(result)) {
            lines.add(line(finding));
        }
        lines.add(summary(result));
        return lines;
    }

    /** Writes {@link #lines} with '\n' line ends (the plain report file). */
    public void write(DcsResult result, Writer out) throws IOException {
        for (String line : lines(result)) {
            out.write(line);
            out.write('\n');
        }
    }
}
