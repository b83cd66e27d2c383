package io.github.dcslint.run;

import io.github.dcslint.baseline.Baseline;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link DcsRunner#writeBaseline(DcsRequest)} wrote.
 *
 * @param result   the findings the baseline holds
 * @param baseline the baseline written
 * @param file     where it was written
 * @param warnings what was skipped and why (files, cache entries), for the console
 */
public record BaselineOutcome(DcsResult result, Baseline baseline, Path file, List<String> warnings) {

    public BaselineOutcome {
        warnings = List.copyOf(warnings);
    }
}
