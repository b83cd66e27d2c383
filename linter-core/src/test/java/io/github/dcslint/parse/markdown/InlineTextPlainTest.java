package io.github.dcslint.parse.markdown;

import io.github.dcslint.testing.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one-pass plain cell text against the passes it fused: unescape, normalizeSpaces, strip. */
class InlineTextPlainTest {

    private static String byPasses(String source, int from, int to) {
        return InlineText.normalizeSpaces(InlineText.unescape(source.substring(from, to))).strip();
    }

    @Test
    void examples() {
        assertEquals("Not Found", InlineText.plain("| Not Found |", 2, 11));
        assertEquals("a b", InlineText.plain("a  b", 0, 4));
        assertEquals("it's a|b", InlineText.plain("it&#39;s a\\|b", 0, 13));
        assertEquals("a\nb", InlineText.plain("a &#10; b", 0, 9));
        // an entity or an escape cut by the cell's end is text
        assertEquals("&amp", InlineText.plain("&amp;", 0, 4));
        assertEquals("x\\", InlineText.plain("x\\|", 0, 2));
        assertEquals("", InlineText.plain("&nbsp; \u2003", 0, 8));
    }

    @Test
    void agreesWithThePassesOnRandomText() {
        String[] pieces = {"a", "b", "Not Found", " ", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000",
            "\u1680", "\u001f", "\u200b", "&", "&amp;", "&#39;", "&#10;", "&#32;", "&nbsp;", "&#x2003;", "&bogus;",
            "&#x1F600;", "#", ";", "\\", "\\|", "\\\\", "\\&amp;", "\\ ", "*", "|"};
        int n = 0;
        for (String text : RandomTexts.of(20261203L, 40_000, 12, pieces)) {
            // cut at any place, as cells are cut from their row
            int from = n % 3 == 0 || text.isEmpty() ? 0 : (n * 7) % text.length();
            int to = n % 2 == 0 ? text.length() : from + (text.length() - from) * (n % 5) / 5;
            n++;
            assertEquals(byPasses(text, from, to), InlineText.plain(text, from, to),
                    "[" + from + ", " + to + ") of " + text.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }
}
