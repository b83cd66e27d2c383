package io.github.dcslint.report;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;

import java.util.List;

/**
 * What a finding points at in its document, for reports a reviewer reads and for keys that
 * survive lines shifting: the cell at the finding's line and column, its row and table, and the
 * status code of that row.
 *
 * @param code     the status code written in the finding's row ({@code 404}, {@code 4xx}), or
 *                 the code of a {@code **Status code: NNN**} heading, or "" when there is none
 * @param text     the offending cell's text; when no cell starts at the finding's position
 *                 (a problem outside any table, or a parser that found no table), the
 *                 source line from that column up to the next cell border
 * @param table    the table holding the cell, or null
 * @param row      the row holding the cell, or null
 * @param cell     the cell, or null
 */
public record FindingContext(String code, String text, Table table, Row row, Cell cell) {

    public FindingContext {
        code = code == null ? "" : code;
        text = text == null ? "" : text;
    }

    /**
     * This context with a table that keeps only its header rows and this row (what a report
     * shows): a run keeps the contexts of all its findings, not the tables they were found in.
     */
    public FindingContext withoutOtherRows() {
        if (table == null || row == null || (table.body().size() == 1 && table.body().get(0) == row)) {
            return this;
        }
        Table slim = new Table(table.kind(), table.line(), table.column(), table.directiveLine(), table.caption(),
                table.sectionPath(), table.columns(), table.header(),
                table.header().contains(row) ? List.of() : List.of(row));
        return new FindingContext(code, text, slim, row, cell);
    }

    /** A finding whose position names no cell and no readable line. */
    public static final FindingContext NONE = new FindingContext("", "", null, null, null);
}
