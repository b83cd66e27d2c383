package io.github.dcslint.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a cell of a code column reads: a status code alone ({@code 404}), one written wrongly
 * ({@code 4O4}, {@code 2xx}, {@code default}), a code followed by its reason phrase
 * ({@code 400 Bad Request}), or something else.
 *
 * @param codeText the code as written, or null when the cell does not start with one
 * @param code     the code when {@code codeText} is three digits 100-599, else null
 * @param name     what follows the code (the reason phrase), or null
 */
record StatusValue(String codeText, Integer code, String name) {

    /** The definition {@link #isReal} implements (kept for the test that compares them). A real status code: RFC 9110 "The status code of a response is a three-digit integer". */
    static final Pattern REAL = Pattern.compile("[1-5][0-9]{2}");
    /**
     * What an author meant as a code: three characters with a digit where letters look like
     * digits (O/o for 0, l/I for 1) or stand for any digit (x/X, as in 2xx), or OpenAPI's
     * {@code default}.
     */
    static final Pattern CODE_LIKE = Pattern.compile("(?=[^0-9]*[0-9])[0-9OoIlxX]{3}|(?i:default)");
    private static final Pattern CODE_AND_NAME = Pattern.compile(
            "((?=[^0-9]*[0-9])[0-9OoIlxX]{3})(?![0-9A-Za-z])[\\s:\\-\u2013\u2014]*(\\p{L}.*)");

    static final StatusValue NONE = new StatusValue(null, null, null);

    /** Reads the first line of a cell's text. */
    static StatusValue of(String cellText) {
        int first = 0;
        while (first < cellText.length() && Character.isWhitespace(cellText.charAt(first))) {
            first++;
        }
        if (first == cellText.length() || !mayStartCode(cellText.charAt(first))) {
            return NONE; // the fast path below, before any copy of the text
        }
        String text = cellText.strip();
        int newline = text.indexOf('\n');
        if (newline >= 0) {
            text = text.substring(0, newline).strip();
        }
        // Fast path: both patterns need a first character that can be part of a code (or the
        // "d" of "default"); most cells of a table are descriptions, and running the look-ahead
        // patterns over every long sentence was the largest cost of building a run's facts (JFR).
        if (text.isEmpty() || !mayStartCode(text.charAt(0))) {
            return NONE;
        }
        if (isCodeLike(text)) {
            return new StatusValue(text, number(text), null);
        }
        Matcher m = CODE_AND_NAME.matcher(text);
        if (m.matches()) {
            return new StatusValue(m.group(1), number(m.group(1)), m.group(2).strip());
        }
        return NONE;
    }

    /** {@code CODE_LIKE.matcher(text).matches()}, without a matcher per cell (a third of classifying). */
    static boolean isCodeLike(String text) {
        if (text.length() == 3) {
            boolean digit = false;
            for (int i = 0; i < 3; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digit = true;
                } else if ("OoIlxX".indexOf(c) < 0) {
                    return false;
                }
            }
            return digit;
        }
        if (text.length() != 7) {
            return false;
        }
        // (?i:default): without UNICODE_CASE, ASCII letters only
        for (int i = 0; i < 7; i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != "default".charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code c} can start a CODE_LIKE or CODE_AND_NAME match. */
    private static boolean mayStartCode(char c) {
        return (c >= '0' && c <= '9') || "OoIlxXdD".indexOf(c) >= 0;
    }

    /** The code when {@code text} is three digits 100-599, else null. */
    static Integer number(String text) {
        return text != null && isReal(text) ? Integer.valueOf(text) : null;
    }

    /** {@code REAL.matcher(text).matches()}: three ASCII digits, the first 1-5. */
    static boolean isReal(String text) {
        return text.length() == 3 && text.charAt(0) >= '1' && text.charAt(0) <= '5'
                && text.charAt(1) >= '0' && text.charAt(1) <= '9' && text.charAt(2) >= '0' && text.charAt(2) <= '9';
    }

    boolean isStatusLike() {
        return codeText != null;
    }

    boolean isReal() {
        return code != null;
    }

    boolean hasName() {
        return name != null;
    }
}
