package io.github.dcslint.cli;

import io.github.dcslint.check.CheckEngine;
import io.github.dcslint.run.DcsRequest;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** Which rules run and which catalogs they compare with: the same for verify and baseline. */
final class RulesOptions {

    @Option(names = "--rules", paramLabel = "LOCATION",
            description = "The rules file (Checkstyle configuration format): classpath:..., a file path or a URL"
                    + " (default: ${DEFAULT-VALUE}); Maven: dcs.rules.")
    String rules = CheckEngine.DEFAULT_RULES;

    @Option(names = "--catalogs", paramLabel = "LOCATION", split = ",",
            description = "Status-code catalogs layered over the shipped IANA catalog, later ones winning code by"
                    + " code: classpath:..., file paths or URLs; Maven: dcs.catalogs.")
    List<String> catalogs = new ArrayList<>();

    /** {@code builder} with these rules and catalogs. */
    DcsRequest.Builder apply(DcsRequest.Builder builder) {
        return builder.rulesLocation(rules.trim()).catalogs(SourceOptions.trimmed(catalogs));
    }
}
