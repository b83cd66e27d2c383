package io.github.dcslint.check;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares reason phrases the way a reader does, with switchable tolerance for case, spacing and
 * punctuation, and recognises CamelCase phrases ({@code NoContent}) as run-together words.
 */
final class StatusNames {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Hyphens, dots, apostrophes, brackets and the like: what "ignore punctuation" drops. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{Pd}\\u2018\\u2019\\u201C\\u201D]");
    /** A lower-case letter or digit followed by an upper-case one: {@code oC} in {@code NoContent}. */
    private static final Pattern CAMEL_LOWER_UPPER = Pattern.compile("(?<=[\\p{Ll}\\d])(?=\\p{Lu})");
    /** An upper-case run followed by a capitalised word: {@code PV} in {@code HTTPVersion}. */
    private static final Pattern CAMEL_ACRONYM = Pattern.compile("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    private final boolean ignoreCase;
    private final boolean ignoreSpacing;
    private final boolean ignorePunctuation;

    StatusNames(boolean ignoreCase, boolean ignoreSpacing, boolean ignorePunctuation) {
        this.ignoreCase = ignoreCase;
        this.ignoreSpacing = ignoreSpacing;
        this.ignorePunctuation = ignorePunctuation;
    }

    /**
     * Tolerant of case and punctuation, for telling an earlier RFC's phrase apart. Not of word
     * spacing: {@code UnprocessableEntity} is an identifier, not RFC 4918's phrase.
     */
    static StatusNames lenient() {
        return new StatusNames(true, false, true);
    }

    /** Whether {@code written} is {@code expected} under this comparison's tolerances. */
    boolean same(String written, String expected) {
        return key(written).equals(key(expected));
    }

    /** The text as this comparison sees it. */
    String key(String text) {
        String s = collapse(text);
        if (ignorePunctuation) {
            s = collapse(PUNCTUATION.matcher(s).replaceAll(" "));
        }
        if (ignoreSpacing) {
            s = WHITESPACE.matcher(s).replaceAll("");
        }
        if (ignoreCase) {
            s = s.toLowerCase(Locale.ROOT);
        }
        return s;
    }

    /** Runs of whitespace (line breaks included) as one space, trimmed. */
    static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").trim();
    }

    /**
     * Whether {@code written} is one CamelCase word ({@code NoContent}, {@code HTTPVersionNotSupported}),
     * i.e. has no space and splits into more than one word.
     */
    static boolean isCamelCase(String written) {
        String s = collapse(written);
        return !s.isEmpty() && !s.contains(" ") && !splitCamelCase(s).equals(s);
    }

    /** {@code NoContent} as {@code No Content}, {@code HTTPVersionNotSupported} as {@code HTTP Version Not Supported}. */
    static String splitCamelCase(String word) {
        String s = CAMEL_LOWER_UPPER.matcher(word).replaceAll(" ");
        return CAMEL_ACRONYM.matcher(s).replaceAll(" ");
    }
}
