package io.github.dcslint.parse.rst;

/**
 * Enumerated list markers, docutils' {@code (\(enum\)|enum\)|enum\.)( +|$)} with
 * {@code enum = [0-9]+|[a-z]|[A-Z]|[ivxlcdm]+|[IVXLCDM]+|#}, and its validity checks
 * (parse_enumerator, is_enumerated_list_item, make_enumerator).
 */
final class Enumerators {

    private Enumerators() {
    }

    enum Format { PARENS, RPAREN, PERIOD }

    enum Sequence { AUTO, ARABIC, LOWERALPHA, UPPERALPHA, LOWERROMAN, UPPERROMAN }

    /** A recognised marker: its format, sequence, ordinal (null when invalid) and end (spaces included). */
    record Match(Format format, Sequence sequence, Integer ordinal, int end) {
    }

    static Match match(String s) {
        int n = s.length();
        boolean parens = n > 0 && s.charAt(0) == '(';
        int start = parens ? 1 : 0;
        if (start >= n) {
            return null;
        }
        // candidate token ends, in the regex's order of alternatives; two ints, not an array per
        // call (bodyLine asks about every line of a document)
        char c = s.charAt(start);
        int first;
        int second = -1;
        if (c >= '0' && c <= '9') {
            int k = start;
            while (k < n && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
                k++;
            }
            first = k;
        } else if (c == '#') {
            first = start + 1;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            String roman = Character.isLowerCase(c) ? "ivxlcdm" : "IVXLCDM";
            int k = start;
            while (k < n && roman.indexOf(s.charAt(k)) >= 0) {
                k++;
            }
            first = start + 1;
            second = k > start + 1 ? k : -1;
        } else {
            return null;
        }
        Match found = matchAt(s, parens, start, first);
        return found != null || second < 0 ? found : matchAt(s, parens, start, second);
    }

    /** The marker whose enumerator is s[start, tokenEnd), or null when no suffix and space follow. */
    private static Match matchAt(String s, boolean parens, int start, int tokenEnd) {
        int n = s.length();
        if (tokenEnd >= n) {
            return null;
        }
        char suffix = s.charAt(tokenEnd);
        Format format;
        if (parens) {
            if (suffix != ')') {
                return null;
            }
            format = Format.PARENS;
        } else if (suffix == ')') {
            format = Format.RPAREN;
        } else if (suffix == '.') {
            format = Format.PERIOD;
        } else {
            return null;
        }
        int end = tokenEnd + 1;
        if (end < n && s.charAt(end) != ' ') {
            return null;
        }
        while (end < n && s.charAt(end) == ' ') {
            end++;
        }
        String text = s.substring(start, tokenEnd);
        Sequence sequence = sequence(text);
        return new Match(format, sequence, ordinal(text, sequence), end);
    }

    private static Sequence sequence(String text) {
        if (text.equals("#")) {
            return Sequence.AUTO;
        }
        if (text.equals("i")) {
            return Sequence.LOWERROMAN;
        }
        if (text.equals("I")) {
            return Sequence.UPPERROMAN;
        }
        char c = text.charAt(0);
        if (c >= '0' && c <= '9') {
            return Sequence.ARABIC;
        }
        if (text.length() == 1) {
            return Character.isLowerCase(c) ? Sequence.LOWERALPHA : Sequence.UPPERALPHA;
        }
        return Character.isLowerCase(c) ? Sequence.LOWERROMAN : Sequence.UPPERROMAN;
    }

    private static Integer ordinal(String text, Sequence sequence) {
        switch (sequence) {
            case AUTO:
                return 1;
            case ARABIC:
                return text.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(text);
            case LOWERALPHA:
                return text.charAt(0) - 'a' + 1;
            case UPPERALPHA:
                return text.charAt(0) - 'A' + 1;
            default:
                return fromRoman(text.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private static final String[] ROMAN_SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV",
        "I"};
    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

    /** roman.fromRoman: only well-formed numerals from 1 to 4999, else null. */
    static Integer fromRoman(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int value = 0;
        int i = 0;
        for (int k = 0; k < ROMAN_SYMBOLS.length; k++) {
            while (s.startsWith(ROMAN_SYMBOLS[k], i)) {
                value += ROMAN_VALUES[k];
                i += ROMAN_SYMBOLS[k].length();
            }
        }
        if (i != s.length() || value < 1 || value > 4999 || !toRoman(value).equals(s)) {
            return null;
        }
        return value;
    }

    static String toRoman(int value) {
        StringBuilder b = new StringBuilder();
        int v = value;
        for (int k = 0; k < ROMAN_SYMBOLS.length; k++) {
            while (v >= ROMAN_VALUES[k]) {
                b.append(ROMAN_SYMBOLS[k]);
                v -= ROMAN_VALUES[k];
            }
        }
        return b.toString();
    }

    /**
     * "Check validity based on the ordinal value and the second line. Return true if the ordinal
     * is valid and the second line is blank, indented, or starts with the next enumerator or an
     * auto-enumerator."
     */
    static boolean isListItem(Match m, Lines lines, int i) {
        if (m.ordinal() == null) {
            return false;
        }
        if (i + 1 >= lines.size()) {
            return true;
        }
        String next = lines.text(i + 1);
        if (next.isEmpty() || next.charAt(0) == ' ') {
            return true;
        }
        String[] markers = nextMarkers(m);
        return markers != null && (next.startsWith(markers[0]) || next.startsWith(markers[1]));
    }

    private static String[] nextMarkers(Match m) {
        int ordinal = m.ordinal() + 1;
        String enumerator;
        switch (m.sequence()) {
            case AUTO -> enumerator = "#";
            case ARABIC -> enumerator = Integer.toString(ordinal);
            case LOWERALPHA, UPPERALPHA -> {
                if (ordinal > 26) {
                    return null;
                }
                char c = (char) ((m.sequence() == Sequence.LOWERALPHA ? 'a' : 'A') + ordinal - 1);
                enumerator = String.valueOf(c);
            }
            default -> {
                if (ordinal > 4999) {
                    return null;
                }
                String roman = toRoman(ordinal);
                enumerator = m.sequence() == Sequence.LOWERROMAN ? roman.toLowerCase(java.util.Locale.ROOT) : roman;
            }
        }
        String prefix = m.format() == Format.PARENS ? "(" : "";
        String suffix = m.format() == Format.PERIOD ? "." : ")";
        return new String[] {prefix + enumerator + suffix + " ", prefix + "#" + suffix + " "};
    }
}
