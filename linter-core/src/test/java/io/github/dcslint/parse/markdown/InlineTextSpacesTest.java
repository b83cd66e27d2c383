package io.github.dcslint.parse.markdown;

import io.github.dcslint.testing.RandomTexts;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one-pass space normalisation against the two regex replacements it replaced. */
class InlineTextSpacesTest {

    private static final Pattern SPACES =
            Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern SPACES_AROUND_BREAK = Pattern.compile(" ?\n ?");

    private static String byRegex(String text) {
        return SPACES_AROUND_BREAK.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("\n");
    }

    @Test
    void examples() {
        assertEquals("a b", InlineText.normalizeSpaces("a \t\u00A0 b"));
        assertEquals("a\nb", InlineText.normalizeSpaces("a \n b"));
        assertEquals("a\n\nb", InlineText.normalizeSpaces("a \n \n b"));
        assertEquals(" a ", InlineText.normalizeSpaces("\u3000a\r\r"));
        assertEquals("a\u200Bb", InlineText.normalizeSpaces("a\u200Bb"));
    }

    @Test
    void agreesWithTheRegexDefinitionOnRandomText() {
        String[] alphabet = RandomTexts.characters("ab  \t\n\n\r\u00A0\u2003\u200B\u3000\f");
        for (String input : RandomTexts.of(20261125, 20_000, 12, alphabet)) {
            assertEquals(byRegex(input), InlineText.normalizeSpaces(input), () -> "input " + input.codePoints()
                    .mapToObj(Integer::toHexString).toList());
        }
    }
}
