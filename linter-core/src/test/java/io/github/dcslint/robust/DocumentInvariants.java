package io.github.dcslint.robust;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.StatusHeading;
import io.github.dcslint.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * What must hold for every document a parser returns, whatever the input: every position is
 * 1-based and inside the text (a finding must point at a character the user can find), every
 * cell has text, every problem says something. Fuzz targets and the malformed suite share it.
 */
final class DocumentInvariants {

    /** Widths of the text's lines in columns, split at LF, CRLF and CR (what editors show). */
    private final int[] editorLines;
    /**
     * The same split also at the separators Python's splitlines, hence docutils, honours (docutils
     * first turns \v and \f into spaces, so those two do not end lines).
     */
    private final int[] pythonLines;

    private DocumentInvariants(int[] editorLines, int[] pythonLines) {
        this.editorLines = editorLines;
        this.pythonLines = pythonLines;
    }

    /**
     * A position is inside the text when it is inside one of two ways of splitting it into lines,
     * so a parser that follows docutils (U+2028, U+001E... end lines) and one that follows
     * editors both pass. A position may sit one past a line's end (an empty cell, end of file).
     * Tabs may expand to the next multiple of 8; a code point counts one.
     */
    static DocumentInvariants of(String text) {
        return new DocumentInvariants(widths(text, false), widths(text, true));
    }

    private static int[] widths(String text, boolean python) {
        List<Integer> widths = new ArrayList<>();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
                i++;
                widths.add(width);
                width = 0;
            } else if (cp == '\n' || cp == '\r' || python && (cp == 0x1C || cp == 0x1D
                    || cp == 0x1E || cp == 0x85 || cp == 0x2028 || cp == 0x2029)) {
                widths.add(width);
                width = 0;
            } else if (cp == '\t') {
                width = (width / 8 + 1) * 8;
            } else {
                width++;
            }
        }
        widths.add(width);
        return widths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Throws AssertionError naming the first broken invariant. */
    void check(ParsedDocument document) {
        require(document != null, "parser returned null");
        require(document.tables() != null && document.problems() != null && document.statusHeadings() != null,
                "null list in document");
        for (Problem problem : document.problems()) {
            at("problem " + problem, problem.line(), problem.column());
            require(problem.message() != null && !problem.message().isBlank(), "problem without message: " + problem);
            require(!problem.message().endsWith("."), "problem message ends with a period: " + problem.message());
        }
        for (StatusHeading heading : document.statusHeadings()) {
            at("status heading " + heading, heading.line(), heading.column());
            require(heading.code() != null, "status heading without code");
        }
        for (Table table : document.tables()) {
            at("table " + table.kind(), table.line(), table.column());
            require(table.columns() >= 0, "negative column count");
            require(table.sectionPath() != null, "null section path");
            for (Row row : concat(table.header(), table.body())) {
                at("row of table at " + table.line(), row.line(), 1);
                for (Cell cell : row.cells()) {
                    require(cell.text() != null, "cell text is null");
                    if (cell.empty()) {
                        // an empty cell sits at its column's boundary, which a short simple-table
                        // row may not reach ("+" under "=   ="): only its line must exist
                        at("empty cell of table at " + table.line(), cell.line(), 1);
                    } else {
                        at("cell \"" + cell.text() + "\" of table at " + table.line(), cell.line(), cell.column());
                    }
                    require(cell.gridColumn() >= 0 && cell.moreRows() >= 0 && cell.moreCols() >= 0,
                            "negative span or grid column: " + cell);
                    require(cell.gridColumn() + cell.moreCols() < Math.max(1, table.columns()) || table.columns() == 0,
                            "cell " + cell + " lies right of the table's " + table.columns() + " columns");
                }
            }
        }
    }

    private static List<Row> concat(List<Row> a, List<Row> b) {
        List<Row> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Throws AssertionError when a finding's position is not 1-based or not inside the text. */
    void checkPosition(String what, int line, int column) {
        at(what, line, column);
    }

    private void at(String what, int line, int column) {
        require(line >= 1 && column >= 1, what + " is not 1-based: " + line + ":" + column);
        if (!inside(editorLines, line, column) && !inside(pythonLines, line, column)) {
            throw new AssertionError(what + " is outside the text: line " + line + " of " + editorLines.length
                    + " (" + pythonLines.length + " split as docutils does), column " + column + " of a line "
                    + (line <= editorLines.length ? editorLines[line - 1] : -1) + " wide");
        }
    }

    private static boolean inside(int[] widths, int line, int column) {
        return line <= widths.length && column <= widths[line - 1] + 1;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
