package io.github.dcslint.maven;

import io.github.dcslint.check.CheckEngine;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;

/** What the goals that run the checks share besides the files: the rules and the catalogs. */
public abstract class AbstractCheckingMojo extends AbstractDcsMojo {

    /**
     * The rules file (Checkstyle configuration format): {@code classpath:...}, a file path or a URL.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.rules", defaultValue = CheckEngine.DEFAULT_RULES)
    String rules;

    /**
     * Status-code catalogs to check against instead of the shipped ones, comma-separated:
     * {@code classpath:...}, file paths or URLs. Empty: the catalogs the rules file names.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.catalogs")
    List<String> catalogs;

    /** The catalogs as one list; each element may itself be comma-separated (from -Ddcs.catalogs=a,b). */
    List<String> catalogLocations() {
        List<String> locations = new ArrayList<>();
        for (String catalog : catalogs == null ? List.<String>of() : catalogs) {
            locations.addAll(splitList(catalog));
        }
        return locations;
    }
}
