package io.github.dcslint.baseline;

import io.github.dcslint.report.Finding;

import java.util.List;

/**
 * A run's findings held against a baseline.
 *
 * @param newFindings findings the baseline does not accept: these are reported and fail the build
 * @param baselined   findings the baseline accepts
 * @param stale       entries (with the count left over) no finding matched any more: fixed, so
 *                    the baseline can shrink
 */
public record BaselineMatch(List<Finding> newFindings, List<Finding> baselined, List<BaselineEntry> stale) {

    public BaselineMatch {
        newFindings = List.copyOf(newFindings);
        baselined = List.copyOf(baselined);
        stale = List.copyOf(stale);
    }
}
