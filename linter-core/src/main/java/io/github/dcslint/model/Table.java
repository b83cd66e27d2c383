package io.github.dcslint.model;

import java.util.List;

/**
 * A table as written in a document: no interpretation of its content.
 *
 * @param kind          the syntax it was written in
 * @param line          1-based line of its first border line (grid/simple), of the directive
 *                      (list-table/csv-table), or of the header row (Markdown)
 * @param column        1-based column of that line's first table character
 * @param directiveLine line of an enclosing {@code .. table::} directive, or null
 * @param caption       the table's title, inline markup reduced (docutils' title), or null
 * @param sectionPath   the enclosing section titles, outermost first
 * @param columns       number of logical columns
 * @param header        header rows (may be empty)
 * @param body          body rows
 */
public record Table(TableKind kind, int line, int column, Integer directiveLine, String caption,
                    List<String> sectionPath, int columns, List<Row> header, List<Row> body) {

    public Table {
        sectionPath = List.copyOf(sectionPath);
        header = List.copyOf(header);
        body = List.copyOf(body);
    }

    /** The innermost enclosing section title, or null. */
    public String section() {
        return sectionPath.isEmpty() ? null : sectionPath.get(sectionPath.size() - 1);
    }

    /**
     * Makes every cell's text now ({@link Cell#deferred}): a table kept past its parse then holds
     * its texts, not what they are made from, and they are made on the thread that parsed it.
     */
    public void readTexts() {
        for (List<Row> rows : List.of(header, body)) {
            for (Row row : rows) {
                for (Cell cell : row.cells()) {
                    cell.text();
                }
            }
        }
    }
}
