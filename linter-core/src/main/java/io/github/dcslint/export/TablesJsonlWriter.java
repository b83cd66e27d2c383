package io.github.dcslint.export;

import io.github.dcslint.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;
import io.github.dcslint.status.StatusTable;
import io.github.dcslint.status.StatusTableClassifier;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes extracted tables as JSON Lines, one object per table, with the fields of
 * {@code tables.docutils.jsonl} (see {@code ../shared/tools/rst_tables.py}) so the two can be
 * compared field by field, plus what dcs adds:
 *
 * <ul>
 *   <li>{@code column}: 1-based column of the table's first line</li>
 *   <li>{@code roles}: per logical column, {@code code}, {@code name}, {@code code_and_name},
 *       {@code description} or {@code other}; null when the table is not a status-code table</li>
 *   <li>{@code header_positions} / {@code body_positions}: per cell, {@code [line, column]}</li>
 * </ul>
 *
 * <p>Extraction problems go to a separate file ({@link #writeProblems}): {@code file},
 * {@code line}, {@code column}, {@code message}. Every write replaces its target atomically: a
 * failed run leaves the previous file whole. Thread-safe.
 */
public final class TablesJsonlWriter {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .configure(SerializationFeature.FLUSH_AFTER_WRITE_VALUE, false);

    private final StatusTableClassifier classifier;

    /** @param classifier gives {@code roles}; null writes {@code roles: null} for every table */
    public TablesJsonlWriter(StatusTableClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * Writes every table of {@code documents}, in their order, to {@code target} (e.g.
     * {@code tables.jsonl}); reads each document once, so they may be parsed as they are written.
     */
    public void writeTables(Path target, Iterable<ParsedDocument> documents) throws IOException {
        AtomicFiles.write(target, AtomicFiles.Sync.NONE, out -> {
            OutputStream buffered = new BufferedOutputStream(out);
            for (ParsedDocument document : documents) {
                for (Table table : document.tables()) {
                    writeLine(buffered, tableRecord(document.path(), table));
                }
            }
            buffered.flush();
        });
    }

    /** Writes every extraction problem of {@code documents} to {@code target} (e.g. {@code problems.jsonl}). */
    public void writeProblems(Path target, Iterable<ParsedDocument> documents) throws IOException {
        AtomicFiles.write(target, AtomicFiles.Sync.NONE, out -> {
            OutputStream buffered = new BufferedOutputStream(out);
            for (ParsedDocument document : documents) {
                for (Problem problem : document.problems()) {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("file", document.path());
                    record.put("line", problem.line());
                    record.put("column", problem.column());
                    record.put("message", problem.message());
                    writeLine(buffered, record);
                }
            }
            buffered.flush();
        });
    }

    /** One JSON object and a line feed; JSON escapes line breaks inside strings, so one line per record. */
    private static void writeLine(OutputStream out, Map<String, Object> record) throws IOException {
        JSON.writeValue(out, record);
        out.write('\n');
    }

    /** One table as the JSON object written; field order as in the docutils dump. */
    Map<String, Object> tableRecord(String file, Table table) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("file", file);
        record.put("line", table.line());
        record.put("column", table.column());
        record.put("directive_line", table.directiveLine());
        record.put("caption", table.caption());
        record.put("kind", table.kind().id());
        record.put("section", table.section());
        record.put("section_path", table.sectionPath());
        record.put("cols", table.columns());
        record.put("header", texts(table.header()));
        record.put("body", texts(table.body()));
        record.put("header_lines", lines(table.header()));
        record.put("body_lines", lines(table.body()));
        record.put("header_cols", gridColumns(table.header()));
        record.put("body_cols", gridColumns(table.body()));
        List<Map<String, Object>> spans = new ArrayList<>();
        spans(table.header(), "header", spans);
        spans(table.body(), "body", spans);
        record.put("spans", spans);
        record.put("roles", roles(table));
        record.put("header_positions", positions(table.header()));
        record.put("body_positions", positions(table.body()));
        return record;
    }

    private List<String> roles(Table table) {
        if (classifier == null) {
            return null;
        }
        Optional<StatusTable> status = classifier.classify(table);
        return status.map(s -> s.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList()).orElse(null);
    }

    private static List<List<String>> texts(List<Row> rows) {
        return rows.stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList();
    }

    /** docutils reports no line for an empty cell: null, as in its dump. */
    private static List<List<Integer>> lines(List<Row> rows) {
        List<List<Integer>> out = new ArrayList<>();
        for (Row row : rows) {
            List<Integer> lines = new ArrayList<>();
            for (Cell cell : row.cells()) {
                lines.add(cell.empty() ? null : cell.line());
            }
            out.add(lines);
        }
        return out;
    }

    private static List<List<Integer>> gridColumns(List<Row> rows) {
        return rows.stream().map(r -> r.cells().stream().map(Cell::gridColumn).toList()).toList();
    }

    private static List<List<List<Integer>>> positions(List<Row> rows) {
        return rows.stream().map(r -> r.cells().stream().map(c -> List.of(c.line(), c.column())).toList()).toList();
    }

    private static void spans(List<Row> rows, String part, List<Map<String, Object>> out) {
        for (int r = 0; r < rows.size(); r++) {
            for (Cell cell : rows.get(r).cells()) {
                if (cell.moreRows() > 0 || cell.moreCols() > 0) {
                    Map<String, Object> span = new LinkedHashMap<>();
                    span.put("part", part);
                    span.put("row", r);
                    span.put("col", cell.gridColumn());
                    span.put("morerows", cell.moreRows());
                    span.put("morecols", cell.moreCols());
                    out.add(span);
                }
            }
        }
    }
}
