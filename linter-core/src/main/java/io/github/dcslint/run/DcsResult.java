package io.github.dcslint.run;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.report.Finding;
import io.github.dcslint.report.FindingContext;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one run found, kept in memory for the reports and for the caller's pass/fail decision
 * (reports never read each other back).
 *
 * @param sourceRoots the roots scanned, as in the request
 * @param files       every file checked, in scan order (by root, then path)
 * @param findings    every finding, in {@link Finding#ORDER}
 * @param warnings    what was skipped while scanning and why (links leaving a root, loops)
 * @param reports     the report files written, by format
 * @param contexts    what findings point at, resolved by the run while it held their documents
 *                    (reports parse the file again for a finding not here)
 */
public record DcsResult(List<Path> sourceRoots, List<SourceFile> files, List<Finding> findings, List<String> warnings,
                        Map<ReportFormat, Path> reports, Map<Finding, FindingContext> contexts) {

    public DcsResult {
        sourceRoots = List.copyOf(sourceRoots);
        files = List.copyOf(files);
        findings = findings.stream().sorted(Finding.ORDER).toList();
        warnings = List.copyOf(warnings);
        reports = Map.copyOf(reports);
        contexts = Map.copyOf(contexts);
    }

    /** A result whose findings' contexts the reports look up in the files. */
    public DcsResult(List<Path> sourceRoots, List<SourceFile> files, List<Finding> findings, List<String> warnings,
                     Map<ReportFormat, Path> reports) {
        this(sourceRoots, files, findings, warnings, reports, Map.of());
    }

    /** This result with other findings (a subset: their contexts stay known). */
    public DcsResult withFindings(List<Finding> kept) {
        return new DcsResult(sourceRoots, files, kept, warnings, reports, contexts);
    }

    /** This result with the report files that were written for it. */
    public DcsResult withReports(Map<ReportFormat, Path> written) {
        return new DcsResult(sourceRoots, files, findings, warnings, written, contexts);
    }

    /** How many findings there are of each severity, every severity present (0 if none). */
    public Map<SeverityLevel, Integer> countsBySeverity() {
        Map<SeverityLevel, Integer> counts = new EnumMap<>(SeverityLevel.class);
        for (SeverityLevel level : SeverityLevel.values()) {
            counts.put(level, 0);
        }
        for (Finding finding : findings) {
            counts.merge(finding.severity(), 1, Integer::sum);
        }
        return counts;
    }

    /** How many findings are at {@code threshold} or more severe. */
    public int countAtOrAbove(SeverityLevel threshold) {
        return (int) findings.stream().filter(f -> f.severity().compareTo(threshold) >= 0).count();
    }
}
