package io.github.dcslint.report;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One reported problem, as every report reads it.
 *
 * @param file     the file on disk
 * @param path     the file's path relative to its source root, '/' separated
 * @param line     1-based line of the cell the finding is about
 * @param column   1-based column of that cell's first content character
 * @param severity error, warning or info
 * @param ruleId   the rule's stable ID, e.g. {@code StatusNameMismatch}
 * @param message  one sentence, no trailing period
 */
public record Finding(Path file, String path, int line, int column, SeverityLevel severity, String ruleId,
                      String message) {

    /** By path, then line, then column, then rule: the order of every report. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);
}
