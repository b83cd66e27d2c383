package io.github.dcslint.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random short texts for tests that compare a hand-written scan with the regular expression that
 * defines it: the same texts for the same seed, so a failure repeats.
 */
public final class RandomTexts {

    private RandomTexts() {
    }

    /** {@code count} texts of 0 to {@code maxPieces - 1} pieces each, drawn from {@code pieces}. */
    public static List<String> of(long seed, int count, int maxPieces, String... pieces) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(maxPieces);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    /** The characters of {@code alphabet} as one-character pieces. */
    public static String[] characters(String alphabet) {
        return alphabet.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new);
    }
}
