package io.github.dcslint.facts;

import io.github.dcslint.model.Table;
import io.github.dcslint.status.StatusTable;
import io.github.dcslint.status.StatusTableClassifier;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How a {@link Workspace} finds each doc set's appendix (its local status-code catalog) and which
 * tables are status-code tables.
 *
 * @param appendixGlobs paths (relative to the doc-set root, '/' separated) of appendix pages;
 *                      {@code **}{@code /} matches any number of folders, {@code *} any part of a name
 * @param appendixTitle a document whose title matches this (whole title, case-insensitive) is an
 *                      appendix page too
 * @param classifier    reads a table as a status-code table, or empty
 */
public record WorkspaceOptions(List<String> appendixGlobs, Pattern appendixTitle,
                               Function<Table, Optional<StatusTable>> classifier) {

    public static final List<String> DEFAULT_APPENDIX_GLOBS =
            List.of("**/appendix/status_code*.rst", "**/appendix/status_code*.md");
    public static final String DEFAULT_APPENDIX_TITLE = "Status Codes?";

    public WorkspaceOptions {
        appendixGlobs = List.copyOf(appendixGlobs);
    }

    /** The defaults: {@link #DEFAULT_APPENDIX_GLOBS}, {@link #DEFAULT_APPENDIX_TITLE}, the shipped classifier. */
    public static WorkspaceOptions defaults() {
        StatusTableClassifier classifier = StatusTableClassifier.loadDefault();
        return new WorkspaceOptions(DEFAULT_APPENDIX_GLOBS, titlePattern(DEFAULT_APPENDIX_TITLE), classifier::classify);
    }

    public WorkspaceOptions withAppendixGlobs(List<String> globs) {
        return new WorkspaceOptions(globs, appendixTitle, classifier);
    }

    public WorkspaceOptions withAppendixTitle(String regex) {
        return new WorkspaceOptions(appendixGlobs, titlePattern(regex), classifier);
    }

    public WorkspaceOptions withClassifier(Function<Table, Optional<StatusTable>> newClassifier) {
        return new WorkspaceOptions(appendixGlobs, appendixTitle, newClassifier);
    }

    private static Pattern titlePattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A glob as a regular expression over '/'-separated relative paths. */
    static Pattern globToRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                if (i + 2 < glob.length() && glob.charAt(i + 2) == '/') {
                    re.append("(?:.*/)?");
                    i += 2;
                } else {
                    re.append(".*");
                    i++;
                }
            } else if (c == '*') {
                re.append("[^/]*");
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
