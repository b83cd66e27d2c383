package io.github.dcslint.testing;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.report.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Findings taken from the {@code expect} comments of a test input, for testing what reports,
 * baselines and ratchets do with findings without depending on the checks: the positions and
 * messages are the ones written by hand in the input.
 */
public final class HandWrittenFindings {

    private HandWrittenFindings() {
    }

    /**
     * The expectations of {@code file} as findings; the message is the expected fragment.
     *
     * @param path       the path the finding reports ('/' separated, relative to its root)
     * @param severities severity by rule ID; rules not named are errors
     */
    public static List<Finding> of(Path file, String path, Map<String, SeverityLevel> severities) throws IOException {
        return Expectations.of(file).stream()
                .map(e -> new Finding(file.toAbsolutePath().normalize(), path, e.line(), e.column(),
                        severities.getOrDefault(e.rule(), SeverityLevel.ERROR), e.rule(), e.fragment()))
                .sorted(Finding.ORDER)
                .toList();
    }

    public static List<Finding> of(Path file, String path) throws IOException {
        return of(file, path, Map.of());
    }
}
