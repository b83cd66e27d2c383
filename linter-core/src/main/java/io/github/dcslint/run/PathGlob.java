package io.github.dcslint.run;

import java.util.function.Predicate;
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
    /**
     * For the globs most rules use, what a match is without the regex (the scan matched every
     * file against every glob, 8 % of a cached run's main thread, JFR): {@code **}{@code /*.rst}
     * and {@code *.rst} match what ends with {@code .rst}, {@code target} what equals it.
     * Null for any other glob.
     */
    private final Predicate<String> literal;

    private PathGlob(String glob, Pattern pattern, boolean nameOnly, Predicate<String> literal) {
        this.glob = glob;
        this.pattern = pattern;
        this.nameOnly = nameOnly;
        this.literal = literal;
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
        // DOTALL: "**" also crosses a name with a line break in it, as the text matches below do
        return new PathGlob(glob, Pattern.compile(toRegex(g), Pattern.DOTALL), g.indexOf('/') < 0, literalMatch(g));
    }

    /** See {@link #literal}: the match of a glob that is a name, or {@code *} or {@code **}{@code /*} and a name. */
    private static Predicate<String> literalMatch(String glob) {
        if (glob.startsWith("**/*") && isPlainName(glob.substring(4))) {
            // "**/" matches any directories or none, and "*" any last name's start: what remains is its end
            String end = glob.substring(4);
            return path -> path.endsWith(end);
        }
        if (glob.startsWith("*") && isPlainName(glob.substring(1))) {
            // "*" stays inside one name (callers give a name-only glob names, which have no '/')
            String end = glob.substring(1);
            return path -> path.endsWith(end) && path.lastIndexOf('/', path.length() - end.length() - 1) < 0;
        }
        if (isPlainName(glob)) {
            return glob::equals;
        }
        return null;
    }

    private static boolean isPlainName(String text) {
        return text.indexOf('*') < 0 && text.indexOf('?') < 0 && text.indexOf('/') < 0;
    }

    /** Whether this glob has no '/' and so matches single names. */
    boolean matchesNames() {
        return nameOnly;
    }

    boolean matches(String pathOrName) {
        return literal != null ? literal.test(pathOrName) : pattern.matcher(pathOrName).matches();
    }

    /** {@link #matches} by the regex alone (tests compare the two). */
    boolean matchesByRegex(String pathOrName) {
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
