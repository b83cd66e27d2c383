package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Grid tables read by the regular-grid shortcut against the same tables traced corner by corner,
 * on random grids that are mostly regular but get single characters changed where the shortcut
 * must notice (a '+' or '|' moved, added or dropped, a border opened into a span, a '+' moved
 * along a border, two borders in a row, header separators anywhere, a text line starting with '+').
 */
class GridRegularShortcutTest {

    @Test
    void shortcutGivesWhatTracingGives() {
        Random random = new Random(20261203L);
        int tables = 0;
        int spans = 0;
        for (int n = 0; n < 20000; n++) {
            Lines lines = randomTable(random);
            if (!GridTableParser.Factory.tryStart(lines.text(0))) {
                continue; // the scanner reads a grid table only from a top border
            }
            TableResult shortcut = GridTableParser.parse(lines, 0, true, true);
            TableResult traced = GridTableParser.parse(lines, 0, true, false);
            String source = lines.join();
            assertEquals(GridCellTextTest.dump(traced), GridCellTextTest.dump(shortcut), () -> "table:\n" + source);
            if (traced.table() != null) {
                tables++;
                if (traced.table().rows().stream().flatMap(List::stream)
                        .anyMatch(c -> c.moreRows() > 0 || c.moreCols() > 0)) {
                    spans++;
                }
            }
        }
        // both kinds must be well represented, or the comparison proves little
        assertTrue(tables > 8000, "well-formed tables: " + tables);
        assertTrue(spans > 1000, "tables with spans: " + spans);
    }

    private static Lines randomTable(Random random) {
        int columns = 1 + random.nextInt(4);
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = 1 + random.nextInt(5);
        }
        int rows = 1 + random.nextInt(4);
        List<String> out = new ArrayList<>();
        out.add(border(widths, '-'));
        for (int r = 0; r < rows; r++) {
            int height = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(2); // 0: two borders in a row
            for (int h = 0; h < height; h++) {
                StringBuilder line = new StringBuilder("|");
                for (int c = 0; c < columns; c++) {
                    for (int k = 0; k < widths[c]; k++) {
                        line.append(" ab+|-=".charAt(random.nextInt(random.nextInt(4) == 0 ? 7 : 3)));
                    }
                    line.append('|');
                }
                out.add(line.toString());
            }
            out.add(border(widths, random.nextInt(6) == 0 ? '=' : '-'));
        }
        // a few single-character changes, anywhere (borders included)
        int changes = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
        for (int k = 0; k < changes; k++) {
            int row = random.nextInt(out.size());
            StringBuilder line = new StringBuilder(out.get(row));
            int at = random.nextInt(line.length());
            line.setCharAt(at, "+|- =a".charAt(random.nextInt(6)));
            out.set(row, line.toString());
        }
        // an inner '+' moved by one in a border below the top: as many '+' as the top has, in other columns
        if (out.size() > 2 && random.nextInt(8) == 0) {
            int row = 1 + random.nextInt(out.size() - 1);
            StringBuilder line = new StringBuilder(out.get(row));
            for (int at = 1; at < line.length() - 2; at++) {
                if (line.charAt(at) == '+' && line.charAt(at + 1) == '-') {
                    line.setCharAt(at, '-');
                    line.setCharAt(at + 1, '+');
                    break;
                }
            }
            out.set(row, line.toString());
        }
        String[] text = new String[out.size()];
        int[] line = new int[out.size()];
        int[] column = new int[out.size()];
        for (int k = 0; k < text.length; k++) {
            text[k] = Lines.rstrip(out.get(k));
            line[k] = k + 1;
            column[k] = 2;
        }
        return new Lines(text, line, column);
    }

    private static String border(int[] widths, char rule) {
        StringBuilder b = new StringBuilder("+");
        for (int width : widths) {
            b.append(String.valueOf(rule).repeat(width)).append('+');
        }
        return b.toString();
    }
}
