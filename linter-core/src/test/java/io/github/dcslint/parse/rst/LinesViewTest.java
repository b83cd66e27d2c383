package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Random;

/**
 * Nested blocks are views (shared strings, moved offsets): their lines must read exactly as the
 * substrings docutils' StringList would hold. Random blocks go through random chains of slice,
 * cut, trim_left and get_indented, texts read at random moments (so cut texts are cached and then
 * cut again), and every line is compared with a copying model of the same operations.
 */
class LinesViewTest {

    /** The copying model: one substring per line and operation, as Lines did before views. */
    private record Model(String[] text, int[] line, int[] column) {

        Model slice(int from, int to) {
            int len = Math.max(0, to - from);
            Model m = new Model(new String[len], new int[len], new int[len]);
            System.arraycopy(text, from, m.text, 0, len);
            System.arraycopy(line, from, m.line, 0, len);
            System.arraycopy(column, from, m.column, 0, len);
            return m;
        }

        Model withCut(int i, int cut) {
            Model m = slice(0, text.length);
            m.text[i] = m.text[i].substring(Math.min(cut, m.text[i].length()));
            m.column[i] += cut;
            return m;
        }

        Model trimLeft(int length, int start, int end) {
            Model m = slice(0, text.length);
            for (int i = start; i < end; i++) {
                m.text[i] = m.text[i].length() > length ? m.text[i].substring(length) : "";
                m.column[i] += length;
            }
            return m;
        }

        /** get_indented on the copied strings (lstrip made a substring): {end, indent, blankFinish}. */
        int[] indentedShape(int start, boolean untilBlank, int blockIndent, int firstIndent) {
            int indent = blockIndent;
            int end = start;
            if (blockIndent >= 0 && firstIndent < 0) {
                firstIndent = blockIndent;
            }
            if (firstIndent >= 0) {
                end++;
            }
            boolean blankFinish = true;
            while (end < text.length) {
                String s = text[end];
                String stripped = Lines.lstrip(s);
                int lead = s.length() - stripped.length();
                if (!s.isEmpty() && (s.charAt(0) != ' ' || (blockIndent >= 0 && lead < Math.min(blockIndent, s.length())))) {
                    blankFinish = end > start && text[end - 1].isEmpty();
                    break;
                }
                if (stripped.isEmpty()) {
                    if (untilBlank) {
                        blankFinish = true;
                        break;
                    }
                } else if (blockIndent < 0) {
                    indent = indent < 0 ? lead : Math.min(indent, lead);
                }
                end++;
            }
            return new int[] {end, Math.max(indent, 0), blankFinish ? 1 : 0, indent};
        }
    }

    @Test
    void viewsReadAsCopies() {
        Random random = new Random(20261204L);
        int compared = 0;
        for (int n = 0; n < 20000; n++) {
            int size = 1 + random.nextInt(8);
            String[] text = new String[size];
            int[] line = new int[size];
            int[] column = new int[size];
            for (int k = 0; k < size; k++) {
                text[k] = randomLine(random);
                line[k] = k + 1;
                column[k] = random.nextInt(3);
            }
            Lines lines = new Lines(text.clone(), line.clone(), column.clone());
            Model model = new Model(text.clone(), line.clone(), column.clone());
            for (int step = 0; step < 6 && lines.size() > 0; step++) {
                int i = random.nextInt(lines.size());
                switch (random.nextInt(4)) {
                    case 0 -> {
                        int from = random.nextInt(lines.size());
                        int to = from + random.nextInt(lines.size() - from + 1);
                        lines = lines.slice(from, to);
                        model = model.slice(from, to);
                    }
                    case 1 -> {
                        int cut = random.nextInt(6);
                        lines = lines.withCut(i, cut);
                        model = model.withCut(i, cut);
                    }
                    case 2 -> {
                        int length = random.nextInt(5);
                        int end = i + random.nextInt(lines.size() - i + 1);
                        lines = lines.trimLeft(length, i, end);
                        model = model.trimLeft(length, i, end);
                    }
                    default -> {
                        boolean untilBlank = random.nextBoolean();
                        boolean stripIndent = random.nextBoolean();
                        int blockIndent = random.nextInt(3) == 0 ? random.nextInt(4) : -1;
                        int firstIndent = random.nextInt(2) == 0 ? random.nextInt(5) : -1;
                        Lines.Indented ind = lines.indented(i, untilBlank, stripIndent, blockIndent, firstIndent);
                        int[] shape = model.indentedShape(i, untilBlank, blockIndent, firstIndent);
                        assertEquals(shape[0], ind.end(), "end");
                        assertEquals(shape[1], ind.indent(), "indent");
                        assertEquals(shape[2] == 1, ind.blankFinish(), "blankFinish");
                        Model block = model.slice(i, shape[0]);
                        int first = blockIndent >= 0 && firstIndent < 0 ? blockIndent : firstIndent;
                        if (first >= 0 && block.text.length > 0) {
                            block = block.withCut(0, first);
                        }
                        if (shape[3] > 0 && stripIndent) {
                            block = block.trimLeft(shape[3], first >= 0 ? 1 : 0, block.text.length);
                        }
                        lines = ind.block();
                        model = block;
                    }
                }
                compared += compare(model, lines, random);
            }
        }
        assertTrue(compared > 100000, "lines compared: " + compared);
    }

    /** Compares every line; reads some texts first, so that the next cut must not reuse them. */
    private static int compare(Model model, Lines lines, Random random) {
        assertEquals(model.text.length, lines.size());
        for (int k = 0; k < lines.size(); k++) {
            String want = model.text[k];
            if (random.nextBoolean()) {
                assertEquals(want, lines.text(k));
            }
            assertEquals(want.length(), lines.length(k));
            assertEquals(want.isEmpty(), lines.isBlank(k));
            assertEquals(want, lines.source(k).substring(lines.start(k)));
            if (!want.isEmpty()) {
                int at = random.nextInt(want.length());
                assertEquals(want.charAt(at), lines.charAt(k, at));
                int to = at + random.nextInt(want.length() - at + 1);
                assertEquals(want.substring(at, to), lines.substring(k, at, to));
            }
            assertEquals(model.line[k], lines.line(k));
            assertEquals(model.column[k], lines.column(k));
        }
        assertEquals(String.join("\n", model.text), lines.join());
        if (lines.size() > 0) {
            assertEquals(lines.textBlockEnd(0, true), modelTextBlockEnd(model, true));
            assertEquals(lines.textBlockEnd(0, false), modelTextBlockEnd(model, false));
        }
        return lines.size();
    }

    private static int modelTextBlockEnd(Model model, boolean flushLeft) {
        int end = 0;
        while (end < model.text.length && !model.text[end].isEmpty()
                && !(flushLeft && model.text[end].charAt(0) == ' ')) {
            end++;
        }
        return end;
    }

    /** Right-stripped, as Lines keeps its lines: indentation, words, sometimes blank or a no-break space. */
    private static String randomLine(Random random) {
        if (random.nextInt(5) == 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(" ".repeat(random.nextInt(6)));
        if (random.nextInt(10) == 0) {
            b.append('\u00a0');
        }
        int words = 1 + random.nextInt(3);
        for (int w = 0; w < words; w++) {
            b.append("ab-|+".repeat(1 + random.nextInt(2)), 0, 1 + random.nextInt(5)).append(' ');
        }
        return Lines.rstrip(b.toString());
    }
}
