package io.github.dcslint.parse.rst;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.StatusHeading;
import io.github.dcslint.model.Table;

import java.util.List;

/**
 * Turns columns counted in UTF-16 chars (as the scanner counts) into columns counted in code
 * points (as {@code SourcePosition} counts), for documents with characters outside the BMP.
 */
final class CodePointColumns {

    private final Lines document;

    CodePointColumns(Lines document) {
        this.document = document;
    }

    int column(int line, int column) {
        if (line < 1 || line > document.size()) {
            return column;
        }
        String text = document.text(line - 1);
        int index = column - 1;
        int within = Math.min(index, text.length());
        return text.codePointCount(0, within) + (index - within) + 1;
    }

    Table table(Table t) {
        return new Table(t.kind(), t.line(), column(t.line(), t.column()), t.directiveLine(), t.caption(),
                t.sectionPath(), t.columns(), rows(t.header()), rows(t.body()));
    }

    private List<Row> rows(List<Row> rows) {
        return rows.stream().map(r -> new Row(r.line(), r.cells().stream()
                .map(c -> c.atColumn(column(c.line(), c.column()))).toList())).toList();
    }

    Problem problem(Problem p) {
        return new Problem(p.line(), column(p.line(), p.column()), p.message());
    }

    StatusHeading heading(StatusHeading h) {
        return new StatusHeading(h.line(), column(h.line(), h.column()), h.code());
    }
}
