package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import io.github.dcslint.testing.RandomTexts;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The unescaping scan against flexmark's regex replacement it replaced. */
class InlineTextUnescapeTest {

    @Test
    void examples() {
        assertEquals("it's \"x\" & y", InlineText.unescape("it&#39;s &quot;x&quot; &amp; y"));
        assertEquals("a|b *c* \\d", InlineText.unescape("a\\|b \\*c\\* \\d"));
        assertEquals("&amp;", InlineText.unescape("\\&amp;"));
        assertEquals("&bogus; &#x; &#123456789;", InlineText.unescape("&bogus; &#x; &#123456789;"));
        assertEquals("AA", InlineText.unescape("&#X41;&#x41;"));
    }

    @Test
    void agreesWithFlexmarkOnRandomText() {
        String[] pieces = {"&", "&", "#", "#", "x", "X", "a", "Z", "0", "9", "f", "G", ";", ";", "\\", "\\", "*", "|",
            " ", "amp", "quot", "nbsp", "39", "x27", "12345678", "123456789", "a".repeat(31), "\u00e9", "\\\\"};
        for (String input : RandomTexts.of(20261129L, 30_000, 10, pieces)) {
            assertEquals(Escaping.unescapeString(input), InlineText.unescape(input), input);
        }
    }
}
