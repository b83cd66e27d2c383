package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dcslint.testing.RandomTexts;

import org.junit.jupiter.api.Test;

/** The look for markup in front of {@link InlineReducer#reduce} against the full inline parse. */
class InlineReducerTest {

    @Test
    void textsWithoutMarkupReduceAsTheFullParseReducesThem() {
        // underscores inside, before and after words, before markup and punctuation, doubled
        String[] pieces = {"a", "Z", "0", "é", " ", "\n", "_", "__", "_a", "x_y", "name_", "`", "*", "|", "\\",
            "[1]", "]", "[", ":", ".", "-", "(", ")", "<", ">", "'", "\u00a0", "\u0000", "_é", "_:", "ref_"};
        int unchanged = 0;
        int changed = 0;
        for (String text : RandomTexts.of(29, 40000, 10, pieces)) {
            int[] fast = {0};
            int[] full = {0};
            String reduced = InlineReducer.reduce(text, fast);
            String expected = InlineReducer.reduceMarkup(text, full);
            assertEquals(expected, reduced, () -> "\"" + text + "\"");
            assertArrayEquals(full, fast, () -> "problems in \"" + text + "\"");
            if (text.contains("_")) {
                if (expected.equals(text)) {
                    unchanged++;
                } else {
                    changed++;
                }
            }
        }
        // both kinds of text with an underscore occurred many times
        assertTrue(unchanged > 1000 && changed > 1000, unchanged + " unchanged, " + changed + " changed");
    }

    @Test
    void passingOverPlainCharactersFindsWhatLookingAtEveryCharacterFinds() {
        String[] pieces = {"a", "Z", "0", "é", " ", "\n", "_", "__", "x_y", "name_", "`", "``", "*", "**", "|", "\\",
            "[1]", "[#]_", "]_", "[", ":", ":ref:", ":code:", ".", "-", "(", ")", "<", ">", "'", "\"", "\u00a0",
            "\u0000", "_`", "word", "`a <b>`_", "日本"};
        int inline = 0;
        for (String text : RandomTexts.of(31, 40000, 12, pieces)) {
            int[] skipping = {0};
            int[] everyCharacter = {0};
            String expected = InlineReducer.reduceMarkup(text, everyCharacter, false);
            assertEquals(expected, InlineReducer.reduceMarkup(text, skipping, true), () -> "\"" + text + "\"");
            assertArrayEquals(everyCharacter, skipping, () -> "problems in \"" + text + "\"");
            inline += expected.equals(text) ? 0 : 1;
        }
        assertTrue(inline > 10000, "texts with markup reduced: " + inline);
    }

    @Test
    void underscoreInsideAWordIsNoReference() {
        assertEquals("project_id and x_1", InlineReducer.reduce("project_id and x_1"));
        assertEquals("name and target", InlineReducer.reduce("name_ and `target`__"));
    }
}
