package io.github.dcslint.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Table;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares dcs's table export with the docutils dump, field by field:
 * {@code DocutilsComparison ROOT DUMP [MAX_SHOWN]}, e.g. {@code ../shared/corpus/otc
 * ../shared/corpus/otc/tables.docutils.jsonl 20}. Tables are matched by file and line; prints
 * per field how many matched tables agree, tables only one side has, and the first differences.
 * A tool for whoever works on the RST parser, not a test: it passes whatever it finds.
 */
public final class DocutilsComparison {

    private static final List<String> FIELDS = List.of("kind", "directive_line", "caption", "section_path", "cols",
            "header", "body", "header_lines", "body_lines", "header_cols", "body_cols", "spans");

    private DocutilsComparison() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpus/otc").toAbsolutePath().normalize();
        Path dump = Path.of(args.length > 1 ? args[1] : root.resolve("tables.docutils.jsonl").toString());
        int maxShown = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        ObjectMapper json = new ObjectMapper();

        Map<String, List<JsonNode>> expectedByFile = new TreeMap<>();
        try (BufferedReader lines = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode record = json.readTree(line);
                expectedByFile.computeIfAbsent(record.get("file").asText(), f -> new ArrayList<>()).add(record);
            }
        }
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(root));
        TablesJsonlWriter writer = new TablesJsonlWriter(null);
        Map<String, Integer> agree = new LinkedHashMap<>();
        FIELDS.forEach(f -> agree.put(f, 0));
        int matched = 0;
        int onlyDocutils = 0;
        int onlyDcs = 0;
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> entry : expectedByFile.entrySet()) {
            ParsedDocument doc = parser.parse(root.resolve(entry.getKey()));
            Map<Integer, JsonNode> ours = new TreeMap<>();
            for (Table table : doc.tables()) {
                ours.put(table.line(), json.valueToTree(writer.tableRecord(doc.path(), table)));
            }
            for (JsonNode expected : entry.getValue()) {
                JsonNode actual = ours.remove(expected.get("line").asInt());
                String where = entry.getKey() + ":" + expected.get("line").asInt();
                if (actual == null) {
                    onlyDocutils++;
                    note(shown, maxShown, where + " only docutils has this table");
                    continue;
                }
                matched++;
                for (String field : FIELDS) {
                    if (expected.get(field).equals(actual.get(field))) {
                        agree.merge(field, 1, Integer::sum);
                    } else {
                        note(shown, maxShown, where + " " + field + ": docutils " + expected.get(field)
                                + " dcs " + actual.get(field));
                    }
                }
            }
            for (Integer line : ours.keySet()) {
                onlyDcs++;
                note(shown, maxShown, entry.getKey() + ":" + line + " only dcs has this table");
            }
        }
        int total = matched + onlyDocutils;
        System.out.printf(Locale.ROOT, "docutils tables %d, matched by file and line %d, only docutils %d,"
                + " only dcs %d (in files docutils has tables in)%n", total, matched, onlyDocutils, onlyDcs);
        for (Map.Entry<String, Integer> field : agree.entrySet()) {
            System.out.printf(Locale.ROOT, "  %-15s %5d / %d agree%n", field.getKey(), field.getValue(), matched);
        }
        shown.forEach(s -> System.out.println("  " + s));
    }

    private static void note(List<String> shown, int max, String text) {
        if (shown.size() < max) {
            shown.add(text.length() > 400 ? text.substring(0, 400) + "..." : text);
        }
    }
}
