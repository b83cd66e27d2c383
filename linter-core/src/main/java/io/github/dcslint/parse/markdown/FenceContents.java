package io.github.dcslint.parse.markdown;

import java.util.Arrays;

/**
 * The lines inside fenced code blocks, taken out of a document before flexmark reads it. dcs
 * never reads code, yet flexmark takes every code line through its block parsers one by one:
 * half of the Kubernetes API docs' bytes are code, and reading a copy of them without it took
 * a sixth less time (measured in one JVM). The fences stay, so flexmark still sees the same
 * blocks; only empty ones.
 *
 * <p>Only fences dcs can be sure flexmark reads as fences of the document itself are emptied:
 * <ul>
 * <li>the opening line starts at column 0: no container of the CommonMark block structure
 * continues through such a line, and a fence interrupts a paragraph;</li>
 * <li>no line since the last emptied fence starts with a fence indented by one to three spaces,
 * whose closing line this could be;</li>
 * <li>what comes before cannot have opened an HTML block that would take the fence as its own
 * content: no line of the paragraph just before starts with {@code <} (HTML blocks of kinds 6
 * and 7 end at a blank line), and nothing since the last emptied fence may start one of kinds 1
 * to 5 ({@code <!}, {@code <?}, {@code <script}, {@code <pre}, {@code <style},
 * {@code <textarea}).</li>
 * </ul>
 * Once unsure, the rest of the document is left as it is. A fence closes as flexmark 0.64.8 closes it: a
 * line indented by at most three spaces, a run of the opening character at least as long as the
 * opening run, then only spaces and tabs. Documents with carriage returns are left as they are.
 *
 * <p>{@code FenceContentsTest} compares what dcs reads with and without this on the corpus,
 * testdata and random documents.
 */
final class FenceContents {

    /** Nothing taken out. */
    private static final int[] NONE = new int[0];

    private FenceContents() {
    }

    /**
     * A document with the contents of its fences taken out.
     *
     * @param text    what flexmark reads
     * @param at      offsets in {@code text}, ascending, where lines were taken out (each the start
     *                of the closing fence's line, or the end of the text for a fence left open)
     * @param removed how many lines were taken out at each of {@code at}
     */
    record Collapsed(String text, int[] at, int[] removed) {

        /** Whether anything was taken out. */
        boolean changed() {
            return at.length > 0;
        }

        /**
         * For each line of {@code text} (0-based, their starts {@code lineStarts}), how many lines
         * of the document were taken out before it: add it to a line number of {@code text} to
         * get the document's. Null when nothing was taken out.
         */
        int[] lineShifts(int[] lineStarts, int lineCount) {
            if (!changed()) {
                return null;
            }
            int[] shifts = new int[lineCount];
            int next = 0;
            int shift = 0;
            for (int line = 0; line < lineCount; line++) {
                while (next < at.length && at[next] <= lineStarts[line]) {
                    shift += removed[next++];
                }
                shifts[line] = shift;
            }
            return shifts;
        }
    }

    /** {@code source} as it is. */
    static Collapsed none(String source) {
        return new Collapsed(source, NONE, NONE);
    }

    /** {@code source} with the contents of the fences that are sure to be fences taken out. */
    static Collapsed collapse(String source) {
        if (source.indexOf('\r') >= 0) {
            return none(source);
        }
        int length = source.length();
        StringBuilder kept = null;
        int copiedTo = 0;
        int[] at = NONE;
        int[] removed = NONE;
        int count = 0;
        int checkedFrom = 0; // text after the last emptied fence, not yet checked for HTML
        int from = 0;
        Next backtickLine = new Next(source, "\n`");
        Next tildeLine = new Next(source, "\n~");
        Next tag = new Next(source, "<");
        Next backticks = new Next(source, "```");
        Next tildes = new Next(source, "~~~");
        while (true) {
            int open = nextLineStartingWithFence(source, from, backtickLine, tildeLine);
            if (open < 0) {
                break;
            }
            char fence = source.charAt(open);
            int run = runLength(source, open, fence);
            int openEnd = source.indexOf('\n', open);
            int lineEnd = openEnd < 0 ? length : openEnd;
            if (run < 3 || source.substring(open + run, lineEnd).indexOf(fence) >= 0) {
                from = open + 1; // not an opening fence: "``", or "```a`" (a code span)
                continue;
            }
            if (mayOpenHtmlBlock(source, tag, checkedFrom, open)
                    || indentedRun(source, backticks, checkedFrom, open) || indentedRun(source, tildes, checkedFrom, open)
                    || paragraphBeforeStartsHtml(source, checkedFrom, open)) {
                break;
            }
            if (openEnd < 0) {
                break; // a fence on the last line: nothing inside
            }
            int contentStart = openEnd + 1;
            int close = closingLine(source, contentStart, fence, run);
            int contentEnd = close < 0 ? length : close;
            if (contentEnd > contentStart) {
                if (kept == null) {
                    kept = new StringBuilder(length);
                }
                kept.append(source, copiedTo, contentStart);
                copiedTo = contentEnd;
                if (count == at.length) {
                    at = Arrays.copyOf(at, Math.max(8, count * 2));
                    removed = Arrays.copyOf(removed, at.length);
                }
                at[count] = kept.length();
                removed[count] = lineFeeds(source, contentStart, contentEnd);
                count++;
            }
            if (close < 0) {
                break; // the fence runs to the end of the document
            }
            int closeEnd = source.indexOf('\n', close);
            if (closeEnd < 0) {
                break;
            }
            checkedFrom = closeEnd + 1;
            from = closeEnd + 1;
        }
        if (kept == null) {
            return none(source);
        }
        kept.append(source, copiedTo, length);
        return new Collapsed(kept.toString(), Arrays.copyOf(at, count), Arrays.copyOf(removed, count));
    }

    /**
     * Where a string next occurs at or after a position, searched again only when asked about a
     * position past it: asked about ascending positions, the searches read the text once (a
     * search from each fence to the next tilde, of which there is none, read the rest of the
     * document each time).
     */
    private static final class Next {
        private final String source;
        private final String what;
        private int found = -2; // not searched yet; -1: none left

        Next(String source, String what) {
            this.source = source;
            this.what = what;
            if (source.indexOf(what.charAt(what.length() - 1)) < 0) {
                found = -1; // a search for one character is quicker than one for a string: most documents have no '~'
            }
        }

        int from(int position) {
            if (found != -1 && found < position) {
                found = source.indexOf(what, position);
            }
            return found;
        }
    }

    /** The start of the next line at or after {@code from} that starts with a backtick or tilde, or -1. */
    private static int nextLineStartingWithFence(String source, int from, Next backtickLine, Next tildeLine) {
        if (from == 0 && !source.isEmpty() && (source.charAt(0) == '`' || source.charAt(0) == '~')) {
            return 0;
        }
        int start = Math.max(0, from - 1);
        int backtick = backtickLine.from(start);
        int tilde = tildeLine.from(start);
        int next = backtick < 0 ? tilde : tilde < 0 ? backtick : Math.min(backtick, tilde);
        return next < 0 ? -1 : next + 1;
    }

    private static int runLength(String source, int from, char c) {
        int i = from;
        while (i < source.length() && source.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    /**
     * The start of the line closing a fence of {@code run} {@code fence} characters, searched
     * from {@code from}, or -1: flexmark's {@code ^(?:`{3,}|~{3,})(?=[ \t]*$)} after at most three
     * spaces (a tab there indents by four), the run at least as long as the opening one.
     */
    private static int closingLine(String source, int from, char fence, int run) {
        String three = fence == '`' ? "```" : "~~~";
        for (int found = source.indexOf(three, from); found >= 0; found = source.indexOf(three, found + 1)) {
            int lineStart = source.lastIndexOf('\n', found - 1) + 1;
            if (lineStart < from || found - lineStart > 3 || !onlySpaces(source, lineStart, found)) {
                continue;
            }
            int end = found + runLength(source, found, fence);
            if (end - found < run) {
                continue;
            }
            int i = end;
            while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
                i++;
            }
            if (i == source.length() || source.charAt(i) == '\n') {
                return lineStart;
            }
        }
        return -1;
    }

    private static boolean onlySpaces(String source, int from, int to) {
        for (int i = from; i < to; i++) {
            if (source.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static int lineFeeds(String source, int from, int to) {
        int count = 0;
        for (int i = source.indexOf('\n', from); i >= 0 && i < to; i = source.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }

    /**
     * Whether {@code source[from, to)} holds anything that may start an HTML block of kinds 1 to
     * 5, which blank lines do not end: {@code <!}, {@code <?}, or a tag name starting with s, p
     * or t ({@code script}, {@code pre}, {@code style}, {@code textarea}; more than those, to
     * stay simple and on the safe side).
     */
    private static boolean mayOpenHtmlBlock(String source, Next tag, int from, int to) {
        for (int i = tag.from(from); i >= 0 && i < to - 1; i = tag.from(i + 1)) {
            char next = Character.toLowerCase(source.charAt(i + 1));
            if (next == '!' || next == '?' || next == 's' || next == 'p' || next == 't') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line of {@code source[from, to)} starts with a fence run ({@code three} of its
     * characters) after one to three spaces: a fence of the document indented so would be closed
     * by a fence at column 0, and one inside a list item would not; dcs does not follow list
     * items, so it stops there.
     */
    private static boolean indentedRun(String source, Next three, int from, int to) {
        for (int i = three.from(from); i >= 0 && i < to; i = three.from(i + 1)) {
            int lineStart = Math.max(from, source.lastIndexOf('\n', i - 1) + 1);
            if (i > lineStart && i - lineStart <= 3 && onlySpaces(source, lineStart, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line of the lines right before {@code lineStart}, back to a blank line or
     * {@code from}, starts with {@code <} after its indentation: an HTML block of kind 6 or 7 may
     * be open there, and takes a fence as its content.
     */
    private static boolean paragraphBeforeStartsHtml(String source, int from, int lineStart) {
        int end = lineStart - 1; // the line feed ending the line before
        while (end > from) {
            int start = Math.max(from, source.lastIndexOf('\n', end - 1) + 1);
            int first = start;
            while (first < end && (source.charAt(first) == ' ' || source.charAt(first) == '\t')) {
                first++;
            }
            if (first == end) {
                return false; // a blank line
            }
            if (source.charAt(first) == '<') {
                return true;
            }
            end = start - 1;
        }
        return false;
    }
}
