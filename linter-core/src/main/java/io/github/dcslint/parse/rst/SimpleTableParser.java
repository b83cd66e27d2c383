package io.github.dcslint.parse.rst;

import io.github.dcslint.model.Problem;
import io.github.dcslint.model.TableKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Simple tables, a port of docutils 0.19's {@code Body.isolate_simple_table} and
 * {@code tableparser.SimpleTableParser}. spec: "Simple tables allow multi-line rows (in all but
 * the first column) and column spans, but not row spans." "The first column must contain text
 * for each new row; a blank first column marks a continuation line."
 */
final class SimpleTableParser {

    /** Answers whether a simple table starts on a line. */
    static final class Factory {

        private Factory() {
        }

        /** docutils' simple_table_top_pat {@code =+( +=+)+ *$}: at least two columns of '='. */
        static boolean tryStart(String line) {
            int n = line.length();
            int i = 0;
            int runs = 0;
            while (i < n) {
                if (line.charAt(i) != '=') {
                    return false;
                }
                while (i < n && line.charAt(i) == '=') {
                    i++;
                }
                runs++;
                int spaces = i;
                while (i < n && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && i == spaces) {
                    return false;
                }
            }
            return runs >= 2;
        }
    }

    /** {@code =+[ =]*$}: the bottom border and the header separator. */
    static boolean isBorder(String line) {
        if (line.isEmpty() || line.charAt(0) != '=') {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '=' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /** {@code -[ -]*$}: a column span underline (or a border after '=' became '-'). */
    private static boolean isSpanLine(String line) {
        if (line.isEmpty() || line.charAt(0) != '-') {
            return false;
        }
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '-' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    private static final class MarkupError extends Exception {
        final int row;
        final int column;

        MarkupError(String message, int row, int column) {
            super(message, null, false, false);
            this.row = row;
            this.column = column;
        }
    }

    private final String[] block;
    private final int[] blockRows;
    private final Lines lines;
    private int headBodySep = -1;
    private List<int[]> columns = new ArrayList<>();
    private int borderEnd;
    private final List<List<RawTable.RawCell>> table = new ArrayList<>();
    private final List<Integer> rowOffsets = new ArrayList<>();

    private SimpleTableParser(Lines lines, int start, int end) {
        this.lines = lines;
        int n = end - start + 1;
        block = new String[n];
        blockRows = new int[n];
        for (int i = 0; i < n; i++) {
            block[i] = EastAsianWidth.pad(lines.text(start + i));
            blockRows[i] = start + i;
        }
    }

    static TableResult parse(Lines lines, int start) {
        int limit = lines.size() - 1;
        int topLength = Lines.strip(EastAsianWidth.pad(lines.text(start))).length();
        int found = 0;
        int foundAt = -1;
        int end = -1;
        for (int i = start + 1; i <= limit; i++) {
            String line = lines.text(i);
            if (isBorder(line)) {
                if (Lines.strip(EastAsianWidth.pad(line)).length() != topLength) {
                    // docutils reports this at the table's first line
                    boolean blankFinish = i == limit || lines.isBlank(i + 1);
                    return new TableResult(null, new Problem(lines.line(start), lines.column(start) + 1,
                            "Malformed table: the simple table border at line " + lines.line(i) + " is "
                                    + Lines.strip(line).length() + " characters long where the top border is "
                                    + topLength + "; make the borders the same length"), i + 1, blankFinish);
                }
                found++;
                foundAt = i;
                if (found == 2 || i == limit || lines.isBlank(i + 1)) {
                    end = i;
                    break;
                }
            }
        }
        if (end < 0) {
            if (found > 0) {
                return new TableResult(null, new Problem(lines.line(start), lines.column(start) + 1,
                        "Malformed table: simple table has no bottom border, or no blank line after the border at"
                        + " line " + lines.line(foundAt) + "; end it with a line of '=' like its top border and a"
                        + " blank line"), foundAt + 1, false);
            }
            return new TableResult(null, new Problem(lines.line(start), lines.column(start) + 1,
                    "Malformed table: simple table has no bottom border; end it with a line of '=' like its top border"),
                    limit + 1, true);
        }
        boolean blankFinish = end == limit || lines.isBlank(end + 1);
        SimpleTableParser parser = new SimpleTableParser(lines, start, end);
        try {
            RawTable result = parser.parse();
            return new TableResult(result, null, end + 1, blankFinish);
        } catch (MarkupError e) {
            int r = start + e.row;
            if (r > end) {
                // docutils' "line after the row start" may lie past the table: report it there too
                int line = Math.min(lines.line(end) + (r - end), lines.line(lines.size() - 1)); // not past the text
                return new TableResult(null, new Problem(line, lines.column(start) + 1,
                        "Malformed table: " + e.getMessage()), end + 1, blankFinish);
            }
            // docutils' line for a misaligned span can be a blank line of the row: keep the column
            // on that line (found by fuzzing: column 5 of an empty line)
            int column = Math.min(e.column, lines.text(r).length());
            return new TableResult(null, new Problem(lines.line(r),
                    lines.column(r) + EastAsianWidth.sourceIndex(lines.text(r), column) + 1,
                    "Malformed table: " + e.getMessage()), end + 1, blankFinish);
        }
    }

    private RawTable parse() throws MarkupError {
        // setup: convert top & bottom borders to column span underlines
        block[0] = block[0].replace('=', '-');
        block[block.length - 1] = block[block.length - 1].replace('=', '-');
        for (int i = 0; i < block.length; i++) {
            if (isBorder(block[i])) {
                if (headBodySep >= 0) {
                    throw new MarkupError("a simple table may have only one header separator line, found a second"
                            + " one; remove it or make it a '-' column span line", i, 0);
                }
                headBodySep = i;
                block[i] = block[i].replace('=', '-');
            }
        }
        // "Top border must fully describe all table columns."
        columns = parseColumns(block[0], 0);
        borderEnd = columns.get(columns.size() - 1)[1];
        int firstStart = columns.get(0)[0];
        int firstEnd = columns.get(0)[1];
        int offset = 1;
        int start = 1;
        boolean textFound = false;
        while (offset < block.length) {
            String line = block[offset];
            if (isSpanLine(line)) {
                // column span underline or border: the row is complete
                parseRow(start, offset, Lines.rstrip(line), offset);
                start = offset + 1;
                textFound = false;
            } else if (!Lines.strip(slice(line, firstStart, firstEnd)).isEmpty()) {
                // first column not blank, therefore it's a new row
                if (textFound && offset != start) {
                    parseRow(start, offset, null, 0);
                }
                start = offset;
                textFound = true;
            } else if (!textFound) {
                start = offset + 1;
            }
            offset++;
        }
        int firstBodyRow = 0;
        if (headBodySep >= 0) {
            for (int i = 0; i < table.size(); i++) {
                if (rowOffsets.get(i) > headBodySep) {
                    firstBodyRow = i;
                    break;
                }
            }
        }
        return new RawTable(TableKind.SIMPLE, lines.line(blockRows[0]), lines.column(blockRows[0]), columns.size(),
                firstBodyRow, table);
    }

    private static String slice(String s, int from, int to) {
        int a = Math.min(from, s.length());
        int b = Math.min(Math.max(to, a), s.length());
        return s.substring(a, b);
    }

    private List<int[]> parseColumns(String line, int offset) throws MarkupError {
        List<int[]> cols = new ArrayList<>();
        int end = 0;
        while (true) {
            int begin = line.indexOf('-', end);
            if (begin < 0) {
                break;
            }
            end = line.indexOf(' ', begin);
            if (end < 0) {
                end = line.length();
            }
            cols.add(new int[] {begin, end});
        }
        if (!columns.isEmpty()) {
            if (cols.get(cols.size() - 1)[1] != borderEnd) {
                throw new MarkupError("column span line ends in column " + (cols.get(cols.size() - 1)[1] + 1)
                        + " where the table's columns end in column " + (borderEnd + 1)
                        + "; draw the span line as far as the border", offset, cols.get(cols.size() - 1)[1]);
            }
            // allow for an unbounded rightmost column
            cols.set(cols.size() - 1, new int[] {cols.get(cols.size() - 1)[0], columns.get(columns.size() - 1)[1]});
        }
        return cols;
    }

    private void parseRow(int start, int end, String spanLine, int spanOffset) throws MarkupError {
        if (start >= end && spanLine == null) {
            return; // no new row, just blank lines
        }
        List<int[]> cols;
        if (spanLine != null) {
            cols = parseColumns(spanLine, spanOffset);
        } else {
            cols = new ArrayList<>();
            for (int[] c : columns) {
                cols.add(c.clone());
            }
        }
        checkColumns(start, end, cols);
        // init_row: every span must start and end on column boundaries
        // docutils reports a misaligned span at the line after the row start
        int errorRow = start + 1;
        List<RawTable.RawCell> row = new ArrayList<>();
        int i = 0;
        for (int[] col : cols) {
            if (i >= columns.size() || col[0] != columns.get(i)[0]) {
                throw new MarkupError("column span does not start at a column boundary of the top border;"
                        + " align the span with the columns", errorRow, col[0]);
            }
            int first = i;
            while (col[1] != columns.get(i)[1]) {
                i++;
                if (i >= columns.size()) {
                    throw new MarkupError("column span does not end at a column boundary of the top border;"
                            + " align the span with the columns", errorRow, col[1]);
                }
            }
            row.add(cell(start, end, col, first, i - first));
            i++;
        }
        table.add(row);
        rowOffsets.add(start);
    }

    private RawTable.RawCell cell(int start, int end, int[] col, int gridColumn, int moreCols) {
        int n = end - start;
        String[] text = new String[n];
        int indent = col[1];
        for (int k = 0; k < n; k++) {
            String s = Lines.rstrip(slice(block[start + k], col[0], col[1]));
            text[k] = s;
            if (!s.isEmpty()) {
                indent = Math.min(indent, s.length() - Lines.lstrip(s).length());
            }
        }
        int strip = (0 < indent && indent < col[1]) ? indent : 0;
        int[] lineNo = new int[n];
        int[] column = new int[n];
        for (int k = 0; k < n; k++) {
            int row = blockRows[start + k];
            String s = text[k].length() >= strip ? text[k].substring(strip) : "";
            text[k] = s.replace(EastAsianWidth.PAD, "");
            lineNo[k] = lines.line(row);
            column[k] = lines.column(row) + EastAsianWidth.sourceIndex(lines.text(row), col[0] + strip);
        }
        int firstRow = blockRows[Math.min(start, blockRows.length - 1)];
        return new RawTable.RawCell(gridColumn, 0, moreCols, new Lines(text, lineNo, column), null,
                lines.line(firstRow),
                lines.column(firstRow) + EastAsianWidth.sourceIndex(lines.text(firstRow), col[0]));
    }

    /**
     * "Check for text in column margins and text overflow in the last column." Text may run past
     * the right end of the last column only.
     */
    private void checkColumns(int start, int end, List<int[]> cols) throws MarkupError {
        int lastCol = cols.size() - 1;
        for (int i = 0; i < cols.size(); i++) {
            int colStart = cols.get(i)[0];
            int colEnd = cols.get(i)[1];
            int nextStart = i + 1 < cols.size() ? cols.get(i + 1)[0] : Integer.MAX_VALUE;
            for (int k = start; k < end; k++) {
                String line = block[k];
                if (i == lastCol && !Lines.strip(slice(line, colEnd, line.length())).isEmpty()) {
                    String text = Lines.rstrip(slice(line, colStart, line.length()));
                    int newEnd = colStart + text.length();
                    int[] main = columns.get(columns.size() - 1);
                    cols.set(i, new int[] {colStart, Math.max(main[1], newEnd)});
                    if (newEnd > main[1]) {
                        columns.set(columns.size() - 1, new int[] {main[0], newEnd});
                    }
                } else {
                    String margin = slice(line, colEnd, nextStart);
                    if (!Lines.strip(margin).isEmpty()) {
                        int at = colEnd + (margin.length() - Lines.lstrip(margin).length());
                        throw new MarkupError("text in the margin between columns " + (i + 1) + " and " + (i + 2)
                                + " of a simple table; widen the column in the border lines or move the text",
                                k, at);
                    }
                }
            }
        }
    }
}
