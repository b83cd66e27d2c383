package io.github.dcslint.parse.rst;

import io.github.dcslint.model.Problem;
import io.github.dcslint.model.TableKind;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Grid tables, a port of docutils 0.19's {@code Body.isolate_grid_table} and
 * {@code tableparser.GridTableParser}. spec: "Grid tables are described with a visual grid made up
 * of the characters "-", "=", "|", and "+". The hyphen ("-") is used for horizontal lines (row
 * separators). The equals sign ("=") may be used to separate optional header rows from the table
 * body. The vertical bar ("|") is used for vertical lines (column separators). The plus sign ("+")
 * is used for intersections of horizontal and vertical lines."
 */
final class GridTableParser {

    /** Answers whether a grid table starts on a line. */
    static final class Factory {

        private Factory() {
        }

        /** docutils' grid_table_top_pat {@code \+-[-+]+-\+ *$} (the line is already right-stripped). */
        static boolean tryStart(String line) {
            return isBorder(line);
        }
    }

    private final char[][] block;
    private final int bottom;
    private final int right;
    private int headBodySep = -1;
    private final int[] done;
    private final List<int[]> cells = new ArrayList<>();
    /** Row and column separator positions met so far (sets of small ints: bits, not boxed trees). */
    private final java.util.BitSet rowSeps = new java.util.BitSet();
    private final java.util.BitSet colSeps = new java.util.BitSet();

    private GridTableParser(char[][] block) {
        this.block = block;
        this.bottom = block.length - 1;
        this.right = block[0].length - 1;
        this.done = new int[block[0].length];
        java.util.Arrays.fill(done, -1);
        rowSeps.set(0);
        colSeps.set(0);
    }

    /**
     * Whether {@code row}, a line's characters, is its own padded, stripped block row: no wide
     * character (no pad added), no NUL (the pad character, removed from cell text), no
     * whitespace at either end (the block rows are stripped). Scanned on the copied chars, not
     * with String.charAt: each charAt tests the string's coder and bounds, and the grid tables'
     * lines are 7.5 of the corpus's 8.6 MB of RST (this scan was a fifth of reading RST, JFR).
     */
    private static boolean isPlain(char[] row) {
        if (!isStripped(row)) {
            return false;
        }
        for (char c : row) {
            if (c == 0 || EastAsianWidth.isWide(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code row} has no whitespace at either end: its own block row when it has no wide character or NUL. */
    private static boolean isStripped(char[] row) {
        int n = row.length;
        return n > 0 && !InlineReducer.isSpace(row[0]) && !InlineReducer.isSpace(row[n - 1]);
    }

    static boolean isBorder(CharSequence s) {
        int n = s.length();
        if (n < 4 || s.charAt(0) != '+' || s.charAt(1) != '-') {
            return false;
        }
        int end = n;
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end < 4 || s.charAt(end - 1) != '+' || s.charAt(end - 2) != '-') {
            return false;
        }
        for (int i = 2; i < end - 2; i++) {
            char c = s.charAt(i);
            if (c != '-' && c != '+') {
                return false;
            }
        }
        return true;
    }

    /** {@code \+=[=+]+=\+ *$}: the line that separates header rows from body rows. */
    private static boolean isHeadBodySeparator(char[] s) {
        int n = s.length;
        while (n > 0 && s[n - 1] == ' ') {
            n--;
        }
        if (n < 4 || s[0] != '+' || s[1] != '=' || s[n - 1] != '+' || s[n - 2] != '=') {
            return false;
        }
        for (int i = 2; i < n - 2; i++) {
            if (s[i] != '=' && s[i] != '+') {
                return false;
            }
        }
        return true;
    }

    /**
     * Isolates and parses the grid table whose top border is line {@code start} of {@code lines}.
     */
    static TableResult parse(Lines lines, int start) {
        return parse(lines, start, true, true, false);
    }

    /**
     * As {@link #parse(Lines, int)}; with {@code cutFromLines} false, every block row is made by
     * padding and stripping the line's text and every cell line from the padded block's chars,
     * never copied or cut from the source line (tests compare the two).
     */
    static TableResult parse(Lines lines, int start, boolean cutFromLines) {
        return parse(lines, start, cutFromLines, true);
    }

    /**
     * As {@link #parse(Lines, int, boolean)}; with {@code regularShortcut} false, every table's
     * cells are traced corner by corner, a regular grid's too (tests compare the two).
     */
    static TableResult parse(Lines lines, int start, boolean cutFromLines, boolean regularShortcut) {
        return parse(lines, start, cutFromLines, regularShortcut, false);
    }

    /**
     * As {@link #parse(Lines, int, boolean, boolean)}; {@code narrowText}: the text is known to
     * hold no wide character and no NUL (ASCII text, say), so its lines need no pads, nor a
     * search for characters to pad.
     */
    static TableResult parse(Lines lines, int start, boolean cutFromLines, boolean regularShortcut,
                             boolean narrowText) {
        // docutils: get_text_block(flush_left=True); an indented line ends the block
        int end = lines.textBlockEnd(start, true);
        boolean blankFinish = end >= lines.size() || lines.isBlank(end);
        // block row i is line start + i of lines
        char[][] chars = new char[end - start][];
        boolean[] narrow = new boolean[chars.length];
        boolean[] asIs = new boolean[chars.length];
        for (int i = 0; i < chars.length; i++) {
            int row = start + i;
            String source = lines.source(row);
            int from = lines.start(row);
            if (cutFromLines) {
                // no pad and nothing to strip (most lines): the row is the line's characters,
                // copied once from the string it shares with its enclosing blocks
                char[] line = new char[source.length() - from];
                source.getChars(from, source.length(), line, 0);
                if (narrowText ? isStripped(line) : isPlain(line)) {
                    chars[i] = line;
                    narrow[i] = true;
                    asIs[i] = true;
                    continue;
                }
            }
            String text = lines.text(row);
            String pad = EastAsianWidth.pad(text);
            narrow[i] = pad == text; // pad gives the line itself when it has no wide character
            String padded = Lines.strip(pad);
            chars[i] = padded.toCharArray();
            // the block row is the line's own characters: cell text can be cut from the line
            asIs[i] = cutFromLines && padded == text && text.indexOf(EastAsianWidth.PAD.charAt(0)) < 0;
        }
        int width = chars[0].length;
        int count = chars.length;
        for (int i = 0; i < chars.length; i++) {
            // check left edge
            if (chars[i].length == 0 || (chars[i][0] != '+' && chars[i][0] != '|')) {
                blankFinish = false;
                count = i;
                break;
            }
        }
        int firstLine = lines.line(start);
        int tableColumn = lines.column(start);
        int next = start + count;
        if (!isBorder(CharBuffer.wrap(chars[count - 1]))) {
            // find bottom: from second-last to third line of table
            blankFinish = false;
            int found = -1;
            for (int i = count - 2; i > 1; i--) {
                if (isBorder(CharBuffer.wrap(chars[i]))) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                int bad = start + count - 1;
                return new TableResult(null, new Problem(firstLine, tableColumn + 1, "Malformed table: grid table has"
                        + " no bottom border (line " + lines.line(bad) + " is its last line); end it with a border"
                        + " line like its top one"), next, blankFinish);
            }
            // docutils keeps the table up to this border and goes on parsing from the row above
            // it ("previous_line(len(block) - i + 1)"): the lines after the border then fail as a
            // table of their own, which is where the problem is reported
            count = found + 1;
            next = start + found - 1;
        }
        for (int i = 0; i < count; i++) {
            // check right edge
            char[] s = chars[i];
            if (s.length != width || (s[s.length - 1] != '+' && s[s.length - 1] != '|')) {
                // docutils reports this at the table's first line; we report it where the line goes
                // wrong (the character past the border, or the misplaced last border character) so
                // an editor jumps to it, and the message names the line and column as well
                int row = start + i;
                int at = s.length > width ? width + 1 : s.length != width ? s.length + 1 : width;
                int column = lines.column(row) + EastAsianWidth.sourceIndex(lines.text(row), at - 1) + 1;
                String what = s.length > width
                        ? "line " + lines.line(row) + " is " + s.length + " characters wide where the top border is "
                        + width + " (column " + column + " is past the border)"
                        : s.length < width
                        ? "line " + lines.line(row) + " is " + s.length + " characters wide where the top border is "
                        + width + " (it stops before column " + column + ")"
                        : "line " + lines.line(row) + " does not end with '+' or '|' in column " + column;
                int pointAt = s.length < width ? s.length : at;
                int pointColumn = lines.column(row) + EastAsianWidth.sourceIndex(lines.text(row), pointAt - 1) + 1;
                return new TableResult(null, new Problem(lines.line(row), pointColumn, "Malformed table: " + what
                        + "; make every line end in the same column with '+' or '|'"), next, blankFinish);
            }
        }
        if (count < chars.length) {
            chars = java.util.Arrays.copyOf(chars, count);
        }
        GridTableParser parser = new GridTableParser(chars);
        String error = parser.findHeadBodySep();
        if (error == null && !(regularShortcut && parser.regularGrid())) {
            error = parser.parseTable();
        }
        if (error != null) {
            int[] at = parser.errorAt;
            int row = start + at[0];
            int column = lines.column(row) + EastAsianWidth.sourceIndex(lines.text(row), at[1]) + 1;
            String where = "line " + lines.line(row) + ", column " + column;
            // docutils reports a second header separator at its line, an incomplete parse at the first line
            boolean atSeparator = parser.separatorError;
            return new TableResult(null, new Problem(atSeparator ? lines.line(row) : firstLine,
                    atSeparator ? column : tableColumn + 1, "Malformed table: " + error.replace("{at}", where)),
                    next, blankFinish);
        }
        RawTable table = parser.structure(lines, start, narrow, asIs, firstLine, tableColumn);
        if (table == null) {
            // docutils fails here with an AssertionError ("Cell ... already used", "Unused cells remaining")
            int row = start + parser.errorAt[0];
            int column = lines.column(row) + EastAsianWidth.sourceIndex(lines.text(row), parser.errorAt[1]) + 1;
            return new TableResult(null, new Problem(firstLine, tableColumn + 1, "Malformed table: the grid table"
                    + " cells do not fit together at line " + lines.line(row) + ", column " + column
                    + " (a '+' is missing or out of line); make every cell a rectangle of '+', '-' and '|'"),
                    next, blankFinish);
        }
        return new TableResult(table, null, next, blankFinish);
    }

    /** Block row and column of the last error. */
    private int[] errorAt = {0, 0};
    private boolean separatorError;

    private String findHeadBodySep() {
        for (int i = 0; i < block.length; i++) {
            if (isHeadBodySeparator(block[i])) {
                if (headBodySep >= 0) {
                    errorAt = new int[] {i, 0};
                    separatorError = true;
                    return "a grid table may have only one header separator line ('+===+'), found a second one;"
                            + " use '-' in the other";
                }
                headBodySep = i;
                for (int k = 0; k < block[i].length; k++) {
                    if (block[i][k] == '=') {
                        block[i][k] = '-';
                    }
                }
            }
        }
        if (headBodySep == 0 || headBodySep == block.length - 1) {
            errorAt = new int[] {headBodySep, 0};
            separatorError = true;
            return "the header separator line ('+===+') may not be the first or last line of the table;"
                    + " use '-' there";
        }
        return null;
    }

    private String parseTable() {
        // corners to visit, in docutils' order (it sorts its list of corners and takes the
        // first): a min-heap of top << 32 | left. Every corner added is right of or below the
        // one being visited, so the corners leave the heap in ascending order and a corner added
        // twice leaves it twice in a row: the second is skipped, as docutils skips it ("top <=
        // done[left]" after the first visit found a cell; a failed scan would fail again).
        long[] heap = new long[16];
        int size = 0;
        heap[size++] = 0L;
        long previous = -1;
        while (size > 0) {
            long corner = heap[0];
            heap[0] = heap[--size];
            siftDown(heap, size);
            if (corner == previous) {
                continue;
            }
            previous = corner;
            int top = (int) (corner >> 32);
            int left = (int) corner;
            if (top == bottom || left == right || top <= done[left]) {
                continue;
            }
            long found = scanCell(top, left);
            if (found < 0) {
                continue;
            }
            int cellBottom = (int) (found >> 32);
            int cellRight = (int) found;
            markDone(top, left, cellBottom, cellRight);
            cells.add(new int[] {top, left, cellBottom, cellRight});
            if (size + 2 > heap.length) {
                heap = java.util.Arrays.copyOf(heap, heap.length * 2);
            }
            heap[size] = ((long) top << 32) | cellRight;
            siftUp(heap, size++);
            heap[size] = ((long) cellBottom << 32) | left;
            siftUp(heap, size++);
        }
        // "Each text column should have been completely seen."
        int last = bottom - 1;
        for (int col = 0; col < right; col++) {
            if (done[col] != last) {
                int row = Math.min(done[col] + 1, bottom);
                errorAt = new int[] {row, col};
                return "the grid table cell at {at} is not closed (borders do not line up, a '+' is missing"
                        + " or a column rule stops early); make every cell a rectangle of '+', '-' and '|'";
            }
        }
        return null;
    }

    /**
     * The cells of a table without spans, found without tracing. docutils' parse_table: "Start
     * with a queue of upper-left corners, containing the upper-left corner of the table itself.
     * Trace out one rectangular cell, remember it, and add its upper-right and lower-left corners
     * to the queue of potential upper-left corners of further cells." When every border line
     * (header separator included, its '=' already made '-') has its '+' in exactly the top
     * border's columns and '-' everywhere else, and every other line has '|' in each of those
     * columns, each trace goes right along a border to the next '+', down its column to the next
     * border, and closes: the cells are the grid between consecutive borders and consecutive '+'
     * columns, and those borders and columns are all the row and column separators. Tracing reads
     * a text line only in those columns, so what the text holds elsewhere does not matter.
     *
     * @return true with cells and separators filled in; false, having changed nothing, when the
     *     table is not such a grid (then it is traced)
     */
    private boolean regularGrid() {
        if (bottom == 0) {
            return false; // a lone border line (the next line is no table line): no cells, traced
        }
        char[] topBorder = block[0];
        int[] columns = new int[right + 1];
        int columnCount = 0;
        for (int k = 0; k <= right; k++) {
            if (topBorder[k] == '+') {
                columns[columnCount++] = k;
            } else if (topBorder[k] != '-') {
                return false;
            }
        }
        int[] borders = new int[bottom + 1];
        int borderCount = 1;
        for (int r = 1; r <= bottom; r++) {
            char[] row = block[r];
            if (row[0] == '+') {
                int p = 0;
                for (int k = 0; k <= right; k++) {
                    char c = row[k];
                    if (c == '+') {
                        if (p == columnCount || columns[p] != k) {
                            return false;
                        }
                        p++;
                    } else if (c != '-') {
                        return false;
                    }
                }
                if (p != columnCount) {
                    return false;
                }
                borders[borderCount++] = r;
            } else {
                for (int p = 0; p < columnCount; p++) {
                    if (row[columns[p]] != '|') {
                        return false;
                    }
                }
            }
        }
        // the bottom line is a border (parse cut the block there), so it closes the last row
        for (int b = 1; b < borderCount; b++) {
            rowSeps.set(borders[b]);
            for (int p = 1; p < columnCount; p++) {
                cells.add(new int[] {borders[b - 1], columns[p - 1], borders[b], columns[p]});
            }
        }
        for (int p = 1; p < columnCount; p++) {
            colSeps.set(columns[p]);
        }
        return true;
    }

    private static void siftUp(long[] heap, int k) {
        long x = heap[k];
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            if (heap[parent] <= x) {
                break;
            }
            heap[k] = heap[parent];
            k = parent;
        }
        heap[k] = x;
    }

    private static void siftDown(long[] heap, int size) {
        if (size == 0) {
            return;
        }
        long x = heap[0];
        int k = 0;
        int half = size >>> 1;
        while (k < half) {
            int child = 2 * k + 1;
            if (child + 1 < size && heap[child + 1] < heap[child]) {
                child++;
            }
            if (x <= heap[child]) {
                break;
            }
            heap[k] = heap[child];
            k = child;
        }
        heap[k] = x;
    }

    private void markDone(int top, int left, int cellBottom, int cellRight) {
        for (int col = left; col < cellRight; col++) {
            done[col] = cellBottom - 1;
        }
    }

    // scan_cell / scan_right / scan_down / scan_left / scan_up: trace a cell from its top-left
    // corner. docutils notes every '+' met on the way as a row or column boundary, but keeps them
    // only when the cell is found: they are noted here once it is, by a second look at the
    // borders just traced (no list per attempt).

    /** The cell's bottom-right corner as bottom << 32 | right, or -1 when none closes. */
    private long scanCell(int top, int left) {
        char[] line = block[top];
        for (int i = left + 1; i <= right; i++) {
            if (line[i] == '+') {
                int cellBottom = scanDown(top, left, i);
                if (cellBottom >= 0) {
                    for (int k = left + 1; k <= i; k++) {
                        if (line[k] == '+') {
                            colSeps.set(k);
                        }
                    }
                    return ((long) cellBottom << 32) | i;
                }
            } else if (line[i] != '-') {
                return -1;
            }
        }
        return -1;
    }

    /** The cell's bottom row, or -1. */
    private int scanDown(int top, int left, int cellRight) {
        for (int i = top + 1; i <= bottom; i++) {
            char c = block[i][cellRight];
            if (c == '+') {
                if (scanLeft(top, left, i, cellRight)) {
                    for (int k = top + 1; k <= i; k++) {
                        if (block[k][cellRight] == '+') {
                            rowSeps.set(k);
                        }
                    }
                    return i;
                }
            } else if (c != '|') {
                return -1;
            }
        }
        return -1;
    }

    private boolean scanLeft(int top, int left, int cellBottom, int cellRight) {
        char[] line = block[cellBottom];
        for (int i = cellRight - 1; i > left; i--) {
            if (line[i] != '+' && line[i] != '-') {
                return false;
            }
        }
        if (line[left] != '+' || !scanUp(top, left, cellBottom)) {
            return false;
        }
        for (int i = cellRight - 1; i > left; i--) {
            if (line[i] == '+') {
                colSeps.set(i);
            }
        }
        for (int i = cellBottom - 1; i > top; i--) {
            if (block[i][left] == '+') {
                rowSeps.set(i);
            }
        }
        return true;
    }

    private boolean scanUp(int top, int left, int cellBottom) {
        for (int i = cellBottom - 1; i > top; i--) {
            char c = block[i][left];
            if (c != '+' && c != '|') {
                return false;
            }
        }
        return true;
    }

    /** docutils' structure_from_cells plus get_2D_block for each cell's text. */
    private RawTable structure(Lines lines, int start, boolean[] narrow, boolean[] asIs, int firstLine,
                               int tableColumn) {
        List<Integer> rowList = rowSeps.stream().boxed().toList();
        List<Integer> colList = colSeps.stream().boxed().toList();
        // separator position -> its index (List.indexOf per cell was quadratic in a table's rows)
        int[] rowAt = positions(rowList);
        int[] colAt = positions(colList);
        int rowCount = rowList.size() - 1;
        RawTable.RawCell[][] grid = new RawTable.RawCell[rowCount][];
        List<List<RawTable.RawCell>> out = new ArrayList<>();
        cells.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<List<int[]>> byRow = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            byRow.add(new ArrayList<>());
        }
        for (int[] cell : cells) {
            int rownum = indexIn(rowAt, cell[0]);
            byRow.get(rownum).add(cell);
        }
        for (int r = 0; r < rowCount; r++) {
            List<RawTable.RawCell> row = new ArrayList<>();
            for (int[] cell : byRow.get(r)) {
                int top = cell[0];
                int left = cell[1];
                int cellBottom = cell[2];
                int cellRight = cell[3];
                int colnum = indexIn(colAt, left);
                int moreRows = indexIn(rowAt, cellBottom) - r - 1;
                int moreCols = indexIn(colAt, cellRight) - colnum - 1;
                int first = start + top + 1;
                row.add(new RawTable.RawCell(colnum, moreRows, moreCols,
                        cellBlock(lines, start, narrow, asIs, top + 1, left + 1, cellBottom, cellRight), null,
                        lines.line(first),
                        lines.column(first) + sourceIndex(lines, first, narrow[top + 1], left + 1)));
            }
            out.add(row);
        }
        // every grid position must be covered by exactly one cell
        int colCount = colList.size() - 1;
        boolean[][] used = new boolean[rowCount][colCount];
        for (int[] cell : cells) {
            int r0 = indexIn(rowAt, cell[0]);
            int r1 = indexIn(rowAt, cell[2]);
            int c0 = indexIn(colAt, cell[1]);
            int c1 = indexIn(colAt, cell[3]);
            for (int r = r0; r < r1; r++) {
                for (int c = c0; c < c1; c++) {
                    if (used[r][c]) {
                        errorAt = new int[] {rowList.get(r) + 1, colList.get(c) + 1};
                        return null;
                    }
                    used[r][c] = true;
                }
            }
        }
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < colCount; c++) {
                if (!used[r][c]) {
                    errorAt = new int[] {rowList.get(r) + 1, colList.get(c) + 1};
                    return null;
                }
            }
        }
        int headerRows = headBodySep >= 0 ? indexIn(rowAt, headBodySep) : 0;
        return new RawTable(TableKind.GRID, firstLine, tableColumn, colList.size() - 1, headerRows, out);
    }

    /** For ascending, non-negative positions: an array whose element at each position is its index, else -1. */
    private static int[] positions(List<Integer> ascending) {
        int[] at = new int[ascending.isEmpty() ? 0 : ascending.get(ascending.size() - 1) + 1];
        java.util.Arrays.fill(at, -1);
        for (int i = 0; i < ascending.size(); i++) {
            at[ascending.get(i)] = i;
        }
        return at;
    }

    /** The index of a position, -1 (as List.indexOf) for one that is no separator. */
    private static int indexIn(int[] at, int position) {
        return position >= 0 && position < at.length ? at[position] : -1;
    }

    /** {@link EastAsianWidth#sourceIndex(String, boolean, int)}, the line's text made only when it has a wide character. */
    private static int sourceIndex(Lines lines, int row, boolean narrow, int paddedIndex) {
        return narrow && paddedIndex >= 0 ? paddedIndex : EastAsianWidth.sourceIndex(lines.text(row), paddedIndex);
    }

    /** docutils' get_2D_block: the text inside a cell, common indentation removed, pads dropped. */
    private Lines cellBlock(Lines lines, int start, boolean[] narrow, boolean[] asIs, int top, int left, int cellBottom,
                            int cellRight) {
        int n = cellBottom - top;
        String[] text = new String[n];
        int[] lineNo = new int[n];
        int[] column = new int[n];
        int indent = cellRight;
        // docutils strips each line on the right, then the common indentation: both found on the
        // chars, and each line made a String once
        int[] ends = new int[n];
        for (int k = 0; k < n; k++) {
            char[] row = block[top + k];
            int end = left + Math.max(0, Math.min(cellRight, row.length) - left);
            while (end > left && InlineReducer.isSpace(row[end - 1])) {
                end--;
            }
            ends[k] = end;
            if (end > left) {
                int leading = 0;
                while (left + leading < end && InlineReducer.isSpace(row[left + leading])) {
                    leading++;
                }
                indent = Math.min(indent, leading);
            }
        }
        int strip = (0 < indent && indent < cellRight) ? indent : 0;
        for (int k = 0; k < n; k++) {
            int row = start + top + k;
            int length = ends[k] - left;
            if (length < strip) {
                text[k] = "";
            } else if (asIs[top + k]) {
                // a line without wide characters, pads or stripped whitespace (most): its row holds
                // the line's characters, so the text is cut from the line (a byte copy of Latin-1
                // text, where the row's chars would be compressed back). The one row changed in the
                // block, the header separator ('=' made '-'), is a border, never inside a cell.
                text[k] = lines.substring(row, left + strip, ends[k]);
            } else {
                text[k] = new String(block[top + k], left + strip, length - strip).replace(EastAsianWidth.PAD, "");
            }
            lineNo[k] = lines.line(row);
            column[k] = lines.column(row) + sourceIndex(lines, row, narrow[top + k], left + strip);
        }
        return new Lines(text, lineNo, column);
    }
}
