package io.github.dcslint.parse.rst;

/**
 * Whether {@code .. _name: uri} is a well-formed hyperlink target, docutils'
 * {@code explicit.patterns.target}: an anonymous {@code _}, or an optionally back-quoted name,
 * then an optional space, a colon and whitespace or the end. docutils joins the block's lines
 * one by one until the pattern matches; when it never does ("malformed hyperlink target."),
 * the construct is a comment.
 */
final class HyperlinkTarget {

    private HyperlinkTarget() {
    }

    /** {@code block} starts right after {@code .. _}. */
    static boolean isWellFormed(Lines block) {
        StringBuilder escaped = new StringBuilder();
        for (int k = 0; k < block.size(); k++) {
            escaped.append(InlineReducer.escape2null(block.text(k)));
            if (matches(escaped.toString())) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        if (s.charAt(0) == '_') {
            return colonAt(s, 1);
        }
        if (s.charAt(0) == '`') {
            if (n < 2 || s.charAt(1) == ' ' || s.charAt(1) == '`') {
                return false;
            }
            // lazy name: the first closing backquote after which the colon follows
            for (int close = 2; close < n; close++) {
                if (s.charAt(close) == '`' && !InlineReducer.isSpace(s.charAt(close - 1))
                        && s.charAt(close - 1) != InlineReducer.NULL && colonAt(s, close + 1)) {
                    return true;
                }
            }
            return false;
        }
        if (s.charAt(0) == ' ') {
            return false;
        }
        // lazy name: the first colon (optionally after one space) that ends it
        for (int end = 1; end <= n; end++) {
            char last = s.charAt(end - 1);
            if (InlineReducer.isSpace(last) || last == InlineReducer.NULL) {
                continue;
            }
            if (last == ':' && !(end >= 2 && s.charAt(end - 2) == InlineReducer.NULL)) {
                continue; // no unescaped colon at the end of the name
            }
            if (colonAt(s, end)) {
                return true;
            }
        }
        return false;
    }

    /** {@code [ ]?:([ ]+|$)} at {@code i}. */
    private static boolean colonAt(String s, int i) {
        int n = s.length();
        int k = i;
        if (k < n && s.charAt(k) == ' ') {
            k++;
        }
        if (k >= n || s.charAt(k) != ':') {
            return false;
        }
        return k + 1 == n || s.charAt(k + 1) == ' ';
    }
}
