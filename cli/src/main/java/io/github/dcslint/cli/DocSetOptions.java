package io.github.dcslint.cli;

import io.github.dcslint.facts.WorkspaceOptions;
import io.github.dcslint.run.DcsRequest;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/**
 * How a doc set's appendix (its local status-code catalog) and its status-code tables are found:
 * the Maven goals' {@code dcs.appendixPatterns}, {@code dcs.appendixTitle} and {@code dcs.columnRoles}.
 */
final class DocSetOptions {

    @Option(names = "--appendix-patterns", paramLabel = "GLOB", split = ",",
            description = "Patterns of the appendix pages (a doc set's list of status codes, its local catalog),"
                    + " relative to the doc set's root; '**/' matches any number of folders (default:"
                    + " ${DEFAULT-VALUE}); Maven: dcs.appendixPatterns.")
    List<String> appendixPatterns = new ArrayList<>(WorkspaceOptions.DEFAULT_APPENDIX_GLOBS);

    @Option(names = "--appendix-title", paramLabel = "REGEX",
            description = "A Java regular expression: a page whose whole title matches it (any case) is an appendix"
                    + " page too (default: ${DEFAULT-VALUE}); Maven: dcs.appendixTitle.")
    String appendixTitle = WorkspaceOptions.DEFAULT_APPENDIX_TITLE;

    @Option(names = "--column-roles", paramLabel = "LOCATION",
            description = "Column-role synonyms that tell status-code tables from others, in the format of the"
                    + " shipped dcs/column-roles.properties: classpath:... or a file path (default: the shipped"
                    + " ones); Maven: dcs.columnRoles.")
    String columnRoles;

    /** {@code builder} with these options set. */
    DcsRequest.Builder apply(DcsRequest.Builder builder) {
        return builder.appendixPatterns(SourceOptions.trimmed(appendixPatterns))
                .appendixTitle(appendixTitle)
                .columnRoles(columnRoles);
    }
}
