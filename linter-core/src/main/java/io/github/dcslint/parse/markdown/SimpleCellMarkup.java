package io.github.dcslint.parse.markdown;

/**
 * The text of the marked-up table cells generated API docs write most ({@code **200**},
 * {@code **GET** /api/v1/pods}, {@code [createMessage](/graph/api/x)},
 * {@code [**get_code**](VersionApi.md#get_code)}), read without flexmark's inline parser, which
 * was most of what reading a table still cost. Only shapes whose reading is certain are taken;
 * for any other cell {@link #text} answers null and flexmark reads it. The text is what
 * {@link InlineText#of} gives for flexmark's nodes of the cell (tests compare the two).
 */
final class SimpleCellMarkup {

    private SimpleCellMarkup() {
    }

    /**
     * The text of the cell {@code source[from, to)} (trimmed, read alone), or null if it is not
     * {@code **T**} or a link {@code [T](D)} / {@code [**T**](D)}, either followed by text, or
     * a shortcut reference {@code [T]} alone.
     */
    static String text(String source, int from, int to) {
        if (to - from < 3) {
            return null;
        }
        if (source.charAt(from) == '*' && to - from >= 5) {
            return strongThenText(source, from, to);
        }
        if (source.charAt(from) == '[') {
            return to - from >= 5 ? linkThenText(source, from, to) : shortcutReference(source, from, to);
        }
        return null;
    }

    /**
     * {@code [T]} and nothing after it, T text with a visible character: flexmark reads it as a
     * shortcut reference ({@code LinkRef}), defined or not, whose text is T, as {@link InlineText}
     * reads it (the 2,110 {@code [optional]} cells of the Kubernetes API docs were most of the
     * cells left to flexmark's inline parser).
     */
    private static String shortcutReference(String source, int from, int to) {
        int close = to - 1;
        if (source.charAt(close) != ']' || !plain(source, from + 1, close)) {
            return null;
        }
        String text = text(source, from + 1, close, close, close);
        return text.isEmpty() ? null : text;
    }

    /**
     * {@code **T**} then nothing or a space and text. CommonMark: the opening run is
     * "left-flanking" (followed by a non-space, preceded by the start of the text) and not
     * right-flanking, so it can only open; the closing run, after a non-space and before a space
     * or the end, can only close: strong emphasis of T.
     */
    private static String strongThenText(String source, int from, int to) {
        int textStart = from + 2;
        if (source.charAt(from + 1) != '*') {
            return null;
        }
        int textEnd = source.indexOf('*', textStart);
        if (textEnd < 0 || textEnd + 1 >= to || source.charAt(textEnd + 1) != '*'
                || !plain(source, textStart, textEnd) || !visibleAscii(source.charAt(textStart))
                || !visibleAscii(source.charAt(textEnd - 1))) {
            return null;
        }
        int after = textEnd + 2;
        if (after < to && (source.charAt(after) != ' ' && source.charAt(after) != '\t' || !plain(source, after, to))) {
            return null;
        }
        return text(source, textStart, textEnd, after, to);
    }

    /**
     * {@code [T](D)} or {@code [**T**](D)}, then any text: an inline link ("a link text followed
     * immediately by a left parenthesis, an optional link destination, ... and a right
     * parenthesis"), its text read as text. Inside the brackets the strong delimiters sit
     * between a bracket and a letter or digit: opening only and closing only.
     */
    private static String linkThenText(String source, int from, int to) {
        int textStart;
        int textEnd;
        int close;
        if (source.startsWith("**", from + 1)) {
            textStart = from + 3;
            textEnd = source.indexOf('*', textStart);
            if (textEnd < 0 || textEnd + 2 >= to || !source.startsWith("**]", textEnd)
                    || !plain(source, textStart, textEnd) || !asciiLetterOrDigit(source.charAt(textStart))
                    || !asciiLetterOrDigit(source.charAt(textEnd - 1))) {
                return null;
            }
            close = textEnd + 2;
        } else {
            textStart = from + 1;
            textEnd = source.indexOf(']', textStart);
            if (textEnd <= textStart || textEnd >= to || !plain(source, textStart, textEnd)) {
                return null;
            }
            close = textEnd;
            if (close + 1 == to) {
                return shortcutReference(source, from, to);
            }
        }
        if (close + 1 >= to || source.charAt(close + 1) != '(') {
            return null;
        }
        int destinationStart = close + 2;
        int destinationEnd = destinationStart;
        while (destinationEnd < to && isUrlCharacter(source.charAt(destinationEnd))) {
            destinationEnd++;
        }
        if (destinationEnd == destinationStart || destinationEnd >= to || source.charAt(destinationEnd) != ')'
                || !plain(source, destinationEnd + 1, to)) {
            return null;
        }
        return text(source, textStart, textEnd, destinationEnd + 1, to);
    }

    private static String text(String source, int textStart, int textEnd, int restStart, int restEnd) {
        String text = InlineText.unescape(source.substring(textStart, textEnd));
        if (restStart < restEnd) {
            text = text + InlineText.unescape(source.substring(restStart, restEnd));
        }
        return InlineText.normalizeSpaces(text).strip();
    }

    /**
     * Whether {@code source[from, to)} is text to flexmark's inline parser read alone, but for
     * opening brackets that nothing in it closes: each stays the text "[" (an image's "![" too)
     * unless a later cell of the row closes it, which {@link PipeTableReader} watches for. Long
     * generated descriptions write ranges such as {@code [0x0, 0x10000000000000000)}. Backslash
     * escapes and entities are read as {@link InlineText#plain} reads them.
     */
    static boolean isTextWithOpenBrackets(String source, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            switch (c) {
                case '`', '<', ']', '*', '\n', '\r' -> {
                    return false;
                }
                case '\\' -> i++; // an escaped character, or a backslash before another one
                case '_' -> {
                    int run = intrawordUnderscoresEnd(source, from, to, i);
                    if (run < 0) {
                        return false;
                    }
                    i = run - 1;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /**
     * Whether {@code source[from, to)} is text to flexmark's inline parser: none of its special
     * characters but entities ('&amp;', read as {@link InlineText#unescape} reads them) and
     * underscores between letters or digits (they neither open nor close emphasis).
     */
    private static boolean plain(String source, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            switch (c) {
                case '`', '<', '[', ']', '*', '\\', '!', '\n', '\r', '|' -> {
                    return false;
                }
                case '_' -> {
                    int run = intrawordUnderscoresEnd(source, from, to, i);
                    if (run < 0) {
                        return false;
                    }
                    i = run - 1;
                }
                default -> {
                }
            }
        }
        return true;
    }

    /**
     * Where the run of underscores at {@code i} ends, if it lies between letters or digits inside
     * {@code source[from, to)}: such a run neither opens nor closes emphasis (CommonMark's
     * flanking rules for {@code _}); -1 for any other run.
     */
    private static int intrawordUnderscoresEnd(String source, int from, int to, int i) {
        int run = i;
        while (run < to && source.charAt(run) == '_') {
            run++;
        }
        return i == from || run == to || !asciiLetterOrDigit(source.charAt(i - 1))
                || !asciiLetterOrDigit(source.charAt(run)) ? -1 : run;
    }

    /**
     * A link destination's character with no meaning to the destination parser (no space, quote,
     * parenthesis, bracket, backslash); an underscore there is no emphasis delimiter.
     */
    private static boolean isUrlCharacter(char c) {
        return asciiLetterOrDigit(c) || "-._~:/?#@$%&=+,;_".indexOf(c) >= 0;
    }

    /** A visible ASCII character other than '*': neither whitespace nor a delimiter to CommonMark. */
    private static boolean visibleAscii(char c) {
        return c > ' ' && c < 0x7f && c != '*';
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
