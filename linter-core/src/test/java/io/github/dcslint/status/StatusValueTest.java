package io.github.dcslint.status;

import io.github.dcslint.testing.RandomTexts;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;

/** The character checks of StatusValue against the regular expressions that define them. */
class StatusValueTest {

    @Test
    void codeChecksAgreeWithTheirPatterns() {
        String[] fixed = {"404", "4O4", "2xx", "XXX", "lOl", "default", "DEFAULT", "Default", "defaulT", "deFault ",
            "600", "099", "1٠0", "40", "4044", "", "dEfAuLt", "xx1"};
        for (String text : fixed) {
            check(text);
        }
        String[] alphabet = RandomTexts.characters("014569OoIlxXdefauLT \u0661");
        RandomTexts.of(3, 25_000, 5, alphabet).forEach(StatusValueTest::check);
        RandomTexts.of(4, 25_000, 9, alphabet).forEach(StatusValueTest::check);
    }

    private static void check(String text) {
        assertEquals(StatusValue.CODE_LIKE.matcher(text).matches(), StatusValue.isCodeLike(text), "code-like " + text);
        assertEquals(StatusValue.REAL.matcher(text).matches(), StatusValue.isReal(text), "real " + text);
    }
}
