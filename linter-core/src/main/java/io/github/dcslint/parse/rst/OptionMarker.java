package io.github.dcslint.parse.rst;

/**
 * docutils' option list marker {@code option(, option)*(  +| ?$)} where an option is
 * {@code (-|\+)alnum( ?optarg)?} or {@code (--|/)optname([ =]optarg)?}, as a character loop.
 */
final class OptionMarker {

    private OptionMarker() {
    }

    /** The end of the option marker (trailing spaces included) at the start of {@code s}, or -1. */
    static int end(String s) {
        int pos = 0;
        while (true) {
            int[] ends = option(s, pos);
            if (ends == null) {
                return -1;
            }
            // the regex tries the longest option (with its argument) first, then without: go on
            // after ", " when another option follows, else the marker must end here
            int next = -1;
            for (int k = ends.length - 1; k >= 0 && next < 0; k--) {
                if (ends[k] >= 0 && s.startsWith(", ", ends[k]) && option(s, ends[k] + 2) != null) {
                    next = ends[k] + 2;
                }
            }
            if (next >= 0) {
                pos = next;
                continue;
            }
            for (int k = ends.length - 1; k >= 0; k--) {
                int t = ends[k] >= 0 ? terminator(s, ends[k]) : -1;
                if (t > 0) {
                    return t;
                }
            }
            return -1;
        }
    }

    /** {@code (  +| ?$)}: at least two spaces, or an optional space and the end. */
    private static int terminator(String s, int e) {
        int n = s.length();
        if (e == n) {
            return e;
        }
        if (s.charAt(e) != ' ') {
            return -1;
        }
        if (e + 1 == n) {
            return e + 1;
        }
        if (s.charAt(e + 1) != ' ') {
            return -1;
        }
        int k = e + 2;
        while (k < n && s.charAt(k) == ' ') {
            k++;
        }
        return k;
    }

    /** Possible ends of one option at {@code i}: {without argument, with argument} (-1: none). */
    private static int[] option(String s, int i) {
        int n = s.length();
        if (i >= n) {
            return null;
        }
        char c = s.charAt(i);
        if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-' || c == '/') {
            int start = c == '/' ? i + 1 : i + 2;
            if (start >= n || !alnum(s.charAt(start))) {
                return null;
            }
            int k = start + 1;
            while (k < n && (alnum(s.charAt(k)) || s.charAt(k) == '_' || s.charAt(k) == '-')) {
                k++;
            }
            int withArg = -1;
            if (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '=')) {
                withArg = optarg(s, k + 1);
            }
            return new int[] {k, withArg};
        }
        if ((c == '-' || c == '+') && i + 1 < n && alnum(s.charAt(i + 1))) {
            int k = i + 2;
            int withArg = optarg(s, k);
            if (withArg < 0 && k < n && s.charAt(k) == ' ') {
                withArg = optarg(s, k + 1);
            }
            return new int[] {k, withArg};
        }
        return null;
    }

    /** {@code [a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>}: the end of an option argument, or -1. */
    private static int optarg(String s, int i) {
        int n = s.length();
        if (i >= n) {
            return -1;
        }
        char c = s.charAt(i);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            int k = i + 1;
            while (k < n && (alnum(s.charAt(k)) || s.charAt(k) == '_' || s.charAt(k) == '-')) {
                k++;
            }
            return k;
        }
        if (c == '<') {
            int k = i + 1;
            while (k < n && s.charAt(k) != '<' && s.charAt(k) != '>') {
                k++;
            }
            return k < n && s.charAt(k) == '>' && k > i + 1 ? k + 1 : -1;
        }
        return -1;
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
