package io.github.dcslint.report;

import java.util.Comparator;

/** The order of reports a reviewer reads: most severe first, then the usual report order. */
final class ReviewOrder {

    /** Errors, then warnings, then info; within a severity by path, line and column. */
    static final Comparator<Finding> MOST_SEVERE_FIRST = Comparator.comparing(Finding::severity,
            Comparator.reverseOrder()).thenComparing(Finding.ORDER);

    private ReviewOrder() {
    }
}
