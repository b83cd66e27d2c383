package io.github.dcslint.parse.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of source lines as docutils' {@code StringList} holds them: tabs expanded, trailing
 * whitespace stripped, and (inside nested blocks) the common indentation removed. Each line
 * remembers its 1-based source line and the 0-based column its first character came from, so
 * every position reported later is a real source position.
 */
final class Lines {

    /**
     * Line i's text is {@code source[i]} from index {@code offset[i]} on (clamped to its length):
     * a nested block (a list item's, a directive's, a cell's indented lines) shares its parent's
     * strings and moves the offsets instead of cutting a substring of every line at each level.
     * {@code offset} is null when every offset is 0.
     */
    private final String[] source;
    private final int[] offset;
    /** The lines' texts as far as asked for ({@link #text}); the source itself when no offset. */
    private final String[] text;
    private final int[] line;
    private final int[] column;

    Lines(String[] text, int[] line, int[] column) {
        this(text, null, line, column);
    }

    private Lines(String[] source, int[] offset, int[] line, int[] column) {
        this.source = source;
        this.offset = offset;
        this.text = offset == null ? source : new String[source.length];
        this.line = line;
        this.column = column;
    }

    /** docutils' string2lines: split like Python's splitlines(), expand tabs (width 8), rstrip. */
    static Lines of(String source) {
        return of(source, Integer.MAX_VALUE);
    }

    /**
     * As {@link #of(String)}, but a line is not widened past {@code maxWidth} by its tabs: a
     * line of 15 million tabs (under the file-size limit) would otherwise become 120 million
     * spaces and exhaust the heap. Such a line is over the line limit, so it is no table line;
     * its remaining tabs count one column each.
     */
    static Lines of(String source, int maxWidth) {
        if (onlyLineFeeds(source)) {
            return ofLineFeeds(source);
        }
        // one pass: a line without tab, \v or \f is cut once, already right-stripped (the
        // split-then-strip of docutils, done naively, was a tenth of RST extraction)
        String[] text = new String[Math.max(16, source.length() / 40)];
        int count = 0;
        int n = source.length();
        int start = 0;
        boolean widens = false;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? source.charAt(i) : '\n';
            if (c >= 0x20 && c < 0x85) {
                continue; // printable ASCII: most characters, none of the cases below
            }
            if (c == '\t' || c == '\u000b' || c == '\f') {
                widens = true;
                continue;
            }
            // Python's str.splitlines() boundaries (\v and \f are first turned into spaces)
            if (c == '\n' || c == '\r' || c == '\u001c' || c == '\u001d' || c == '\u001e' || c == '\u0085'
                    || c == '\u2028' || c == '\u2029') {
                if (i == n && start == n) {
                    break;
                }
                if (count == text.length) {
                    text = java.util.Arrays.copyOf(text, count * 2);
                }
                text[count++] = widens ? rstrip(expandTabs(source.substring(start, i), maxWidth))
                        : rstripped(source, start, i);
                if (c == '\r' && i + 1 < n && source.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
                widens = false;
            }
        }
        int[] line = new int[count];
        for (int i = 0; i < count; i++) {
            line[i] = i + 1;
        }
        return new Lines(java.util.Arrays.copyOf(text, count), line, new int[count]);
    }

    /** No line boundary but LF, and nothing that widens (tab, \\v, \\f): each checked by String.indexOf, a vectorised search. */
    private static boolean onlyLineFeeds(String source) {
        for (char c : new char[] {'\r', '\t', '\u000b', '\f', '\u001c', '\u001d', '\u001e', '\u0085', '\u2028', '\u2029'}) {
            if (source.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** {@link #of} for text whose only line boundary is LF and that has no tab: lines found by indexOf. */
    private static Lines ofLineFeeds(String source) {
        String[] text = new String[Math.max(16, source.length() / 40)];
        int count = 0;
        int n = source.length();
        int start = 0;
        while (start < n) {
            int end = source.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            if (count == text.length) {
                text = java.util.Arrays.copyOf(text, count * 2);
            }
            text[count++] = rstripped(source, start, end);
            start = end + 1;
        }
        int[] line = new int[count];
        for (int i = 0; i < count; i++) {
            line[i] = i + 1;
        }
        return new Lines(java.util.Arrays.copyOf(text, count), line, new int[count]);
    }

    /** source[start, end) without trailing Unicode whitespace, as one substring. */
    private static String rstripped(String source, int start, int end) {
        while (end > start && InlineReducer.isSpace(source.charAt(end - 1))) {
            end--;
        }
        return source.substring(start, end);
    }

    /** Python's str.expandtabs(8), with \v and \f converted to spaces (docutils' convert_whitespace). */
    static String expandTabs(String s) {
        return expandTabs(s, Integer.MAX_VALUE);
    }

    /** As {@link #expandTabs(String)}; once the line is wider than {@code maxWidth}, a tab is one space. */
    static String expandTabs(String s, int maxWidth) {
        if (s.indexOf('\t') < 0 && s.indexOf('\u000b') < 0 && s.indexOf('\f') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' && b.length() > maxWidth) {
                b.append(' ');
            } else if (c == '\t') {
                int spaces = 8 - (b.length() % 8);
                for (int k = 0; k < spaces; k++) {
                    b.append(' ');
                }
            } else if (c == '\u000b' || c == '\f') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Python's str.rstrip(): drop trailing Unicode whitespace. */
    static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && InlineReducer.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return end == s.length() ? s : s.substring(0, end);
    }

    /** Python's str.strip(). */
    static String strip(String s) {
        int start = 0;
        String r = rstrip(s);
        while (start < r.length() && InlineReducer.isSpace(r.charAt(start))) {
            start++;
        }
        return r.substring(start);
    }

    int size() {
        return source.length;
    }

    boolean isEmpty() {
        return source.length == 0;
    }

    String text(int i) {
        String t = text[i];
        if (t == null) {
            String s = source[i];
            int from = offset[i];
            t = from == 0 ? s : from >= s.length() ? "" : s.substring(from);
            text[i] = t;
        }
        return t;
    }

    /** The string line i's text is a part of ({@link #start} on): read it there without a copy. */
    String source(int i) {
        return source[i];
    }

    /** Where line i's text starts in {@link #source}; it runs to the end of that string. */
    int start(int i) {
        return offset == null ? 0 : Math.min(offset[i], source[i].length());
    }

    /** The length of line i's text. */
    int length(int i) {
        return source[i].length() - start(i);
    }

    /** Character k of line i's text. */
    char charAt(int i, int k) {
        return source[i].charAt(start(i) + k);
    }

    /** Line i's text from {@code from} to {@code to}. */
    String substring(int i, int from, int to) {
        int s = start(i);
        return source[i].substring(s + from, s + to);
    }

    /** 1-based source line of line i. */
    int line(int i) {
        return line[i];
    }

    /** 0-based source column of the first character of line i. */
    int column(int i) {
        return column[i];
    }

    /** docutils' "blank": nothing left after stripping (lines are kept right-stripped). */
    boolean isBlank(int i) {
        return length(i) == 0;
    }

    Lines slice(int from, int to) {
        if (offset != null) {
            return sliceWithOffsets(from, to);
        }
        int len = Math.max(0, to - from);
        String[] s = new String[len];
        int[] l = new int[len];
        int[] c = new int[len];
        System.arraycopy(source, from, s, 0, len);
        System.arraycopy(line, from, l, 0, len);
        System.arraycopy(column, from, c, 0, len);
        return new Lines(s, null, l, c);
    }

    /** A copy with line i's text replaced by its substring from {@code cut} (column moves along). */
    Lines withCut(int i, int cut) {
        Lines copy = sliceWithOffsets(0, size());
        copy.move(i, cut);
        return copy;
    }

    /** docutils' trim_left: remove {@code length} characters from lines [start, end). */
    Lines trimLeft(int length, int start, int end) {
        Lines copy = sliceWithOffsets(0, size());
        for (int i = start; i < end; i++) {
            copy.move(i, length);
        }
        return copy;
    }

    /** Lines [from, to) with an offset array of their own, whether or not this one has one. */
    private Lines sliceWithOffsets(int from, int to) {
        int len = Math.max(0, to - from);
        String[] s = new String[len];
        int[] o = new int[len];
        int[] l = new int[len];
        int[] c = new int[len];
        System.arraycopy(source, from, s, 0, len);
        if (offset != null) {
            System.arraycopy(offset, from, o, 0, len);
        }
        System.arraycopy(line, from, l, 0, len);
        System.arraycopy(column, from, c, 0, len);
        Lines slice = new Lines(s, o, l, c);
        System.arraycopy(text, from, slice.text, 0, len);
        return slice;
    }

    /** Drops the first {@code k} characters of line i (as a substring would, clamped at its end) and moves its column on by k. */
    private void move(int i, int k) {
        if (k != 0) {
            // offsets add up (a substring of a substring); start() clamps them at the end of the
            // line, so the string itself is not read here
            offset[i] += k;
            text[i] = null;
        }
        column[i] += k;
    }

    /** Removes leading and trailing blank lines. */
    Lines trimBlankEnds() {
        int from = 0;
        int to = size();
        while (from < to && isBlank(from)) {
            from++;
        }
        while (to > from && isBlank(to - 1)) {
            to--;
        }
        return from == 0 && to == size() ? this : slice(from, to);
    }

    /** The lines joined with '\n' (as '\n'.join(StringList)). */
    String join(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append('\n');
            }
            b.append(source[i], start(i), source[i].length());
        }
        return b.toString();
    }

    String join() {
        return join(0, size());
    }

    /** The result of {@link #indented}: the block, its indent and whether it ended with a blank line. */
    record Indented(Lines block, int indent, boolean blankFinish, int end) {
    }

    /**
     * docutils' {@code StringList.get_indented}: all lines from {@code start} up to the first line
     * that is not indented (or not indented enough), with the common indentation removed.
     *
     * @param blockIndent the indent of the whole block if known, else -1
     * @param firstIndent the indent of the first line if known, else -1
     */
    Indented indented(int start, boolean untilBlank, boolean stripIndent, int blockIndent, int firstIndent) {
        int indent = blockIndent;
        int end = start;
        if (blockIndent >= 0 && firstIndent < 0) {
            firstIndent = blockIndent;
        }
        if (firstIndent >= 0) {
            end++;
        }
        int last = size();
        boolean blankFinish = true;
        while (end < last) {
            String s = source[end];
            int from = start(end);
            int length = s.length() - from;
            // the whitespace is measured in place: lstrip and strip made a substring of every line
            int lead = leadingSpace(s, from);
            if (length != 0 && (s.charAt(from) != ' '
                    || (blockIndent >= 0 && lead < Math.min(blockIndent, length)))) {
                // "Block finished properly iff the last indented line blank"
                blankFinish = end > start && isBlank(end - 1);
                break;
            }
            if (lead == length) {
                if (untilBlank) {
                    blankFinish = true;
                    break;
                }
            } else if (blockIndent < 0) {
                indent = indent < 0 ? lead : Math.min(indent, lead);
            }
            end++;
        }
        // slice, cut and trim_left of docutils in one copy of the block's arrays
        Lines block = sliceWithOffsets(start, end);
        if (firstIndent >= 0 && block.size() > 0) {
            block.move(0, firstIndent);
        }
        if (indent > 0 && stripIndent) {
            for (int k = firstIndent >= 0 ? 1 : 0; k < block.size(); k++) {
                block.move(k, indent);
            }
        }
        return new Indented(block, Math.max(indent, 0), blankFinish, end);
    }

    /** How many whitespace characters (Python's str.isspace()) the line starts with. */
    static int leadingSpace(String s) {
        return leadingSpace(s, 0);
    }

    /** How many whitespace characters the text from {@code from} on starts with. */
    private static int leadingSpace(String s, int from) {
        int i = from;
        while (i < s.length() && InlineReducer.isSpace(s.charAt(i))) {
            i++;
        }
        return i - from;
    }

    static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && InlineReducer.isSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    /** docutils' get_text_block: lines up to the first blank one; with flushLeft, also up to an indented one. */
    int textBlockEnd(int start, boolean flushLeft) {
        int end = start;
        while (end < size()) {
            if (isBlank(end)) {
                break;
            }
            if (flushLeft && charAt(end, 0) == ' ') {
                break;
            }
            end++;
        }
        return end;
    }
}
