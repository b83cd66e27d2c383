package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dcslint.testing.RandomTexts;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Enumerators#match} against docutils' enumerator pattern, on random line starts. */
class EnumeratorsTest {

    /** docutils' {@code (\(enum\)|enum\)|enum\.)( +|$)}, alternatives in its order. */
    private static final String ENUM = "[0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#";
    private static final Pattern MARKER = Pattern.compile(
            "^(?:\\((?<parens>" + ENUM + ")\\)|(?<rparen>" + ENUM + ")\\)|(?<period>" + ENUM + ")\\.)(?: +|$)");

    @Test
    void matchFindsTheMarkerTheRegexFinds() {
        String[] pieces = {"(", ")", ")", ".", ".", " ", " ", "1", "20", "a", "i", "iv", "xc", "X", "IV", "M", "#",
            "b", "B", "-", "ab"};
        int markers = 0;
        for (String s : RandomTexts.of(41, 60000, 6, pieces)) {
            Matcher m = MARKER.matcher(s);
            Enumerators.Match ours = Enumerators.match(s);
            if (!m.find()) {
                assertEquals(null, ours, () -> "\"" + s + "\"");
                continue;
            }
            markers++;
            assertTrue(ours != null, () -> "no marker in \"" + s + "\"");
            Enumerators.Format format = m.group("parens") != null ? Enumerators.Format.PARENS
                    : m.group("rparen") != null ? Enumerators.Format.RPAREN : Enumerators.Format.PERIOD;
            assertEquals(format, ours.format(), () -> "\"" + s + "\"");
            assertEquals(m.end(), ours.end(), () -> "\"" + s + "\"");
        }
        assertTrue(markers > 1000, "lines starting with a marker: " + markers);
    }
}
