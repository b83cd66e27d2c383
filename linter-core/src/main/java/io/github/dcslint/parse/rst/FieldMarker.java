package io.github.dcslint.parse.rst;

/**
 * docutils' field marker {@code :(?![: ])([^:\\]|\\.|:(?!([ `]|$)))*(?<! ):( +|$)}, as a
 * character loop. spec: "A field name may consist of any characters, but colons (":") inside of
 * field names must be backslash-escaped when followed by whitespace."
 */
final class FieldMarker {

    private FieldMarker() {
    }

    /** The end of the field marker (trailing spaces included) at the start of {@code s}, or -1. */
    static int end(String s) {
        int n = s.length();
        if (n < 3 || s.charAt(0) != ':' || s.charAt(1) == ':' || s.charAt(1) == ' ') {
            return -1;
        }
        int i = 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    return -1;
                }
                i += 2;
            } else if (c == ':') {
                if (i + 1 == n || s.charAt(i + 1) == ' ') {
                    // the closing colon: not after a space, then spaces or the end of the line
                    if (s.charAt(i - 1) == ' ' || i == 1) {
                        return -1;
                    }
                    int k = i + 1;
                    while (k < n && s.charAt(k) == ' ') {
                        k++;
                    }
                    return k;
                }
                if (s.charAt(i + 1) == '`') {
                    return -1;
                }
                i++;
            } else {
                i++;
            }
        }
        return -1;
    }
}
