package io.github.dcslint.parse.rst;

/**
 * Double-width characters take two columns in a table drawing: docutils pads each East Asian Wide
 * or Fullwidth character with a pad character before it measures columns
 * ({@code StringList.pad_double_width}), and removes the pads from the cell text afterwards.
 */
final class EastAsianWidth {

    static final String PAD = "\u0000";

    private EastAsianWidth() {
    }

    /** Whether Unicode gives {@code c} East_Asian_Width W or F (main blocks; BMP only). */
    static boolean isWide(char c) {
        if (c < 0x1100) {
            return false; // below the first wide block: every character of most lines, in one test
        }
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xA960 && c <= 0xA97F) || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE6F) || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6);
    }

    /** The line with a pad after every wide character. */
    static String pad(String s) {
        int wide = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isWide(s.charAt(i))) {
                wide++;
            }
        }
        if (wide == 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + wide);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c);
            if (isWide(c)) {
                b.append(PAD);
            }
        }
        return b.toString();
    }

    /** The index in {@code original} of the character at {@code paddedIndex} in its padded form. */
    static int sourceIndex(String original, int paddedIndex) {
        int padded = 0;
        int i = 0;
        while (i < original.length() && padded < paddedIndex) {
            padded += isWide(original.charAt(i)) ? 2 : 1;
            i++;
        }
        return i + Math.max(0, paddedIndex - padded);
    }

    /**
     * As {@link #sourceIndex(String, int)}, told whether the line has no wide character (then
     * {@link #pad} gives the line itself): its padded and source indexes are the same, so the
     * count over the line (once per cell line, which made wide tables quadratic) is skipped.
     */
    static int sourceIndex(String original, boolean narrow, int paddedIndex) {
        return narrow && paddedIndex >= 0 ? paddedIndex : sourceIndex(original, paddedIndex);
    }

    /** docutils' column_width: wide characters count two columns, combining characters none. */
    static int columnWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            width += isWide(c) ? 2 : 1;
        }
        return width;
    }
}
