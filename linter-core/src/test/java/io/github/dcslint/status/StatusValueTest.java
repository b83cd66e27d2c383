package io.github.dcslint.status;

import org.junit.jupiter.api.Test;

import java.util.Random;

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
        char[] alphabet = {'0', '1', '4', '5', '6', '9', 'O', 'o', 'I', 'l', 'x', 'X', 'd', 'e', 'f', 'a', 'u', 'L', 'T',
            ' ', '\u0661'};
        Random random = new Random(3);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(2) == 0 ? 3 : random.nextInt(9);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            check(text.toString());
        }
    }

    private static void check(String text) {
        assertEquals(StatusValue.CODE_LIKE.matcher(text).matches(), StatusValue.isCodeLike(text), "code-like " + text);
        assertEquals(StatusValue.REAL.matcher(text).matches(), StatusValue.isReal(text), "real " + text);
    }
}
