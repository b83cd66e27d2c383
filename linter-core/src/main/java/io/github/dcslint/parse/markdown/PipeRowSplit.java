package io.github.dcslint.parse.markdown;

import java.util.Arrays;

/**
 * One pipe-table row split into pieces at its pipes, without reading inline markup, and whether
 * reading each piece on its own gives what flexmark's table extension gives by reading the whole
 * row at once.
 *
 * <p>GFM: "It is possible to include a pipe in a cell's content by escaping it, including inside
 * other inline spans". flexmark instead reads the row's inline markup first and takes as cell
 * separators only the pipes that are left over: a pipe inside a code span, an HTML tag, an
 * autolink or a link destination does not split, and one inside link text splits but is put
 * back into the cell afterwards. dcs reports cells as flexmark reads them, so a row whose markup
 * might span a pipe ({@link #UNSAFE}) is left to flexmark. (Brackets are checked as cells are
 * read, see {@link PipeTableReader}: a scan cannot tell which brackets open link text.) Emphasis never spans a pipe: flexmark
 * closes the emphasis delimiters at each separator; only the neighbours of a delimiter next to
 * a pipe differ between the two readings, which is also left to flexmark.
 */
final class PipeRowSplit {

    /** Markup in one piece might end in another: only flexmark's reading of the whole row is right. */
    static final PipeRowSplit UNSAFE = new PipeRowSplit(new int[0], 0, new boolean[0], new boolean[0]);

    private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~-";

    /** Offsets of the separating pipes, ascending. */
    final int[] pipes;
    final int pipeCount;
    /** Per piece (pipeCount + 1 of them): holds inline markup, so its text needs flexmark's inline parser. */
    final boolean[] markup;
    /** Per piece: holds a backtick (a code span may hold a bare pipe, a problem dcs reports). */
    final boolean[] backtick;

    private PipeRowSplit(int[] pipes, int pipeCount, boolean[] markup, boolean[] backtick) {
        this.pipes = pipes;
        this.pipeCount = pipeCount;
        this.markup = markup;
        this.backtick = backtick;
    }

    /** Start of piece {@code k}: the row's start or just after a pipe. */
    int pieceStart(int k, int rowStart) {
        return k == 0 ? rowStart : pipes[k - 1] + 1;
    }

    /** End of piece {@code k}: a pipe or the row's end. */
    int pieceEnd(int k, int rowEnd) {
        return k < pipeCount ? pipes[k] : rowEnd;
    }

    /**
     * Splits the row {@code source[start, end)}, already trimmed as flexmark's inline parser
     * trims its input. The pipes found are those flexmark's inline parser meets outside a
     * backslash escape (CommonMark: "Any ASCII punctuation character may be backslash-escaped");
     * a pipe inside other markup is found too, and that markup then spans two pieces: unsafe.
     */
    static PipeRowSplit of(String source, int start, int end) {
        // scanned on a copy: String.charAt tests the string's coder and bounds for every
        // character, and a row is read up to twice (its pieces' edges again)
        char[] row = new char[end - start];
        source.getChars(start, end, row, 0);
        int[] pipes = new int[8];
        int pipeCount = 0;
        boolean[] markup = new boolean[9];
        boolean[] backtick = new boolean[9];
        // what earlier pieces hold that may open markup closed in a later piece
        boolean ltBefore = false;
        boolean closeBracketBefore = false;
        boolean backtickBefore = false;
        boolean lt = false;
        boolean closeBracket = false;
        int pieceStart = start;
        for (int i = start; i < end; i++) {
            char c = row[i - start];
            if (!mayMatter(c)) {
                continue; // most of a row: letters, digits, spaces
            }
            if (c == '\\' && i + 1 < end && ESCAPABLE.indexOf(row[i + 1 - start]) >= 0) {
                i++;
                c = row[i - start];
                // escaped, so plain text here; but code spans, HTML and autolinks read a backslash
                // as text, so the character may still end one of those
                if (c == '|') {
                    continue;
                }
            } else if (c == '|') {
                if (!edgesSafe(row, start, pieceStart, i, pipeCount > 0 ? pipes[pipeCount - 1] : -1, i)) {
                    return UNSAFE;
                }
                if (pipeCount == pipes.length) {
                    pipes = Arrays.copyOf(pipes, pipeCount * 2);
                    markup = Arrays.copyOf(markup, pipeCount * 2 + 1);
                    backtick = Arrays.copyOf(backtick, pipeCount * 2 + 1);
                }
                backtickBefore |= backtick[pipeCount];
                ltBefore |= lt;
                closeBracketBefore |= closeBracket;
                lt = false;
                closeBracket = false;
                pipes[pipeCount++] = i;
                pieceStart = i + 1;
                continue;
            } else if (c == '*' || c == '[' || c == ']' || c == '<' || c == '`' || c == '\n' || c == '\r') {
                markup[pipeCount] = true;
            } else if (c == '_') {
                // an underscore run between letters or digits neither opens nor closes emphasis
                // (CommonMark: "A single _ character can open emphasis iff it is part of a
                // left-flanking delimiter run and either (a) not part of a right-flanking
                // delimiter run or (b) ... preceded by a Unicode punctuation character")
                int run = i;
                while (run < end && row[run - start] == '_') {
                    run++;
                }
                if (i == start || run == end || !isAsciiLetterOrDigit(row[i - 1 - start])
                        || !isAsciiLetterOrDigit(row[run - start])) {
                    markup[pipeCount] = true;
                }
                i = run - 1;
                continue;
            }
            switch (c) {
                case '`' -> {
                    if (backtickBefore) {
                        return UNSAFE; // a code span may run from an earlier piece to this one
                    }
                    backtick[pipeCount] = true;
                }
                case '<' -> lt = true;
                case '>' -> {
                    if (ltBefore) {
                        return UNSAFE; // HTML and autolinks end at '>'
                    }
                }
                case ']' -> closeBracket = true; // link text spanning a pipe: see PipeTableReader

                case ')' -> {
                    if (closeBracketBefore) {
                        return UNSAFE; // a link destination or title
                    }
                }
                default -> {
                }
            }
        }
        if (pipeCount > 0 && !edgesSafe(row, start, pieceStart, end, pipes[pipeCount - 1], -1)) {
            return UNSAFE;
        }
        return new PipeRowSplit(pipes, pipeCount, markup, backtick);
    }

    /**
     * Whether emphasis delimiters at the ends of the piece {@code [from, to)} read alike alone and
     * in the row. A delimiter run's neighbours decide whether it opens or closes (CommonMark's
     * left- and right-flanking runs); alone, a piece starts and ends at the edge of the text,
     * read as whitespace; in the row it continues across spaces (alike) or a pipe (punctuation).
     * Next to a pipe a run reads alike when its other neighbour is a letter or digit: a run
     * before a pipe is then right-flanking and not left-flanking either way, one after a pipe
     * left-flanking and not right-flanking ({@code **str**|}, frequent in generated docs).
     *
     * @param row the row's chars, {@code row[0]} at offset {@code base} of the source
     * @param pipeBefore the pipe before the piece, or -1 for the first piece
     * @param pipeAfter the pipe after it, or -1 for the last
     */
    private static boolean edgesSafe(char[] row, int base, int from, int to,
            int pipeBefore, int pipeAfter) {
        int first = from;
        while (first < to && isTrimmed(row[first - base])) {
            first++;
        }
        int last = to - 1;
        while (last >= first && isTrimmed(row[last - base])) {
            last--;
        }
        if (first > last) {
            return true;
        }
        char opening = row[first - base];
        if (pipeBefore >= 0 && isDelimiter(opening) && !isSpaceOrTab(row[first - 1 - base])) {
            int after = first;
            while (after <= last && row[after - base] == opening) {
                after++;
            }
            if (after > last || !isAsciiLetterOrDigit(row[after - base])) {
                return false;
            }
        }
        char closing = row[last - base];
        if (pipeAfter >= 0 && isDelimiter(closing) && !isSpaceOrTab(row[last + 1 - base])) {
            int before = last;
            while (before >= first && row[before - base] == closing) {
                before--;
            }
            return before >= first && isAsciiLetterOrDigit(row[before - base]);
        }
        return true;
    }

    /** The characters {@link #of} acts on, as bits: {@code \\n \\r ) * < >} and {@code [ \\ ] _ ` |}. */
    private static final long MATTERS_BELOW_64 = 1L << '\n' | 1L << '\r' | 1L << ')' | 1L << '*' | 1L << '<' | 1L << '>';
    private static final long MATTERS_FROM_64 = 1L << ('[' - 64) | 1L << ('\\' - 64) | 1L << (']' - 64)
            | 1L << ('_' - 64) | 1L << ('`' - 64) | 1L << ('|' - 64);

    /** Whether {@link #of} does anything on {@code c}: a test of one bit in place of a dozen comparisons. */
    private static boolean mayMatter(char c) {
        return c < 64 ? (MATTERS_BELOW_64 >>> c & 1) != 0 : c < 128 && (MATTERS_FROM_64 >>> (c - 64) & 1) != 0;
    }

    private static boolean isDelimiter(char c) {
        return c == '*' || c == '_';
    }

    private static boolean isSpaceOrTab(char c) {
        return c == ' ' || c == '\t';
    }

    /** flexmark's trim ({@code CharPredicate.WHITESPACE}). */
    static boolean isTrimmed(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
