package io.github.dcslint.check;

import io.github.dcslint.facts.Workspace;
import io.github.dcslint.report.Finding;

import java.util.List;
import java.util.Map;

/**
 * Runs the dcs checks as Checkstyle modules under Checkstyle's {@code Checker}, configured by a
 * Checkstyle-format rules file, over the documents of a {@link Workspace}.
 */
public final class CheckEngine {

    /** The rules file shipped in dcs-rules. */
    public static final String DEFAULT_RULES = "classpath:dcs/dcs-rules.xml";

    private CheckEngine() {
    }

    /**
     * Loads a rules file from {@code classpath:...}, a file path or a URL.
     *
     * @param properties values for {@code ${name}} placeholders in the rules file
     * @throws DcsConfigurationException naming file and line when the rules cannot be used
     */
    public static CheckEngine load(String rulesLocation, Map<String, String> properties)
            throws DcsConfigurationException {
        // TODO(checks): Checker + ConfigurationLoader
        return new CheckEngine();
    }

    /** Runs every configured check over the workspace's documents; findings in report order. */
    public List<Finding> run(Workspace workspace) {
        // TODO(checks)
        return List.of();
    }
}
