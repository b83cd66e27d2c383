package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dcslint.testing.RandomTexts;

import org.junit.jupiter.api.Test;

/** The split of plain directive arguments at spaces against the Unicode whitespace regex. */
class DirectiveArgumentsTest {

    @Test
    void splitAtSpacesGivesTheWordsTheRegexGives() {
        String[] pieces = {"a", "Z", "9", "~", "!", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u001c", "é",
            "\u007f", "表"};
        int plain = 0;
        for (String text : RandomTexts.of(43, 40000, 10, pieces)) {
            String stripped = Lines.strip(text);
            if (stripped.isEmpty()) {
                continue;
            }
            assertArrayEquals(RstScanner.wordsByRegex(stripped), RstScanner.words(stripped),
                    () -> "\"" + stripped + "\"");
            plain += stripped.chars().allMatch(c -> c == ' ' || c >= '!' && c <= '~') ? 1 : 0;
        }
        assertTrue(plain > 3000, "texts of printable ASCII and spaces: " + plain);
    }
}
