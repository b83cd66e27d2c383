package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dcslint.testing.RandomTexts;

import org.junit.jupiter.api.Test;

/** The narrow-line fast path of {@link EastAsianWidth#sourceIndex} against the general count. */
class EastAsianWidthTest {

    @Test
    void narrowFastPathGivesTheIndexTheGeneralCountGives() {
        // wide (日, Ａ, 가), not wide (ｱ halfwidth, é), the pad character itself, table characters
        String[] pieces = RandomTexts.characters("ab |+-日Ａ가ｱé\u0000");
        int wideLines = 0;
        for (String s : RandomTexts.of(17, 3000, 24, pieces)) {
            boolean narrow = EastAsianWidth.pad(s) == s;
            wideLines += narrow ? 0 : 1;
            for (int i = -1; i <= EastAsianWidth.pad(s).length() + 2; i++) {
                assertEquals(EastAsianWidth.sourceIndex(s, i), EastAsianWidth.sourceIndex(s, narrow, i),
                        "index " + i + " in \"" + s + "\"");
            }
        }
        assertEquals(true, wideLines > 1000, "lines with a wide character: " + wideLines);
    }
}
