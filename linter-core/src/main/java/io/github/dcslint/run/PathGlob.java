package io.github.dcslint.run;

import java.util.regex.Pattern;

/**
 * An Ant-style glob over '/'-separated relative paths, as Maven users write them in
 * {@code includes}/{@code excludes}: {@code *} and {@code ?} stay inside one path segment,
 * {@code **} crosses segments, and {@code **}{@code /} also matches no directory at all, so
 * {@code **}{@code /*.rst} matches {@code index.rst} at the root (Java's own glob syntax would
 * not). A glob without '/' is matched against single names (file or directory), the way
 * {@code .gitignore} treats such patterns.
 */
final class PathGlob {

    private final String glob;
    private final Pattern pattern;
    private final boolean nameOnly;

    private PathGlob(String glob, Pattern pattern, boolean nameOnly) {
        this.glob = glob;
        this.pattern = pattern;
        this.nameOnly = nameOnly;
    }

    /** Compiles {@code glob}; a blank glob or one with a '\' is refused. */
    static PathGlob compile(String glob) {
        String g = glob.trim();
        if (g.isEmpty()) {
            throw new IllegalArgumentException("an empty glob matches nothing; remove it");
        }
        if (g.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("glob \"" + glob + "\" contains '\\'; write paths with '/'");
        }
        while (g.startsWith("./")) {
            g = g.substring(2);
        }
        if (g.startsWith("/")) {
            g = g.substring(1);
        }
        if (g.endsWith("/")) {
            // "docs/" means the directory docs and everything below it
            g = g + "**";
        }
        return new PathGlob(glob, Pattern.compile(toRegex(g)), g.indexOf('/') < 0);
    }

    /** Whether this glob has no '/' and so matches single names. */
    boolean matchesNames() {
        return nameOnly;
    }

    boolean matches(String pathOrName) {
        return pattern.matcher(pathOrName).matches();
    }

    private static String toRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 3;
            } else if (glob.startsWith("/**", i) && i + 3 == glob.length()) {
                regex.append("(?:/.*)?");
                i += 3;
            } else if (glob.startsWith("**", i)) {
                regex.append(".*");
                i += 2;
            } else if (c == '*') {
                regex.append("[^/]*");
                i++;
            } else if (c == '?') {
                regex.append("[^/]");
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }

    @Override
    public String toString() {
        return glob;
    }
}
