package io.github.dcslint.parse.rst;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code spec/rst-tables.txt} the way commonmark-java's ExampleReader reads spec.txt:
 * {@code ## Section} headings, and examples fenced by a line of 32 backquotes followed by
 * {@code example}; inside, the RST source, a line holding only {@code .}, and the expected dump.
 * In sources, {@code →} stands for a tab.
 */
final class RstSpecExamples {

    /** One example: where it is, its source and its expected dump. */
    record Example(String section, int number, int line, String source, String expected) {
        @Override
        public String toString() {
            return section + " #" + number + " (spec line " + line + ")";
        }
    }

    private static final String FENCE = "````````````````````````````````";

    private RstSpecExamples() {
    }

    static List<Example> read(String resource) throws IOException {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = RstSpecExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("spec resource not found: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            int number = 0;
            int lineNo = 0;
            StringBuilder source = null;
            StringBuilder expected = null;
            int start = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (source == null) {
                    if (line.startsWith("## ")) {
                        section = line.substring(3).trim();
                        number = 0;
                    } else if (line.equals(FENCE + " example")) {
                        source = new StringBuilder();
                        start = lineNo;
                    }
                } else if (expected == null) {
                    if (line.equals(".")) {
                        expected = new StringBuilder();
                    } else {
                        source.append(line.replace('\u2192', '\t')).append('\n');
                    }
                } else if (line.equals(FENCE)) {
                    number++;
                    examples.add(new Example(section, number, start, source.toString(), expected.toString()));
                    source = null;
                    expected = null;
                } else {
                    expected.append(line).append('\n');
                }
            }
            if (source != null) {
                throw new IllegalStateException(resource + ":" + start + ": example not closed");
            }
        }
        return examples;
    }

    /**
     * The dump compared with the expected text: per table a line
     * {@code KIND LINE:COLUMN cols=N [directive=L] [caption="..."] [section="A > B"]}, then a line
     * per row, {@code header:} or {@code body:}, with its cells separated by {@code |}, each
     * {@code LINE:COLUMN "text"} (empty cells {@code LINE:COLUMN empty}), {@code @N} when the cell's
     * grid column differs from its place in the row, spans as
     * {@code +rows=N}/{@code +cols=N}; then {@code problem LINE:COLUMN message}; status headings as
     * {@code status LINE:COLUMN CODE}; the document title as {@code title "..."}.
     */
    static String dump(ParsedDocument doc) {
        StringBuilder b = new StringBuilder();
        if (doc.title() != null) {
            b.append("title \"").append(doc.title()).append("\"\n");
        }
        for (Table t : doc.tables()) {
            b.append(t.kind().id()).append(' ').append(t.line()).append(':').append(t.column())
                    .append(" cols=").append(t.columns());
            if (t.directiveLine() != null) {
                b.append(" directive=").append(t.directiveLine());
            }
            if (t.caption() != null) {
                b.append(" caption=\"").append(t.caption()).append('"');
            }
            if (!t.sectionPath().isEmpty()) {
                b.append(" section=\"").append(String.join(" > ", t.sectionPath())).append('"');
            }
            b.append('\n');
            rows(b, "header", t.header());
            rows(b, "body", t.body());
        }
        doc.statusHeadings().forEach(h -> b.append("status ").append(h.line()).append(':').append(h.column())
                .append(' ').append(h.code()).append('\n'));
        for (Problem p : doc.problems()) {
            b.append("problem ").append(p.line()).append(':').append(p.column()).append(' ').append(p.message())
                    .append('\n');
        }
        return b.toString();
    }

    private static void rows(StringBuilder b, String part, List<Row> rows) {
        for (Row row : rows) {
            b.append(part).append(':');
            String sep = " ";
            for (int k = 0; k < row.cells().size(); k++) {
                Cell c = row.cells().get(k);
                b.append(sep).append(c.line()).append(':').append(c.column());
                if (c.gridColumn() != k) {
                    b.append(" @").append(c.gridColumn());
                }
                if (c.empty()) {
                    b.append(" empty");
                } else {
                    b.append(" \"").append(c.text()).append('"');
                }
                if (c.moreRows() > 0) {
                    b.append(" +rows=").append(c.moreRows());
                }
                if (c.moreCols() > 0) {
                    b.append(" +cols=").append(c.moreCols());
                }
                sep = " | ";
            }
            b.append('\n');
        }
    }
}
