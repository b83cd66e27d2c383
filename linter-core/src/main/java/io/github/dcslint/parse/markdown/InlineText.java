package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The text a reader sees in a heading or a table cell: markup gone, {@code <br>} kept as a line break. */
final class InlineText {

    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

    private InlineText() {
    }

    static String of(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return normalizeSpaces(out).strip();
    }

    /**
     * The text of {@code source[from, to)} when it holds no inline markup but backslash escapes
     * and entities: what {@link #of} gives for flexmark's text and entity nodes of it.
     */
    static String plain(String source, int from, int to) {
        // one pass instead of a copy, the unescaping scan, the spaces scan and the strip, and runs
        // of plain characters copied at once (the plain cells of generated docs are long
        // descriptions: 8 % of reading them, JFR)
        StringBuilder out = null;
        boolean pendingSpace = false;
        int run = from; // source[run, i): characters normalizeSpaces and unescape leave as they are
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (isPlain(c) || c == ' ' && i > run && i + 1 < to && isPlain(source.charAt(i + 1))) {
                continue; // a single space between plain characters stays
            }
            if (out == null) {
                out = new StringBuilder(to - from);
            }
            pendingSpace = appendRun(source, run, i, pendingSpace, out);
            int next = i + 1;
            int entityEnd = c == '&' ? entityEnd(source, i, to) : -1;
            if (c == '\\' && next < to && ESCAPABLE.indexOf(source.charAt(next)) >= 0) {
                // as unescape: an escape of ASCII punctuation gives that character
                pendingSpace = normalize(source.charAt(next), pendingSpace, out);
                next++;
            } else if (entityEnd > 0) {
                // an entity gives its text, whose spaces are normalized as well
                String decoded = entity(source.substring(i, entityEnd));
                for (int k = 0; k < decoded.length(); k++) {
                    pendingSpace = normalize(decoded.charAt(k), pendingSpace, out);
                }
                next = entityEnd;
            } else {
                pendingSpace = normalize(c, pendingSpace, out);
            }
            i = next - 1;
            run = next;
        }
        if (out == null) {
            return source.substring(from, to).strip();
        }
        if (appendRun(source, run, to, pendingSpace, out)) {
            appendHeldSpace(out);
        }
        return out.toString().strip();
    }

    /** Neither whitespace nor a line break, nor the start of an escape or an entity. */
    private static boolean isPlain(char c) {
        return c > ' ' && (c < 0xA0 ? c != '\\' && c != '&' : !isSpace(c));
    }

    /**
     * What {@link #normalize} does for each character of {@code source[from, to)}: plain
     * characters with single spaces between them, the first one plain.
     */
    private static boolean appendRun(String source, int from, int to, boolean pendingSpace, StringBuilder out) {
        if (from == to) {
            return pendingSpace;
        }
        if (pendingSpace) {
            appendHeldSpace(out);
        }
        out.append(source, from, to);
        return false;
    }

    /** One step of normalizeSpaces: appends {@code c}, or holds it back as a pending space; returns whether one is pending. */
    private static boolean normalize(char c, boolean pendingSpace, StringBuilder out) {
        if (isSpace(c)) {
            return true;
        }
        if (pendingSpace && c != '\n') {
            appendHeldSpace(out);
        }
        out.append(c);
        return false;
    }

    /** The space held back for a run of whitespace, unless the text so far ends a line (a space next to a line break goes). */
    private static void appendHeldSpace(StringBuilder out) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != '\n') {
            out.append(' ');
        }
    }

    /**
     * A line break is kept; a space next to it and runs of other whitespace are not: every run of
     * {@link #isSpace} characters becomes one space, then one space on either side of a line break
     * goes. One pass: two regex replacements here were a tenth of Markdown extraction.
     */
    static String normalizeSpaces(CharSequence text) {
        if (isNormal(text)) {
            return text.toString();
        }
        StringBuilder result = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            pendingSpace = normalize(text.charAt(i), pendingSpace, result);
        }
        if (pendingSpace) {
            appendHeldSpace(result);
        }
        return result.toString();
    }

    /** Nothing to change: no whitespace but single spaces, none of them next to a line break. */
    private static boolean isNormal(CharSequence text) {
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previous == ' ' || previous == '\n') {
                    return false;
                }
            } else if (c == '\n') {
                if (previous == ' ') {
                    return false;
                }
            } else if (c < ' ' || c >= 0xA0 && isSpace(c)) {
                if (isSpace(c)) {
                    return false;
                }
            }
            previous = c;
        }
        return true;
    }

    /** Whitespace other than a line feed: ASCII spaces, CR, no-break and the Unicode space separators. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == 0x0B || c == '\f' || c == '\r' || c == 0xA0
                || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text || child instanceof TextBase) {
                if (child.hasChildren()) {
                    append(child, out);
                } else {
                    out.append(unescape(text(child.getChars())));
                }
            } else if (child instanceof Code code) {
                // GFM: a pipe inside a code span in a table is still written \| ("including inside
                // other inline spans"); the reader sees the pipe
                out.append(code.getText().toString().replace("\\|", "|"));
            } else if (child instanceof HtmlInlineComment) {
                continue;
            } else if (child instanceof HtmlInline html) {
                if (BR.matcher(html.getChars()).matches()) {
                    out.append('\n');
                }
            } else if (child instanceof HtmlEntity entity) {
                out.append(Escaping.unescapeString(entity.getChars().toString()));
            } else if (child instanceof SoftLineBreak) {
                out.append(' ');
            } else if (child instanceof HardLineBreak) {
                out.append('\n');
            } else if ((child instanceof AutoLink || child instanceof MailLink) && !child.hasChildren()) {
                // <http://x>: the reader sees the address (flexmark 0.64.8's autolinks are no
                // DelimitedNode: the cast to that failed the whole file)
                out.append(((DelimitedLinkNode) child).getText());
            } else if (child instanceof Image image) {
                out.append(unescape(image.getText().toString()));
            } else if (child instanceof ImageRef image) {
                out.append(unescape(image.getText().toString()));
            } else {
                // emphasis, links (their text), and anything else with inline children
                append(child, out);
            }
        }
    }

    /**
     * flexmark's unescaping ({@code Escaping.unescapeString}: backslash escapes and entities), by a
     * scan instead of its regex replacement (a tenth of reading Markdown tables, whose generated
     * docs write every apostrophe as {@code &#39;}). Each match of its pattern,
     * {@code \\[ASCII punctuation]|&(?:#x[a-f0-9]{1,8}|#[0-9]{1,8}|[a-z][a-z0-9]{1,31});}
     * (case-insensitive), found left to right, is replaced as flexmark replaces it: an escape by
     * the character, an entity by flexmark's reading of that entity alone.
     */
    static String unescape(String text) {
        int next = nextBackslashOrAmpersand(text, 0);
        if (next < 0) {
            return text; // what Escaping.unescapeString returns for such text
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i = next; i >= 0; i = nextBackslashOrAmpersand(text, i)) {
            if (text.charAt(i) == '\\') {
                if (i + 1 < text.length() && ESCAPABLE.indexOf(text.charAt(i + 1)) >= 0) {
                    out.append(text, copied, i).append(text.charAt(i + 1));
                    copied = i + 2;
                    i += 2;
                } else {
                    i++;
                }
            } else {
                int end = entityEnd(text, i);
                if (end > 0) {
                    out.append(text, copied, i).append(entity(text.substring(i, end)));
                    copied = end;
                    i = end;
                } else {
                    i++;
                }
            }
            if (i >= text.length()) {
                break;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~-";
    /** Entities as flexmark reads them, by their source; a bounded cache (a page repeats a few). */
    private static final Map<String, String> ENTITIES = new ConcurrentHashMap<>();

    private static int nextBackslashOrAmpersand(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '&') {
                return i;
            }
        }
        return -1;
    }

    /** End of the entity at {@code at} (an '&amp;'), or -1: {@code &(?:#x[a-f0-9]{1,8}|#[0-9]{1,8}|[a-z][a-z0-9]{1,31});}. */
    static int entityEnd(String text, int at) {
        return entityEnd(text, at, text.length());
    }

    /** As {@link #entityEnd(String, int)}, for the text up to {@code limit}. */
    private static int entityEnd(String text, int at, int limit) {
        int i = at + 1;
        if (i < limit && text.charAt(i) == '#') {
            i++;
            boolean hex = i < limit && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
            int digits = hex ? i + 1 : i;
            int end = digits;
            while (end < limit && (hex ? isHexDigit(text.charAt(end)) : isDigit(text.charAt(end)))) {
                end++;
            }
            return end > digits && end - digits <= 8 && end < limit && text.charAt(end) == ';' ? end + 1 : -1;
        }
        if (i >= limit || !isLetter(text.charAt(i))) {
            return -1;
        }
        int end = i + 1;
        while (end < limit && (isLetter(text.charAt(end)) || isDigit(text.charAt(end)))) {
            end++;
        }
        int rest = end - i - 1;
        return rest >= 1 && rest <= 31 && end < limit && text.charAt(end) == ';' ? end + 1 : -1;
    }

    private static String entity(String entity) {
        String text = ENTITIES.get(entity);
        if (text == null) {
            text = Escaping.unescapeString(entity);
            if (ENTITIES.size() < 1024) {
                ENTITIES.put(entity, text);
            }
        }
        return text;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The characters of a text node. Inside a table they are a piece of the paragraph's
     * segmented sequence, whose toString reads char by char through a segment tree (a fifth of
     * reading cells); when the node covers a gap-free range of the document (as every piece of
     * a one-line cell does), the document's own substring is the same text.
     */
    private static String text(BasedSequence chars) {
        int start = chars.getStartOffset();
        int end = chars.getEndOffset();
        String document = MarkdownSource.of(chars);
        if (document != null && end - start == chars.length() && start >= 0 && end <= document.length()) {
            return document.substring(start, end);
        }
        return chars.toString();
    }
}
