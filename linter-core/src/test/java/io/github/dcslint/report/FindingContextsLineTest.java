package io.github.dcslint.report;

import io.github.dcslint.testing.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The code of a source line (findings outside table cells) against the regex split it replaced. */
class FindingContextsLineTest {

    private static final Pattern CELL_BORDER = Pattern.compile("(?<!\\\\)\\||\\s{2,}");
    private static final Pattern CODE = Pattern.compile("^\\**\\s*([1-5](?:[0-9]{2}|[xX]{2}))(?![0-9A-Za-z])");

    private static String byRegex(String line) {
        for (String cell : CELL_BORDER.split(line)) {
            Matcher matcher = CODE.matcher(cell.strip());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return "";
    }

    @Test
    void examples() {
        assertEquals("404", FindingContexts.codeOfLine("| **404** | Not Found |"));
        assertEquals("500", FindingContexts.codeOfLine("   500    Internal Server Error"));
        assertEquals("", FindingContexts.codeOfLine("| a \\| 404 | b |"));
        assertEquals("4xx", FindingContexts.codeOfLine("x  4xx  y"));
    }

    @Test
    void agreesWithTheRegexSplitOnRandomLines() {
        String[] pieces = {"|", "\\", " ", "  ", "\t", "404", "4xx", "*", "a", "5", "0", "x", "Not Found"};
        for (String text : RandomTexts.of(11, 30_000, 9, pieces)) {
            assertEquals(byRegex(text), FindingContexts.codeOfLine(text), () -> "line [" + text + "]");
        }
    }

    @Test
    void sourceLinesAreThoseOfReadAllLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String[] texts = {"a\nb\n", "a\nb", "a\r\nb\r\n", "a\rb", "\n\nc", "", "x\r\n\ny\rz"};
        for (String text : texts) {
            java.nio.file.Path file = dir.resolve("f.md");
            java.nio.file.Files.writeString(file, text);
            java.util.List<String> expected = java.nio.file.Files.readAllLines(file);
            FindingContexts.SourceText source = FindingContexts.SourceText.read(file);
            for (int line = 0; line <= expected.size() + 1; line++) {
                String want = line >= 1 && line <= expected.size() ? expected.get(line - 1) : "";
                assertEquals(want, source.line(line), () -> "text " + text.replace("\r", "\\r")
                        .replace("\n", "\\n"));
            }
        }
    }
}
