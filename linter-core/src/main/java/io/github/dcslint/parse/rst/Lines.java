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

    private final String[] text;
    private final int[] line;
    private final int[] column;

    Lines(String[] text, int[] line, int[] column) {
        this.text = text;
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
        return text.length;
    }

    boolean isEmpty() {
        return text.length == 0;
    }

    String text(int i) {
        return text[i];
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
        return text[i].isEmpty();
    }

    Lines slice(int from, int to) {
        int len = Math.max(0, to - from);
        String[] t = new String[len];
        int[] l = new int[len];
        int[] c = new int[len];
        System.arraycopy(text, from, t, 0, len);
        System.arraycopy(line, from, l, 0, len);
        System.arraycopy(column, from, c, 0, len);
        return new Lines(t, l, c);
    }

    /** A copy with line i's text replaced by its substring from {@code cut} (column moves along). */
    Lines withCut(int i, int cut) {
        Lines copy = slice(0, size());
        int k = Math.min(cut, copy.text[i].length());
        copy.text[i] = copy.text[i].substring(k);
        copy.column[i] += cut;
        return copy;
    }

    /** docutils' trim_left: remove {@code length} characters from lines [start, end). */
    Lines trimLeft(int length, int start, int end) {
        Lines copy = slice(0, size());
        for (int i = start; i < end; i++) {
            String s = copy.text[i];
            copy.text[i] = s.length() > length ? s.substring(length) : "";
            copy.column[i] += length;
        }
        return copy;
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
            b.append(text[i]);
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
            String s = text[end];
            // the whitespace is measured in place: lstrip and strip made a substring of every line
            int lead = leadingSpace(s);
            if (!s.isEmpty() && (s.charAt(0) != ' '
                    || (blockIndent >= 0 && lead < Math.min(blockIndent, s.length())))) {
                // "Block finished properly iff the last indented line blank"
                blankFinish = end > start && text[end - 1].isEmpty();
                break;
            }
            if (lead == s.length()) {
                if (untilBlank) {
                    blankFinish = true;
                    break;
                }
            } else if (blockIndent < 0) {
                indent = indent < 0 ? lead : Math.min(indent, lead);
            }
            end++;
        }
        Lines block = slice(start, end);
        if (firstIndent >= 0 && block.size() > 0) {
            block = block.withCut(0, firstIndent);
        }
        if (indent > 0 && stripIndent) {
            block = block.trimLeft(indent, firstIndent >= 0 ? 1 : 0, block.size());
        }
        return new Indented(block, Math.max(indent, 0), blankFinish, end);
    }

    /** How many whitespace characters (Python's str.isspace()) the line starts with. */
    static int leadingSpace(String s) {
        int i = 0;
        while (i < s.length() && InlineReducer.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
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
            String s = text[end];
            if (s.isEmpty()) {
                break;
            }
            if (flushLeft && s.charAt(0) == ' ') {
                break;
            }
            end++;
        }
        return end;
    }
}
