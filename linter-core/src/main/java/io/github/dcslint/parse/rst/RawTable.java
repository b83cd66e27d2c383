package io.github.dcslint.parse.rst;

import io.github.dcslint.model.TableKind;

import java.util.List;

/**
 * A table's shape before its cells are parsed as RST body: what each table-syntax parser hands
 * to the document scanner, which parses the cells and builds the model {@code Table}.
 *
 * @param kind       the syntax
 * @param line       1-based line of the first border line, or of the directive
 * @param column     0-based column of that line's first table character
 * @param columns    number of logical columns
 * @param headerRows how many of {@code rows} are header rows
 * @param rows       rows of cells, each cell once (in the row where it starts)
 */
record RawTable(TableKind kind, int line, int column, int columns, int headerRows, List<List<RawCell>> rows) {

    /**
     * One cell: its grid place and either source lines to parse as RST body or an already parsed
     * body (list-table items).
     *
     * @param gridColumn 0-based logical column the cell starts in
     * @param moreRows   rows spanned below
     * @param moreCols   columns spanned to the right
     * @param content    the cell's lines (indentation removed, positions kept), or null
     * @param parsed     the cell's parsed body, or null
     * @param line       1-based line of the cell's top-left interior (for empty cells)
     * @param column     0-based column of the cell's top-left interior
     */
    record RawCell(int gridColumn, int moreRows, int moreCols, Lines content, Node parsed, int line, int column) {
    }
}
