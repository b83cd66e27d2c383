package io.github.dcslint.parse.rst;

import java.util.Locale;
import java.util.Set;

/**
 * Reduces a run of RST text to what docutils' {@code astext()} gives for it after inline
 * parsing: markup characters removed, references reduced to their visible text, backslash
 * escapes resolved. A port of docutils 0.19's {@code Inliner.parse} written with plain character
 * loops (no backtracking regular expressions).
 *
 * <p>Sphinx roles are reduced the way {@code ../shared/tools/rst_tables.py} stubs them: the
 * explicit title of {@code :ref:`Title <target>`}, else the target, without a leading
 * {@code ~} or {@code !}.
 */
final class InlineReducer {

    /** Escaped characters are marked by this character in front of them (docutils' escape2null). */
    static final char NULL = '\u0000';

    /** Roles rst_tables.py registers as Sphinx cross-reference stubs. */
    private static final Set<String> SPHINX_ROLES = Set.of(
            "ref", "doc", "download", "numref", "term", "keyword", "option", "envvar",
            "token", "any", "class", "func", "meth", "attr", "mod", "obj", "data",
            "const", "exc", "file", "samp", "guilabel", "menuselection", "kbd",
            "abbr", "command", "program", "dfn", "mailheader", "makevar", "mimetype",
            "newsgroup", "regexp");

    /** docutils' own roles whose text is shown as written (backslash escapes resolved). */
    private static final Set<String> PLAIN_ROLES = Set.of(
            "emphasis", "strong", "literal", "subscript", "sub", "superscript", "sup",
            "title-reference", "title", "t", "abbreviation", "ab", "acronym", "ac");

    /** docutils' split_escaped_whitespace: an escaped space or newline separates URI parts. */
    private static final java.util.regex.Pattern ESCAPED_WHITESPACE = java.util.regex.Pattern.compile("\u0000[ \n]");

    private InlineReducer() {
    }

    /** The visible text of {@code text}, as {@code astext()} of docutils' inline nodes. */
    static String reduce(String text) {
        return reduce(text, null);
    }

    /**
     * The visible text; {@code problems[0]} (when given) is increased for each system message
     * docutils would emit beside the text (a start-string without end-string, an unknown role).
     */
    static String reduce(String text, int[] problems) {
        if (text.isEmpty() || !mayHoldMarkup(text)) {
            return text;
        }
        return reduceMarkup(text, problems);
    }

    /** {@link #reduce(String, int[])} without the look for markup first (tests compare the two). */
    static String reduceMarkup(String text, int[] problems) {
        return reduceMarkup(text, problems, true);
    }

    /**
     * As {@link #reduceMarkup(String, int[])}; with {@code skipPlain} false, every character is
     * looked at as a possible start-string (tests compare the two).
     */
    static String reduceMarkup(String text, int[] problems, boolean skipPlain) {
        String s = escape2null(text);
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder unprocessed = new StringBuilder();
        Memo memo = new Memo(s, skipPlain);
        // docutils works on the remaining text after each construct; dcs keeps one string and the
        // offset where the remaining text starts (no copies: linear in the length of the text)
        int from = 0;
        int n = s.length();
        while (from < n) {
            Step step = step(s, from, memo);
            if (step == null) {
                break;
            }
            unprocessed.append(s, from, step.beforeEnd);
            if (step.problem && problems != null) {
                problems[0]++;
            }
            if (step.inline != null) {
                out.append(unescape(unprocessed.toString()));
                out.append(step.inline);
                unprocessed.setLength(0);
            }
            from = step.rest;
        }
        unprocessed.append(s, from, n);
        out.append(unescape(unprocessed.toString()));
        return out.toString();
    }

    /**
     * Whether any construct can start in the text: every start-string has one of these characters
     * ({@code *}, {@code `}, {@code |}; references and footnote references end in {@code _}), and
     * only escapes and NUL characters change text outside them. Most cells have none.
     *
     * <p>An underscore followed by an ASCII letter or digit (the {@code project_id} of most
     * parameter tables) ends no reference and starts no target: the reference patterns want their
     * one or two underscores followed by an end-string suffix ("must end a text block or be
     * immediately followed by whitespace, ... or a similar non-ASCII punctuation character"), a
     * footnote reference's {@code ]_} as well, and the inline target's start-string is
     * {@code _`}. Such underscores alone leave the text as it is.
     */
    private static boolean mayHoldMarkup(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '_') {
                char next = i + 1 < n ? text.charAt(i + 1) : ' ';
                if (!(next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next >= '0' && next <= '9')) {
                    return true;
                }
            } else if (c == '*' || c == '`' || c == '|' || c == '\\' || c == NULL) {
                return true;
            }
        }
        return false;
    }

    /**
     * One recognised construct: where the text before it ends, its visible text (null: none),
     * where the rest starts, and whether docutils reports a problem for it.
     */
    private record Step(int beforeEnd, String inline, int rest, boolean problem) {
        Step(int beforeEnd, String inline, int rest) {
            this(beforeEnd, inline, rest, false);
        }
    }

    /**
     * Where end-string searches already failed, as offsets in the whole escaped text. A search
     * that starts further right cannot succeed either (a match at its very start would be empty,
     * which docutils treats as no match), so it is skipped: without this, a paragraph full of
     * unmatched start-strings would take quadratic time.
     */
    private static final class Memo {
        final int[] failedFrom = new int[END_KINDS + 1];
        /** Whether step passes over characters that start no construct. */
        final boolean skipPlain;
        /** The last underscore in the text, -1 if none: no reference starts at or after it. */
        final int lastUnderscore;

        Memo(String s, boolean skipPlain) {
            java.util.Arrays.fill(failedFrom, Integer.MAX_VALUE);
            this.skipPlain = skipPlain;
            this.lastUnderscore = s.lastIndexOf('_');
        }

        boolean knownToFail(int kind, int from) {
            return from >= failedFrom[kind];
        }

        void failed(int kind, int from) {
            failedFrom[kind] = Math.min(failedFrom[kind], from);
        }
    }

    private static final int END_KINDS = EndKind.values().length;

    /** Memo slot for interpreted text and phrase references. */
    private static final int INTERPRETED = END_KINDS;

    // ---------------------------------------------------------------- start-strings

    /**
     * Finds the first inline markup start-string and handles it. spec: "Inline markup
     * start-strings must start a text block or be immediately preceded by whitespace, one of the
     * ASCII characters - : / ' " &lt; ( [ { or a similar non-ASCII punctuation character" and
     * "must be immediately followed by non-whitespace".
     */
    private static Step step(String s, int from, Memo memo) {
        int n = s.length();
        for (int p = from; p < n; p++) {
            char c = s.charAt(p);
            // a character no alternative below starts with is passed over before its prefix is
            // looked at (most characters of a text with markup); a name character or '[' starts
            // only a reference, whose underscore must come after it
            if (memo.skipPlain && c != '*' && c != '`' && c != '_' && c != '|' && c != ':'
                    && (p >= memo.lastUnderscore || c != '[' && !isNameChar(c))) {
                continue;
            }
            // the remaining text starts a text block: "^" matches at its start
            if (p > from && !startPrefixAllowed(s.charAt(p - 1))) {
                continue;
            }
            // 'start' alternatives: ** | *(?!\*) | `` | _` | \|(?!\|), each followed by (?!\s)
            if (c == '*') {
                if (p + 1 < n && s.charAt(p + 1) == '*') {
                    if (!isSpaceAt(s, p + 2)) {
                        return inlineObject(s, from, p, p + 2, EndKind.STRONG, memo);
                    }
                } else if (!isSpaceAt(s, p + 1)) {
                    return inlineObject(s, from, p, p + 1, EndKind.EMPHASIS, memo);
                }
                continue;
            }
            if (c == '`' && p + 1 < n && s.charAt(p + 1) == '`') {
                if (!isSpaceAt(s, p + 2)) {
                    return inlineObject(s, from, p, p + 2, EndKind.LITERAL, memo);
                }
                continue;
            }
            if (c == '_' && p + 1 < n && s.charAt(p + 1) == '`') {
                if (!isSpaceAt(s, p + 2)) {
                    return inlineObject(s, from, p, p + 2, EndKind.TARGET, memo);
                }
                continue;
            }
            if (c == '|') {
                if (!(p + 1 < n && s.charAt(p + 1) == '|') && !isSpaceAt(s, p + 1)) {
                    return inlineObject(s, from, p, p + 1, EndKind.SUBSTITUTION, memo);
                }
                continue;
            }
            // 'whole' alternatives: reference name + _ or __; footnote/citation reference
            if (isNameChar(c)) {
                Step ref = simpleReference(s, p);
                if (ref != null) {
                    return ref;
                }
            } else if (c == '[') {
                Step fn = footnoteReference(s, p);
                if (fn != null) {
                    return fn;
                }
            }
            // 'backquote': optional :role: prefix, then ` not followed by ` or whitespace
            if (c == ':') {
                int roleEnd = simplenameEnd(s, p + 1);
                if (roleEnd > p + 1 && roleEnd < n && s.charAt(roleEnd) == ':' && roleEnd + 1 < n
                        && s.charAt(roleEnd + 1) == '`' && !(roleEnd + 2 < n && s.charAt(roleEnd + 2) == '`')
                        && !isSpaceAt(s, roleEnd + 2)) {
                    return interpreted(s, from, p, s.substring(p + 1, roleEnd), roleEnd + 1, memo);
                }
            } else if (c == '`' && !isSpaceAt(s, p + 1)) {
                return interpreted(s, from, p, null, p, memo);
            }
        }
        return null;
    }

    private enum EndKind { EMPHASIS, STRONG, LITERAL, TARGET, SUBSTITUTION }

    /** docutils' {@code inline_obj}: find the end-string, else the start-string stays as text. */
    private static Step inlineObject(String s, int from, int start, int end, EndKind kind, Memo memo) {
        if (quotedStart(s, from, start, end)) {
            return new Step(end, null, end);
        }
        int[] found = memo.knownToFail(kind.ordinal(), end) ? null : findEnd(s, end, kind);
        if (found == null) {
            memo.failed(kind.ordinal(), end);
        }
        if (found != null && found[0] > end) {
            String text = s.substring(end, found[0]);
            String shown = kind == EndKind.LITERAL ? unescape(text, true) : unescape(text);
            return new Step(start, shown, found[1]);
        }
        // "Inline ... start-string without end-string": a problematic node showing the start-string
        return new Step(start, unescape(s.substring(start, end), true), end, true);
    }

    /**
     * First match of the end pattern in the text from {@code t0} on: {start of end-string, end of
     * match}; null if none. At {@code t0} itself there is no character before (the search runs on
     * the rest of the text in docutils).
     */
    private static int[] findEnd(String t, int t0, EndKind kind) {
        int n = t.length();
        for (int q = t0; q < n; q++) {
            char c = t.charAt(q);
            switch (kind) {
                case EMPHASIS -> {
                    if (c == '*' && noSpaceOrNullBefore(t, t0, q) && endSuffix(t, q + 1)) {
                        return new int[] {q, q + 1};
                    }
                }
                case STRONG -> {
                    if (c == '*' && q + 1 < n && t.charAt(q + 1) == '*' && noSpaceOrNullBefore(t, t0, q)
                            && endSuffix(t, q + 2)) {
                        return new int[] {q, q + 2};
                    }
                }
                case LITERAL -> {
                    if (c == '`' && q + 1 < n && t.charAt(q + 1) == '`' && (q == t0 || !isSpace(t.charAt(q - 1)))
                            && endSuffix(t, q + 2)) {
                        return new int[] {q, q + 2};
                    }
                }
                case TARGET -> {
                    if (c == '`' && noSpaceOrNullBefore(t, t0, q) && endSuffix(t, q + 1)) {
                        return new int[] {q, q + 1};
                    }
                }
                case SUBSTITUTION -> {
                    if (c == '|' && noSpaceOrNullBefore(t, t0, q)) {
                        // \|_{0,2} is greedy: try two underscores, then one, then none
                        for (int u = 2; u >= 0; u--) {
                            if (underscores(t, q + 1, u) && endSuffix(t, q + 1 + u)) {
                                return new int[] {q, q + 1 + u};
                            }
                        }
                    }
                }
                default -> throw new IllegalStateException(kind.name());
            }
        }
        return null;
    }

    private static boolean underscores(String t, int from, int count) {
        if (from + count > t.length()) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (t.charAt(from + i) != '_') {
                return false;
            }
        }
        return true;
    }

    /** A reference name followed by {@code _} or {@code __}: {@code name_} shows "name". */
    private static Step simpleReference(String s, int p) {
        int max = simplenameEnd(s, p);
        if (max == p || !hasUnderscore(s, p + 1, max)) {
            // every candidate end is followed by _ (at max, or at an internal separator)
            return null;
        }
        // the regex backtracks into the name: try the longest name first, then shorter ones that
        // end before an internal separator
        for (int end = max; end > p; end = previousNameEnd(s, p, end)) {
            for (int u = 2; u >= 1; u--) {
                if (underscores(s, end, u) && endSuffix(s, end + u)) {
                    return new Step(p, s.substring(p, end), end + u);
                }
            }
        }
        return null;
    }

    private static boolean hasUnderscore(String s, int from, int last) {
        for (int i = from; i <= last && i < s.length(); i++) {
            if (s.charAt(i) == '_') {
                return true;
            }
        }
        return false;
    }

    /** The end of the next shorter simplename starting at p that ends before {@code end}, or p. */
    private static int previousNameEnd(String s, int p, int end) {
        for (int i = end - 1; i > p; i--) {
            if ("-._+:".indexOf(s.charAt(i)) >= 0 && isNameChar(s.charAt(i - 1))) {
                return i;
            }
        }
        return p;
    }

    /** {@code [label]_}: a footnote reference shows its number or label, an auto-footnote nothing. */
    private static Step footnoteReference(String s, int p) {
        int close = s.indexOf(']', p + 1);
        if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != '_' || !endSuffix(s, close + 2)) {
            return null;
        }
        String label = s.substring(p + 1, close);
        String shown;
        if (!label.isEmpty() && label.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            shown = label;
        } else if (label.equals("*") || label.equals("#")
                || (label.startsWith("#") && simplenameEnd(label, 1) == label.length())) {
            shown = "";
        } else if (!label.isEmpty() && simplenameEnd(label, 0) == label.length()) {
            shown = label; // citation reference
        } else {
            return null;
        }
        return new Step(p, shown, close + 2);
    }

    /**
     * Interpreted text or a phrase reference: {@code `text`}, {@code :role:`text`},
     * {@code `text`:role:}, {@code `text <url>`_}.
     */
    private static Step interpreted(String s, int from, int roleStart, String prefixRole, int backquote,
                                    Memo memo) {
        int matchEnd = backquote + 1;
        if (prefixRole == null && quotedStart(s, from, backquote, matchEnd)) {
            return new Step(matchEnd, null, matchEnd);
        }
        int n = memo.knownToFail(INTERPRETED, matchEnd) ? matchEnd : s.length();
        boolean emptyMatch = false;
        for (int q = matchEnd; q < n; q++) {
            if (s.charAt(q) != '`' || !escapedWhitespaceAllowedBefore(s, matchEnd, q)) {
                continue;
            }
            // (?P<suffix>(?P<role>:name:)?(?P<refend>__?)?) then the end-string suffix, greedy
            int roleEnd = -1;
            if (q + 1 < n && s.charAt(q + 1) == ':') {
                int e = simplenameEnd(s, q + 2);
                if (e > q + 2 && e < n && s.charAt(e) == ':') {
                    roleEnd = e + 1;
                }
            }
            // greedy: with the role first, then without; "__" before "_" before nothing
            int matched = -1;
            boolean withRole = false;
            int[][] options = roleEnd > 0
                    ? new int[][] {{roleEnd, 2}, {roleEnd, 1}, {roleEnd, 0}, {q + 1, 2}, {q + 1, 1}, {q + 1, 0}}
                    : new int[][] {{q + 1, 2}, {q + 1, 1}, {q + 1, 0}};
            for (int[] option : options) {
                int e = option[0] + option[1];
                if (underscores(s, option[0], option[1]) && endSuffix(s, e)) {
                    matched = e;
                    withRole = roleEnd > 0 && option[0] == roleEnd;
                    break;
                }
            }
            if (matched < 0) {
                continue;
            }
            if (q == matchEnd) {
                emptyMatch = true;
                break; // the first match is empty: docutils then reports no end-string
            }
            String suffixRole = withRole ? s.substring(q + 2, roleEnd - 1) : null;
            String escaped = s.substring(matchEnd, q);
            String rawFromRole = unescape(s.substring(roleStart, matched), true);
            boolean reference = s.charAt(matched - 1) == '_';
            if (suffixRole != null && prefixRole != null) {
                return new Step(roleStart, rawFromRole, matched, true); // multiple roles
            }
            String role = prefixRole != null ? prefixRole : suffixRole;
            if (reference) {
                if (role != null) {
                    return new Step(roleStart, rawFromRole, matched, true); // role and reference
                }
                return new Step(backquote, phraseReference(escaped), matched);
            }
            String shown = role(role, escaped);
            // an unknown role is an error: a problematic node showing the whole source
            return new Step(roleStart, shown != null ? shown : rawFromRole, matched, shown == null);
        }
        // "Inline interpreted text or phrase reference start-string without end-string."
        if (!emptyMatch) {
            memo.failed(INTERPRETED, matchEnd); // no end-string anywhere after this point
        }
        return new Step(backquote, "`", matchEnd, true);
    }

    /** A phrase reference shows its text; with only an embedded {@code <uri>}, the uri. */
    private static String phraseReference(String escaped) {
        int close = escaped.length() - 1;
        if (close > 0 && escaped.charAt(close) == '>' && escaped.charAt(close - 1) != NULL
                && !isSpace(escaped.charAt(close - 1))) {
            // embedded_link: ((?:[ \n]+|^)<(?!\s)(([^<>]|\x00[<>])+)(?<![\s\x00])>)$
            int open = -1;
            for (int i = close - 1; i >= 0; i--) {
                char c = escaped.charAt(i);
                if ((c == '<' || c == '>') && !(i > 0 && escaped.charAt(i - 1) == NULL)) {
                    open = c == '<' ? i : -1;
                    break;
                }
            }
            if (open >= 0 && open + 1 < close && !isSpace(escaped.charAt(open + 1))) {
                int textEnd = open;
                while (textEnd > 0 && (escaped.charAt(textEnd - 1) == ' ' || escaped.charAt(textEnd - 1) == '\n')) {
                    textEnd--;
                }
                if (textEnd == open && open != 0) {
                    return unescape(escaped); // no whitespace before '<': not an embedded link
                }
                String text = escaped.substring(0, textEnd);
                if (!text.isEmpty()) {
                    return unescape(text);
                }
                String alias = escaped.substring(open + 1, close);
                if (alias.endsWith("_") && !alias.endsWith(NULL + "_") && !looksLikeUri(alias)) {
                    return unescape(alias.substring(0, alias.length() - 1));
                }
                StringBuilder uri = new StringBuilder();
                for (String part : ESCAPED_WHITESPACE.split(alias, -1)) {
                    if (uri.length() > 0) {
                        uri.append(' ');
                    }
                    for (int i = 0; i < part.length(); i++) {
                        if (!isSpace(part.charAt(i))) {
                            uri.append(part.charAt(i));
                        }
                    }
                }
                return unescape(uri.toString());
            }
        }
        return unescape(escaped);
    }

    private static boolean looksLikeUri(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0 || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '+' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** The text a role shows for {@code escaped}, or null for an unknown role (or a bad PEP/RFC number). */
    private static String role(String role, String escaped) {
        if (role == null) {
            return unescape(escaped); // default role: title-reference
        }
        String name = role.toLowerCase(Locale.ROOT);
        if (SPHINX_ROLES.contains(name)) {
            return sphinxXref(unescape(escaped));
        }
        if (PLAIN_ROLES.contains(name)) {
            return unescape(escaped);
        }
        if (name.equals("code") || name.equals("math")) {
            return unescape(escaped, true);
        }
        if (name.equals("pep") || name.equals("pep-reference") || name.equals("rfc") || name.equals("rfc-reference")) {
            String text = unescape(escaped);
            String number = text.contains("#") ? text.substring(0, text.indexOf('#')) : text;
            if (!number.isEmpty() && number.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                return (name.startsWith("pep") ? "PEP " : "RFC ") + Integer.parseInt(number.length() > 9
                        ? number.substring(0, 9) : number);
            }
            return null;
        }
        return null; // "Unknown interpreted text role"
    }

    /**
     * rst_tables.py's stand-in for Sphinx cross-references: {@code ^(.+?)\s*<(.*?)>$} gives the
     * explicit title, else the target; a leading {@code ~} or {@code !} is dropped.
     */
    static String sphinxXref(String text) {
        String shown = text;
        if (text.endsWith(">")) {
            int lt = text.indexOf('<', 1);
            if (lt > 0) {
                int end = lt;
                while (end > 1 && isSpace(text.charAt(end - 1))) {
                    end--;
                }
                shown = text.substring(0, end);
            }
        }
        if (shown.startsWith("~") || shown.startsWith("!")) {
            shown = shown.substring(1);
        }
        return shown;
    }

    // ---------------------------------------------------------------- character rules

    /** spec: start-string prefix {@code (^|(?<=\s|[openers delimiters]))}. */
    private static boolean startPrefixAllowed(char prev) {
        return isSpace(prev) || (prev != '\\' && PunctuationChars.isOpener(prev)) || PunctuationChars.isDelimiter(prev);
    }

    /**
     * spec: "Inline markup end-strings must end a text block or be immediately followed by
     * whitespace, one of the ASCII characters - . , : ; ! ? \ / ' " ) ] } &gt; or a similar
     * non-ASCII punctuation character."
     */
    private static boolean endSuffix(String s, int q) {
        if (q >= s.length()) {
            return true;
        }
        char c = s.charAt(q);
        return isSpace(c) || c == NULL || PunctuationChars.isClosingDelimiter(c) || PunctuationChars.isDelimiter(c)
                || PunctuationChars.isCloser(c);
    }

    /** docutils' quoted_start: a start-string between a matching pair (or at the very end) is text. */
    private static boolean quotedStart(String s, int from, int start, int end) {
        if (start == from) {
            return false;
        }
        if (end >= s.length()) {
            return true;
        }
        return PunctuationChars.matchChars(s.charAt(start - 1), s.charAt(end));
    }

    private static boolean noSpaceOrNullBefore(String t, int t0, int q) {
        return q == t0 || (!isSpace(t.charAt(q - 1)) && t.charAt(q - 1) != NULL);
    }

    /** {@code (?<!(?<!\x00)[\s\x00])}: whitespace before is allowed only when escaped. */
    private static boolean escapedWhitespaceAllowedBefore(String t, int t0, int q) {
        if (q == t0) {
            return true;
        }
        char prev = t.charAt(q - 1);
        if (!isSpace(prev) && prev != NULL) {
            return true;
        }
        return q - 2 >= t0 && t.charAt(q - 2) == NULL;
    }

    private static boolean isSpaceAt(String s, int i) {
        return i < s.length() && isSpace(s.charAt(i));
    }

    /** Python's str.isspace() for one char (Unicode whitespace, U+00A0 included). */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
        }
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u0085';
    }

    /** {@code (?!_)\w}: a word character other than the underscore. */
    private static boolean isNameChar(char c) {
        if (c == '_') {
            return false;
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * End of the longest {@code simplename} starting at {@code p} (p itself when none): "Alphanumerics
     * with isolated internal [-._+:] chars (i.e. not 2 together)".
     */
    static int simplenameEnd(String s, int p) {
        int n = s.length();
        int i = p;
        while (i < n && isNameChar(s.charAt(i))) {
            i++;
        }
        if (i == p) {
            return p;
        }
        while (i + 1 < n && "-._+:".indexOf(s.charAt(i)) >= 0 && isNameChar(s.charAt(i + 1))) {
            i++;
            while (i < n && isNameChar(s.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    // ---------------------------------------------------------------- escapes

    /** docutils' escape2null: {@code \x} becomes NUL followed by x. */
    static String escape2null(String text) {
        int found = text.indexOf('\\');
        if (found < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (found >= 0) {
            out.append(text, start, found);
            out.append(NULL);
            if (found + 1 < text.length()) {
                out.append(text.charAt(found + 1));
            }
            start = found + 2;
            found = start < text.length() ? text.indexOf('\\', start) : -1;
        }
        if (start < text.length()) {
            out.append(text, start, text.length());
        }
        return out.toString();
    }

    /** docutils' unescape: drop escaped whitespace and the escape marks. */
    static String unescape(String text) {
        return unescape(text, false);
    }

    static String unescape(String text, boolean restoreBackslashes) {
        if (text.indexOf(NULL) < 0) {
            return text;
        }
        if (restoreBackslashes) {
            return text.replace(NULL, '\\');
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NULL) {
                if (i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
                    i++;
                }
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
