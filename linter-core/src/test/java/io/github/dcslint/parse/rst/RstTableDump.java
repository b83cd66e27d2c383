package io.github.dcslint.parse.rst;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;

import java.nio.file.Path;
import java.util.List;

/**
 * Prints our tables of RST files as JSON lines in the shape of {@code tools/rst_tables.py}, to
 * compare with docutils by hand while writing tests ({@code java ... RstTableDump FILE...}).
 */
public final class RstTableDump {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RstTableDump() {
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            Path file = Path.of(arg).toAbsolutePath();
            DocumentParser parser = new DocumentParser(ParseOptions.forRoot(file.getParent()));
            ParsedDocument doc = parser.parse(file);
            for (Table table : doc.tables()) {
                System.out.println(JSON.writeValueAsString(toJson(file.getFileName().toString(), table)));
            }
            for (Problem p : doc.problems()) {
                System.err.println(file.getFileName() + ":" + p.line() + ":" + p.column() + ": " + p.message());
            }
        }
    }

    static ObjectNode toJson(String rel, Table table) {
        ObjectNode o = JSON.createObjectNode();
        o.put("file", rel);
        o.put("line", table.line());
        if (table.directiveLine() == null) {
            o.putNull("directive_line");
        } else {
            o.put("directive_line", table.directiveLine());
        }
        o.put("caption", table.caption());
        o.put("kind", table.kind().id());
        o.put("section", table.section());
        ArrayNode path = o.putArray("section_path");
        table.sectionPath().forEach(path::add);
        o.put("cols", table.columns());
        ArrayNode spans = JSON.createArrayNode();
        part(o, "header", table.header(), spans);
        part(o, "body", table.body(), spans);
        o.set("spans", spans);
        return o;
    }

    private static void part(ObjectNode o, String name, List<Row> rows, ArrayNode spans) {
        ArrayNode texts = o.putArray(name);
        ArrayNode lines = o.putArray(name + "_lines");
        ArrayNode cols = o.putArray(name + "_cols");
        for (int r = 0; r < rows.size(); r++) {
            ArrayNode t = texts.addArray();
            ArrayNode l = lines.addArray();
            ArrayNode c = cols.addArray();
            for (Cell cell : rows.get(r).cells()) {
                t.add(cell.text());
                if (cell.empty()) {
                    l.addNull();
                } else {
                    l.add(cell.line());
                }
                c.add(cell.gridColumn());
                if (cell.moreRows() > 0 || cell.moreCols() > 0) {
                    ObjectNode s = spans.addObject();
                    s.put("part", name);
                    s.put("row", r);
                    s.put("col", cell.gridColumn());
                    s.put("morerows", cell.moreRows());
                    s.put("morecols", cell.moreCols());
                }
            }
        }
    }
}
