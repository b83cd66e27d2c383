package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

/**
 * Cell lines cut from the source line (the fast path for lines without wide characters, pads or
 * stripped whitespace) against cell lines made from the padded block, on random grid tables with
 * wide characters, NUL characters, leading no-break spaces, spans and broken borders.
 */
class GridCellTextTest {

    @Test
    void cutFromTheLineGivesWhatTheBlockGives() {
        Random random = new Random(20261202L);
        int tables = 0;
        int narrowTables = 0;
        for (int n = 0; n < 8000; n++) {
            Lines lines = randomGridTable(random);
            TableResult fast = GridTableParser.parse(lines, 0, true);
            TableResult general = GridTableParser.parse(lines, 0, false);
            String source = lines.join();
            assertEquals(dump(general), dump(fast), () -> "table:\n" + source);
            tables += general.table() != null ? 1 : 0;
            if (source.chars().noneMatch(c -> c == 0 || EastAsianWidth.isWide((char) c))) {
                // text known to be narrow (ASCII documents) skips the search for what to pad
                TableResult narrow = GridTableParser.parse(lines, 0, true, true, true);
                assertEquals(dump(general), dump(narrow), () -> "narrow table:\n" + source);
                narrowTables += general.table() != null ? 1 : 0;
            }
        }
        assertTrue(tables > 3000, "well-formed tables: " + tables);
        assertTrue(narrowTables > 300, "well-formed narrow tables: " + narrowTables);
    }

    /** A grid of random cells; some borders opened into spans or broken, some lines odd. */
    private static Lines randomGridTable(Random random) {
        int columns = 1 + random.nextInt(4);
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = 2 + random.nextInt(6);
        }
        int rows = 1 + random.nextInt(4);
        int header = random.nextInt(3) == 0 ? 1 + random.nextInt(rows) : -1;
        List<String> out = new java.util.ArrayList<>();
        out.add(border(widths, '-', random, false));
        for (int r = 0; r < rows; r++) {
            int height = 1 + random.nextInt(2);
            for (int h = 0; h < height; h++) {
                StringBuilder line = new StringBuilder("|");
                for (int c = 0; c < columns; c++) {
                    line.append(cellText(widths[c], random));
                    // an opened column rule makes a span (or a broken table)
                    line.append(c < columns - 1 && random.nextInt(12) == 0 ? ' ' : '|');
                }
                out.add(random.nextInt(40) == 0 ? "\u00a0" + line : line.toString());
            }
            out.add(border(widths, r + 1 == header ? '=' : '-', random, r < rows - 1));
        }
        String[] text = new String[out.size()];
        int[] line = new int[out.size()];
        int[] column = new int[out.size()];
        for (int k = 0; k < text.length; k++) {
            text[k] = Lines.rstrip(out.get(k));
            line[k] = k + 1;
            column[k] = 3;
        }
        return new Lines(text, line, column);
    }

    private static String border(int[] widths, char rule, Random random, boolean inner) {
        StringBuilder b = new StringBuilder("+");
        for (int width : widths) {
            for (int k = 0; k < width; k++) {
                // an opened row rule in an inner border makes a row span (or a broken table)
                b.append(inner && random.nextInt(60) == 0 ? ' ' : rule);
            }
            b.append('+');
        }
        return b.toString();
    }

    /** {@code width} columns of text: a wide character takes two. */
    private static String cellText(int width, Random random) {
        String[] narrow = {" ", " ", " ", "a", "b", "1", "_", "*", "\u0000", "é", "|", "+", "-"};
        StringBuilder b = new StringBuilder();
        int used = 0;
        while (used < width) {
            if (used + 2 <= width && random.nextInt(15) == 0) {
                b.append(random.nextBoolean() ? '日' : 'Ａ');
                used += 2;
            } else {
                b.append(narrow[random.nextInt(narrow.length)]);
                used++;
            }
        }
        return b.toString();
    }

    static String dump(TableResult result) {
        StringBuilder b = new StringBuilder();
        b.append("next=").append(result.next()).append(" blankFinish=").append(result.blankFinish())
                .append(" problem=").append(result.problem()).append('\n');
        if (result.table() != null) {
            RawTable t = result.table();
            b.append(t.kind()).append(' ').append(t.line()).append(':').append(t.column()).append(" columns=")
                    .append(t.columns()).append(" header=").append(t.headerRows()).append('\n');
            for (List<RawTable.RawCell> row : t.rows()) {
                for (RawTable.RawCell cell : row) {
                    b.append("  cell ").append(cell.gridColumn()).append(' ').append(cell.moreRows()).append(' ')
                            .append(cell.moreCols()).append(" at ").append(cell.line()).append(':')
                            .append(cell.column()).append('\n');
                    Lines content = cell.content();
                    for (int k = 0; k < content.size(); k++) {
                        b.append("    ").append(content.line(k)).append(':').append(content.column(k)).append(" \"")
                                .append(content.text(k)).append("\"\n");
                    }
                }
            }
        }
        return b.toString();
    }
}
