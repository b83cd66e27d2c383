package io.github.dcslint.parse.rst;

import io.github.dcslint.model.TableKind;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code .. list-table::}, docutils' ListTable: "a uniform two-level bullet list" whose
 * second-level items are the cells; {@code :header-rows:} rows are the header.
 */
final class ListTableParser {

    /** Answers whether a directive makes a list table. */
    static final class Factory {

        private Factory() {
        }

        static boolean tryStart(String directiveName) {
            return DirectiveSpec.of(directiveName).behavior() == DirectiveSpec.Behavior.LIST_TABLE;
        }
    }

    private ListTableParser() {
    }

    /** The table, or an error saying what is wrong and how to fix it. */
    record Result(RawTable table, String error) {
    }

    /** Builds the table from the content parsed into {@code holder}. */
    static Result parse(RstScanner.DirectiveBlock block, Node holder) {
        if (block.content().isEmpty()) {
            return new Result(null, "list-table directive is empty; give it a two-level bullet list");
        }
        if (holder.children.size() != 1 || holder.children.get(0).kind != Node.Kind.BULLET_LIST) {
            return new Result(null, "list-table content must be exactly one bullet list; remove other content");
        }
        Node list = holder.children.get(0);
        int columns = 0;
        List<List<RawTable.RawCell>> rows = new ArrayList<>();
        for (int r = 0; r < list.children.size(); r++) {
            Node item = list.children.get(r);
            if (item.children.size() != 1 || item.children.get(0).kind != Node.Kind.BULLET_LIST) {
                return new Result(null, "list-table row " + (r + 1) + " is not a second-level bullet list;"
                        + " write each row as '* - cell' items");
            }
            Node cells = item.children.get(0);
            if (r == 0) {
                columns = cells.children.size();
            } else if (cells.children.size() != columns) {
                return new Result(null, "list-table row " + (r + 1) + " has " + cells.children.size()
                        + " cells where row 1 has " + columns + "; give every row the same number of cells");
            }
            List<RawTable.RawCell> row = new ArrayList<>();
            for (int c = 0; c < cells.children.size(); c++) {
                Node cell = cells.children.get(c);
                row.add(new RawTable.RawCell(c, 0, 0, null, cell, cell.markLine, cell.markColumn));
            }
            rows.add(row);
        }
        int headerRows = 0;
        String value = block.options().get("header-rows");
        if (value != null) {
            try {
                headerRows = Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                headerRows = -1;
            }
            if (headerRows < 0) {
                return new Result(null, ":header-rows: must be a non-negative integer, not \"" + value + "\"");
            }
        }
        if (rows.size() < headerRows) {
            return new Result(null, rows.size() + " row(s) given but :header-rows: is " + headerRows
                    + "; lower :header-rows: or add rows");
        }
        if (rows.size() == headerRows && headerRows > 0) {
            return new Result(null, "no rows left for the table body after " + headerRows
                    + " header row(s); lower :header-rows: or add rows");
        }
        return new Result(new RawTable(TableKind.LIST_TABLE, block.line(), block.column(), columns, headerRows, rows),
                null);
    }
}
