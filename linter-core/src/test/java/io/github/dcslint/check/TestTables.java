package io.github.dcslint.check;

import io.github.dcslint.facts.WorkspaceOptions;
import io.github.dcslint.model.Cell;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.StatusHeading;
import io.github.dcslint.model.Table;
import io.github.dcslint.model.TableKind;
import io.github.dcslint.status.ColumnRole;
import io.github.dcslint.status.StatusEntry;
import io.github.dcslint.status.StatusTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tables and documents built in code, and a minimal classifier for them, so the checks can be
 * tested independently of the parsers and the shipped classifier.
 */
final class TestTables {

    private TestTables() {
    }

    /**
     * A table whose header is on {@code line} and rows on the following lines; cells start at the
     * given columns ({@code columns[i]} for logical column i).
     */
    static Table table(int line, int[] columns, String[] header, String[]... rows) {
        List<Row> body = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            body.add(row(line + 1 + r, columns, rows[r]));
        }
        return new Table(TableKind.PIPE, line, columns[0], null, null, List.of(), header.length,
                List.of(row(line, columns, header)), body);
    }

    private static Row row(int line, int[] columns, String[] texts) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            cells.add(Cell.of(texts[c], line, columns[c], c));
        }
        return new Row(line, cells);
    }

    static ParsedDocument document(Path file, String path, String title, List<Table> tables,
                                   List<StatusHeading> headings, List<Problem> problems) {
        return new ParsedDocument(file.toAbsolutePath().normalize(), path, DocumentFormat.forFileName(path), title,
                tables, headings, problems);
    }

    /** Workspace options whose classifier reads "Status Code", "Name", "Description" headers. */
    static WorkspaceOptions options() {
        return WorkspaceOptions.defaults().withClassifier(TestTables::classify);
    }

    static Optional<StatusTable> classify(Table table) {
        if (table.header().isEmpty()) {
            return Optional.empty();
        }
        List<ColumnRole> roles = new ArrayList<>();
        for (int c = 0; c < table.columns(); c++) {
            Cell cell = table.header().get(0).cellAt(c);
            String h = cell == null ? "" : cell.text().toLowerCase(Locale.ROOT);
            roles.add(switch (h) {
                case "status code", "code" -> ColumnRole.CODE;
                case "status" -> ColumnRole.CODE_AND_NAME;
                case "name" -> ColumnRole.NAME;
                case "description" -> ColumnRole.DESCRIPTION;
                default -> ColumnRole.OTHER;
            });
        }
        int codeColumn = roles.contains(ColumnRole.CODE) ? roles.indexOf(ColumnRole.CODE)
                : roles.indexOf(ColumnRole.CODE_AND_NAME);
        if (codeColumn < 0) {
            return Optional.empty();
        }
        boolean combined = roles.get(codeColumn) == ColumnRole.CODE_AND_NAME;
        List<StatusEntry> entries = new ArrayList<>();
        for (Row row : table.body()) {
            Cell codeCell = row.cellAt(codeColumn);
            if (codeCell == null) {
                continue;
            }
            String codeText = codeCell.text();
            String name = null;
            Cell nameCell = null;
            if (combined) {
                int space = codeText.indexOf(' ');
                name = space < 0 ? null : codeText.substring(space + 1).trim();
                codeText = space < 0 ? codeText : codeText.substring(0, space);
                nameCell = codeCell;
            } else if (roles.contains(ColumnRole.NAME)) {
                nameCell = row.cellAt(roles.indexOf(ColumnRole.NAME));
                name = nameCell == null ? null : nameCell.text();
            }
            Cell descriptionCell = roles.contains(ColumnRole.DESCRIPTION)
                    ? row.cellAt(roles.indexOf(ColumnRole.DESCRIPTION)) : null;
            Integer code = codeText.matches("\\d{3}") && Integer.parseInt(codeText) >= 100
                    && Integer.parseInt(codeText) <= 599 ? Integer.valueOf(codeText) : null;
            entries.add(new StatusEntry(row, codeCell, codeText.trim(), code, nameCell, name, descriptionCell,
                    descriptionCell == null ? null : descriptionCell.text()));
        }
        return Optional.of(new StatusTable(table, roles, entries));
    }
}
