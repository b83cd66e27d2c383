package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.Expectations;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Our RST tables against docutils' own, cell for cell, on the whole OTC corpus: the reference is
 * {@code ../shared/corpus/otc/tables.docutils.jsonl}, written by {@code tools/rst_tables.py}.
 * Fails on any difference that is not in {@link #ALLOWED} and prints the first ones.
 */
class DocutilsAgreementTest {

    /**
     * Differences that are docutils' and not ours, each with its reason: key
     * {@code file:tableLine:field[:part:row:col]}. Empty: there are none on this corpus.
     */
    private static final Map<String, String> ALLOWED = Map.of();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyTableAndCellAgreesWithDocutils() throws IOException {
        Path otc = Expectations.shared().resolve("corpus/otc");
        Map<String, List<JsonNode>> expected = readReference(otc.resolve("tables.docutils.jsonl"));
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(otc));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(otc)) {
            files = walk.filter(p -> p.toString().endsWith(".rst")).sorted().toList();
        }
        Totals totals = new Totals();
        List<String> differences = new ArrayList<>();
        for (Path file : files) {
            String rel = otc.relativize(file).toString().replace('\\', '/');
            ParsedDocument doc = parser.parse(file);
            List<JsonNode> want = expected.getOrDefault(rel, List.of());
            totals.files++;
            if (doc.tables().size() != want.size()) {
                differences.add(rel + ": " + doc.tables().size() + " tables, docutils has " + want.size()
                        + describeLines(doc.tables(), want));
            }
            for (int t = 0; t < Math.min(doc.tables().size(), want.size()); t++) {
                totals.tables++;
                compare(rel, doc.tables().get(t), want.get(t), differences, totals);
            }
        }
        System.out.printf("DocutilsAgreementTest: %d files, %d tables, %d cells compared, %d cells equal,"
                + " %d differences (%d allowed)%n", totals.files, totals.tables, totals.cells, totals.cellsEqual,
                differences.size(), totals.allowed);
        differences.stream().limit(15).forEach(d -> System.out.println("  " + d));
        assertTrue(differences.isEmpty(), differences.size() + " differences with docutils, first: "
                + differences.stream().limit(5).toList());
    }

    @Test
    void aChangedCellTextLineOrSpanIsReportedAsADifference() {
        Table table = RstParser.parse(Path.of("t.rst").toAbsolutePath(), "t.rst", """
                +-----+-----+
                | a   | b   |
                +-----+-----+
                """, ParseOptions.forRoot(Path.of("").toAbsolutePath())).tables().get(0);
        com.fasterxml.jackson.databind.node.ObjectNode same = RstTableDump.toJson("t.rst", table);
        List<String> none = new ArrayList<>();
        compare("t.rst", table, same, none, new Totals());
        assertTrue(none.isEmpty(), none::toString);

        com.fasterxml.jackson.databind.node.ObjectNode changed = same.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) changed.get("body").get(0)).set(1, "B");
        ((com.fasterxml.jackson.databind.node.ArrayNode) changed.get("body_lines").get(0)).set(0, 3);
        changed.putArray("spans").addObject().put("part", "body").put("row", 0).put("col", 0)
                .put("morerows", 0).put("morecols", 1);
        List<String> found = new ArrayList<>();
        compare("t.rst", table, changed, found, new Totals());
        assertEquals(3, found.size(), found::toString);
        assertTrue(found.get(0).contains("body:0:0 line: ours 2, docutils 3"), found::toString);
        assertTrue(found.get(1).contains("body:0:1 text: ours \"b\", docutils \"B\""), found::toString);
        assertTrue(found.get(2).contains("spans"), found::toString);
    }

    private static final class Totals {
        int files;
        int tables;
        int cells;
        int cellsEqual;
        int allowed;
    }

    private static String describeLines(List<Table> ours, List<JsonNode> want) {
        return " (ours at lines " + ours.stream().map(Table::line).toList() + ", docutils at "
                + want.stream().map(j -> j.get("line").asInt()).toList() + ")";
    }

    private static void compare(String rel, Table ours, JsonNode want, List<String> differences, Totals totals) {
        String where = rel + ":" + want.get("line").asInt();
        check(where, "kind", ours.kind().id(), want.get("kind").asText(), differences, totals);
        check(where, "line", ours.line(), want.get("line").asInt(), differences, totals);
        check(where, "directive_line", ours.directiveLine(),
                want.get("directive_line").isNull() ? null : want.get("directive_line").asInt(), differences, totals);
        check(where, "caption", ours.caption(), want.get("caption").isNull() ? null : want.get("caption").asText(),
                differences, totals);
        List<String> path = new ArrayList<>();
        want.get("section_path").forEach(n -> path.add(n.asText()));
        check(where, "section_path", ours.sectionPath(), path, differences, totals);
        check(where, "cols", ours.columns(), want.get("cols").asInt(), differences, totals);
        List<String> spans = new ArrayList<>();
        comparePart(where, "header", ours.header(), want, differences, totals, spans);
        comparePart(where, "body", ours.body(), want, differences, totals, spans);
        List<String> wantSpans = new ArrayList<>();
        for (JsonNode s : want.get("spans")) {
            wantSpans.add(s.get("part").asText() + ":" + s.get("row").asInt() + ":" + s.get("col").asInt() + ":"
                    + s.get("morerows").asInt() + ":" + s.get("morecols").asInt());
        }
        check(where, "spans", spans, wantSpans, differences, totals);
    }

    private static void comparePart(String where, String part, List<Row> rows, JsonNode want, List<String> differences,
                                    Totals totals, List<String> spans) {
        JsonNode texts = want.get(part);
        JsonNode lines = want.get(part + "_lines");
        JsonNode cols = want.get(part + "_cols");
        if (rows.size() != texts.size()) {
            check(where, part + " rows", rows.size(), texts.size(), differences, totals);
        }
        for (int r = 0; r < Math.min(rows.size(), texts.size()); r++) {
            List<Cell> cells = rows.get(r).cells();
            JsonNode wantRow = texts.get(r);
            if (cells.size() != wantRow.size()) {
                check(where, part + " row " + r + " cells", cells.size(), wantRow.size(), differences, totals);
            }
            for (int c = 0; c < Math.min(cells.size(), wantRow.size()); c++) {
                Cell cell = cells.get(c);
                if (cell.moreRows() > 0 || cell.moreCols() > 0) {
                    spans.add(part + ":" + r + ":" + cell.gridColumn() + ":" + cell.moreRows() + ":" + cell.moreCols());
                }
                totals.cells++;
                String at = part + ":" + r + ":" + c;
                int before = differences.size();
                check(where, at + " text", Node.normalize(cell.text()), Node.normalize(wantRow.get(c).asText()),
                        differences, totals);
                JsonNode wantLine = lines.get(r).get(c);
                check(where, at + " line", cell.empty() ? null : cell.line(),
                        wantLine.isNull() ? null : wantLine.asInt(), differences, totals);
                check(where, at + " col", cell.gridColumn(), cols.get(r).get(c).asInt(), differences, totals);
                if (differences.size() == before) {
                    totals.cellsEqual++;
                }
            }
        }
    }

    private static void check(String where, String field, Object ours, Object want, List<String> differences,
                              Totals totals) {
        if (Objects.equals(ours, want)) {
            return;
        }
        String key = where + ":" + field;
        if (ALLOWED.containsKey(key)) {
            totals.allowed++;
            return;
        }
        differences.add(key + ": ours " + quote(ours) + ", docutils " + quote(want));
    }

    private static String quote(Object o) {
        return o instanceof String s ? "\"" + s + "\"" : String.valueOf(o);
    }

    private static Map<String, List<JsonNode>> readReference(Path jsonl) throws IOException {
        Map<String, List<JsonNode>> byFile = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                byFile.computeIfAbsent(node.get("file").asText(), k -> new ArrayList<>()).add(node);
            }
        }
        return byFile;
    }
}
