package io.github.dcslint.parse.rst;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.StatusHeading;
import io.github.dcslint.model.Table;
import io.github.dcslint.parse.ParseOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document scanner: owns the line loop over a block of lines and recognises, line by line,
 * the body constructs of docutils' {@code Body} state (in docutils' order of transitions), so
 * that tables are found exactly where docutils finds them and nowhere else (not in literal
 * blocks, comments, code blocks or paragraphs). Sections are tracked at the top level only, as in
 * docutils (titles are not allowed in nested blocks). Nested blocks (block quotes, list items,
 * directive content, table cells) are parsed by recursion whose depth is bounded.
 */
final class RstScanner {

    /** docutils' classifier_delimiter {@code ' +: +'} between a term and its classifiers. */
    private static final java.util.regex.Pattern CLASSIFIER = java.util.regex.Pattern.compile(" ++: ++");
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s++",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    /** Nested blocks deeper than this are not parsed (docutils would hit Python's recursion limit). */
    static final int MAX_DEPTH = 48;

    private final ParseOptions options;
    private final CsvTableParser.FileResolver resolver;
    private final boolean narrowText;
    /** Tables in docutils' traversal order; slots are reserved before a table's cells are parsed. */
    final List<Table> tables = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final List<StatusHeading> statusHeadings = new ArrayList<>();
    String title;
    private final List<String> titleStyles = new ArrayList<>();
    private final List<String> sectionPath = new ArrayList<>();
    private boolean depthReported;

    RstScanner(ParseOptions options, CsvTableParser.FileResolver resolver) {
        this(options, resolver, false);
    }

    /** @param narrowText whether the text is known to hold no wide character (East Asian width W or F) and no NUL */
    RstScanner(ParseOptions options, CsvTableParser.FileResolver resolver, boolean narrowText) {
        this.options = options;
        this.resolver = resolver;
        this.narrowText = narrowText;
    }

    /**
     * How a block is parsed: docutils' match_titles, the nesting depth, and whether inside a table
     * cell. (Inside a cell docutils numbers what it counts with abs_line_number() one line too far:
     * targets, math blocks and nested tables; dcs keeps their real lines.)
     */
    record Context(boolean matchTitles, int depth, boolean inCell) {
        Context nested() {
            return new Context(false, depth + 1, inCell);
        }

        Context cell() {
            return new Context(false, depth + 1, true);
        }
    }

    void parseDocument(Lines lines) {
        parseBody(lines, Node.element(0, -1), new Context(true, 0, false));
    }

    /** Parses {@code lines} as body elements into {@code parent}. */
    void parseBody(Lines lines, Node parent, Context ctx) {
        if (ctx.depth > MAX_DEPTH) {
            if (!depthReported && lines.size() > 0) {
                depthReported = true;
                problems.add(new Problem(lines.line(0), lines.column(0) + 1, "blocks are nested more than "
                        + MAX_DEPTH + " levels deep here; tables inside are not checked: flatten the nesting"));
            }
            return;
        }
        int i = 0;
        int n = lines.size();
        while (i < n) {
            // blank and indented lines are told apart without making their texts
            if (lines.isBlank(i)) {
                i++;
            } else if (lines.charAt(i, 0) == ' ') {
                i = blockQuote(lines, i, parent, ctx);
            } else {
                int next = bodyLine(lines, i, parent, ctx);
                i = Math.max(next, i + 1);
            }
        }
    }

    // ------------------------------------------------------------------------------ Body

    /** docutils' Body transitions, tried in its order on a non-blank, non-indented line. */
    private int bodyLine(Lines lines, int i, Node parent, Context ctx) {
        String s = lines.text(i);
        char c = s.charAt(0);
        // spec: "A text block which begins with a "*", "+", "-", "•", "‣", or "⁃", followed by
        // whitespace, is a bullet list item"
        if ((c == '-' || c == '+' || c == '*' || c == '\u2022' || c == '\u2023' || c == '\u2043')
                && (s.length() == 1 || s.charAt(1) == ' ')) {
            return bulletList(lines, i, parent, ctx);
        }
        Enumerators.Match enumerator = Enumerators.match(s);
        if (enumerator != null) {
            if (Enumerators.isListItem(enumerator, lines, i)) {
                return listItem(lines, i, enumerator.end(), Node.element(0, -1), parent, ctx);
            }
            return text(lines, i, parent, ctx);
        }
        int field = FieldMarker.end(s);
        if (field > 0) {
            return field(lines, i, field, parent, ctx);
        }
        int option = OptionMarker.end(s);
        if (option > 0) {
            Lines.Indented ind = lines.indented(i, false, true, -1, option);
            Lines description = ind.block().trimBlankEnds();
            if (description.isEmpty()) {
                return text(lines, i, parent, ctx); // not an option list item
            }
            Node item = Node.element(lines.line(i), lines.column(i));
            item.add(Node.text(Lines.rstrip(s.substring(0, option)), lines.line(i), lines.column(i)));
            parseBody(description, item, ctx.nested());
            parent.add(item);
            return ind.end();
        }
        if (s.startsWith(">>>") && (s.length() == 3 || s.charAt(3) == ' ')) {
            int end = lines.textBlockEnd(i, false);
            parent.add(Node.text(lines.join(i, end), 0, lines.column(i))); // a doctest block has no line
            return end;
        }
        if (c == '|' && (s.length() == 1 || s.charAt(1) == ' ')) {
            return lineBlock(lines, i, parent);
        }
        if (GridTableParser.Factory.tryStart(s)) {
            return table(lines, i, parent, ctx, true);
        }
        if (SimpleTableParser.Factory.tryStart(s)) {
            return table(lines, i, parent, ctx, false);
        }
        if (s.startsWith("..") && (s.length() == 2 || s.charAt(2) == ' ')) {
            return explicitMarkup(lines, i, parent, ctx);
        }
        if (s.startsWith("__") && (s.length() == 2 || s.charAt(2) == ' ')) {
            Lines.Indented ind = lines.indented(i, true, false, -1, 2);
            return ind.end(); // anonymous hyperlink target
        }
        if (isLine(s)) {
            return line(lines, i, parent, ctx);
        }
        return text(lines, i, parent, ctx);
    }

    /** {@code (nonalphanum7bit)\1* *$}: a line of one repeated punctuation character. */
    static boolean isLine(String s) {
        if (s.isEmpty() || !isNonAlphanum7Bit(s.charAt(0))) {
            return false;
        }
        char c = s.charAt(0);
        int i = 1;
        while (i < s.length() && s.charAt(i) == c) {
            i++;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i == s.length();
    }

    /** {@code [!-/:-@[-`{-~]}. */
    static boolean isNonAlphanum7Bit(char c) {
        return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
    }

    private int blockQuote(Lines lines, int i, Node parent, Context ctx) {
        Lines.Indented ind = lines.indented(i, false, true, -1, -1);
        Lines block = stripTop(ind.block());
        while (!block.isEmpty()) {
            Node quote = Node.element(block.line(0), block.column(0));
            int[] attribution = Attribution.find(block);
            Lines content = attribution == null ? block : block.slice(0, attribution[0]);
            parseBody(content, quote, ctx.nested());
            parent.add(quote);
            if (attribution == null) {
                break;
            }
            Lines lines2 = block.slice(attribution[0], attribution[1]);
            lines2 = lines2.withCut(0, attribution[2]).trimLeft(attribution[3], 1, lines2.size());
            quote.add(Node.inline(Lines.rstrip(lines2.join()), lines2.line(0),
                    lines2.column(0)));
            block = stripTop(block.slice(attribution[1], block.size()));
        }
        return ind.end();
    }

    private int bulletList(Lines lines, int i, Node parent, Context ctx) {
        char bullet = lines.text(i).charAt(0);
        Node list = new Node(Node.Kind.BULLET_LIST, lines.line(i), lines.column(i), null);
        parent.add(list);
        int j = i;
        while (true) {
            Node item = new Node(Node.Kind.LIST_ITEM, 0, -1, null);
            item.markLine = lines.line(j);
            item.markColumn = lines.column(j);
            j = listItem(lines, j, 1 + spacesAfter(lines.text(j), 1), item, list, ctx);
            int k = j;
            while (k < lines.size() && lines.text(k).isEmpty()) {
                k++;
            }
            // spec: the next item must use the same bullet character
            if (k < lines.size() && !lines.text(k).isEmpty() && lines.text(k).charAt(0) == bullet
                    && (lines.text(k).length() == 1 || lines.text(k).charAt(1) == ' ')) {
                j = k;
            } else {
                return j;
            }
        }
    }

    private static int spacesAfter(String s, int from) {
        int k = from;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        return k - from;
    }

    /** docutils' list_item: the item's text is indented to where the text after the marker starts. */
    private int listItem(Lines lines, int i, int indent, Node item, Node parent, Context ctx) {
        Lines.Indented ind;
        if (lines.text(i).length() > indent) {
            ind = lines.indented(i, false, true, indent, -1);
        } else {
            ind = lines.indented(i, false, true, -1, indent);
        }
        Lines block = stripTop(ind.block());
        parent.add(item);
        if (!block.isEmpty()) {
            parseBody(block, item, ctx.nested());
        }
        return ind.end();
    }

    private static Lines stripTop(Lines block) {
        int k = 0;
        while (k < block.size() && block.isBlank(k)) {
            k++;
        }
        return k == 0 ? block : block.slice(k, block.size());
    }

    private int field(Lines lines, int i, int markerEnd, Node parent, Context ctx) {
        String s = lines.text(i);
        String marker = s.substring(1, markerEnd).stripTrailing();
        String name = marker.substring(0, marker.lastIndexOf(':'));
        Node field = Node.element(lines.line(i), lines.column(i));
        field.add(Node.inline(name, lines.line(i), lines.column(i)));
        Lines.Indented ind = lines.indented(i, false, true, -1, markerEnd);
        Lines body = stripTop(ind.block());
        if (!body.isEmpty()) {
            Node fieldBody = Node.element(0, -1);
            parseBody(body, fieldBody, ctx.nested());
            field.add(fieldBody);
        }
        parent.add(field);
        return ind.end();
    }

    private int lineBlock(Lines lines, int i, Node parent) {
        Node block = Node.element(0, -1);
        int j = i;
        while (j < lines.size()) {
            String s = lines.text(j);
            if (s.isEmpty() || s.charAt(0) != '|' || (s.length() > 1 && s.charAt(1) != ' ')) {
                break;
            }
            Lines.Indented ind = lines.indented(j, true, true, -1, 1 + spacesAfter(s, 1));
            // docutils gives line blocks and their lines no source line
            block.add(Node.inline(ind.block().join(), 0, lines.column(j)));
            j = ind.end();
        }
        parent.add(block);
        return j;
    }

    // ------------------------------------------------------------------------------ Text

    /** docutils' Body.text then the Text state: paragraph, definition list item or section title. */
    private int text(Lines lines, int i, Node parent, Context ctx) {
        int n = lines.size();
        int j = i + 1;
        if (j >= n) {
            paragraph(lines, i, j, parent, ctx);
            return j;
        }
        String next = lines.text(j);
        if (next.isEmpty()) {
            boolean literal = paragraph(lines, i, j, parent, ctx);
            return literal ? literalBlock(lines, j, parent) : j;
        }
        if (next.charAt(0) == ' ') {
            return definitionListItem(lines, i, parent, ctx);
        }
        if (isLine(next)) {
            String titleText = Lines.rstrip(lines.text(i));
            String underline = Lines.rstrip(next);
            boolean asText = EastAsianWidth.columnWidth(titleText) > underline.length() && underline.length() < 4;
            if (!asText) {
                if (!ctx.matchTitles) {
                    // "Unexpected section title.": docutils drops both lines
                    parent.add(Node.message());
                    return j + 1;
                }
                section(titleText, "u" + underline.charAt(0), parent);
                return j + 1;
            }
        }
        return paragraphFrom(lines, i, j, parent, ctx);
    }

    /** Text.text: the paragraph's first line, then the text block from line j. */
    private int paragraphFrom(Lines lines, int i, int j, Node parent, Context ctx) {
        int end = lines.textBlockEnd(j, true);
        boolean literal = paragraph(lines, i, end, parent, ctx);
        if (end < lines.size() && !lines.text(end).isEmpty()) {
            parent.add(Node.message()); // "Unexpected indentation." (also before a literal block)
        }
        return literal ? literalBlock(lines, end, parent) : end;
    }

    /**
     * Adds the paragraph of lines [from, to); returns whether it ends with {@code ::} (a literal
     * block follows). spec: "Paragraphs consisting of two colons ("::") signify that the following
     * text block(s) comprise a literal block."
     */
    private boolean paragraph(Lines lines, int from, int to, Node parent, Context ctx) {
        String data = Lines.rstrip(lines.join(from, to));
        boolean literal = false;
        String text = data;
        if (data.endsWith("::") && evenBackslashesBefore(data, data.length() - 2)) {
            literal = true;
            if (data.length() == 2) {
                return true;
            } else if (data.charAt(data.length() - 3) == ' ' || data.charAt(data.length() - 3) == '\n') {
                text = Lines.rstrip(data.substring(0, data.length() - 3));
            } else {
                text = data.substring(0, data.length() - 1);
            }
        }
        parent.add(Node.inline(text, lines.line(from), lines.column(from)));
        if (!ctx.inCell && to == from + 1) {
            statusHeading(lines, from);
        }
        return literal;
    }

    private static boolean evenBackslashesBefore(String s, int pos) {
        int count = 0;
        for (int k = pos - 1; k >= 0 && s.charAt(k) == '\\'; k--) {
            count++;
        }
        return count % 2 == 0;
    }

    /** {@code **Status code: NNN**} alone in a paragraph. */
    private void statusHeading(Lines lines, int i) {
        String s = lines.text(i);
        String prefix = "**Status code:";
        if (s.startsWith(prefix) && s.endsWith("**") && s.length() > prefix.length() + 2) {
            String inner = s.substring(prefix.length(), s.length() - 2);
            if (inner.contains("*")) {
                return;
            }
            int lead = spacesAfter(inner, 0);
            String code = inner.trim();
            if (!code.isEmpty()) {
                statusHeadings.add(new StatusHeading(lines.line(i), lines.column(i) + prefix.length() + lead + 1,
                        code));
            }
        }
    }

    /** docutils' Text.literal_block: the indented block after "::", else a quoted literal block. */
    private int literalBlock(Lines lines, int start, Node parent) {
        if (start >= lines.size()) {
            parent.add(Node.message()); // "Literal block expected; none found."
            return start;
        }
        Lines.Indented ind = lines.indented(start, false, true, -1, -1);
        Lines block = ind.block().trimBlankEnds();
        if (!block.isEmpty()) {
            parent.add(Node.text(block.join(), block.line(0), block.column(0)));
            return ind.end();
        }
        // quoted literal block: unindented lines all starting with the same punctuation character
        int p = ind.end();
        while (p < lines.size() && lines.text(p).isEmpty()) {
            p++;
        }
        if (p >= lines.size() || !isNonAlphanum7Bit(lines.text(p).charAt(0))) {
            parent.add(Node.message()); // "Literal block expected; none found."
            return p;
        }
        char quote = lines.text(p).charAt(0);
        int q = p;
        while (q < lines.size() && !lines.text(q).isEmpty() && lines.text(q).charAt(0) == quote) {
            q++;
        }
        parent.add(Node.text(lines.join(p, q), lines.line(p), lines.column(p)));
        return q;
    }

    private int definitionListItem(Lines lines, int i, Node parent, Context ctx) {
        Lines.Indented ind = lines.indented(i + 1, false, true, -1, -1);
        // docutils gives the item and its term "abs_line_number() - 1" after reading the
        // definition: the line before the definition's last line (trailing blank lines included)
        int itemLine = lines.line(Math.max(i, ind.end() - 2));
        Node item = Node.element(itemLine, lines.column(i));
        String term = InlineReducer.reduce(lines.text(i));
        // classifiers: "term : classifier" shows as separate elements
        item.add(Node.text(CLASSIFIER.matcher(term).replaceAll("\n\n"), itemLine, lines.column(i)));
        Node definition = Node.element(0, -1);
        parseBody(stripTop(ind.block()), definition, ctx.nested());
        item.add(definition);
        parent.add(item);
        return ind.end();
    }

    // ------------------------------------------------------------------------------ sections

    /** docutils' Body.line then the Line state: transition or over- and underlined title. */
    private int line(Lines lines, int i, Node parent, Context ctx) {
        String overline = Lines.rstrip(lines.text(i));
        String marker = Lines.strip(overline);
        if (!ctx.matchTitles) {
            if (marker.equals("::") || marker.length() < 4) {
                return text(lines, i, parent, ctx);
            }
            parent.add(Node.message()); // "Unexpected section title or transition."
            return i + 1;
        }
        int n = lines.size();
        int j = i + 1;
        if (j >= n || lines.text(j).isEmpty()) {
            // a transition; too short to be one: ordinary text
            if (marker.length() < 4) {
                return text(lines, i, parent, ctx);
            }
            return j;
        }
        String next = lines.text(j);
        if (next.charAt(0) != ' ' && isLine(next)) {
            // "Invalid section title or transition marker."
            if (overline.length() < 4) {
                return text(lines, i, parent, ctx);
            }
            parent.add(Node.message());
            return j + 1;
        }
        if (j + 1 >= n) {
            if (overline.length() < 4) {
                return text(lines, i, parent, ctx);
            }
            parent.add(Node.message()); // "Incomplete section title."
            return j + 1;
        }
        String underline = Lines.rstrip(lines.text(j + 1));
        if (!isLine(underline) || !overline.equals(underline)) {
            if (overline.length() < 4) {
                return text(lines, i, parent, ctx);
            }
            parent.add(Node.message()); // missing or mismatching underline
            return j + 2;
        }
        String titleText = Lines.strip(next);
        if (EastAsianWidth.columnWidth(Lines.rstrip(next)) > overline.length() && overline.length() < 4) {
            return text(lines, i, parent, ctx);
        }
        section(titleText, "o" + overline.charAt(0) + underline.charAt(0), parent);
        return j + 2;
    }

    /** docutils' check_subsection: levels by order of first appearance of each adornment style. */
    private void section(String rawTitle, String style, Node parent) {
        String shown = Node.normalize(InlineReducer.reduce(rawTitle));
        int level = titleStyles.indexOf(style) + 1;
        int current = sectionPath.size();
        if (level == 0) {
            if (titleStyles.size() != current) {
                parent.add(Node.message()); // "Title level inconsistent"
                return;
            }
            titleStyles.add(style);
        } else if (level > current + 1) {
            parent.add(Node.message()); // "Title level inconsistent"
            return;
        } else {
            while (sectionPath.size() >= level) {
                sectionPath.remove(sectionPath.size() - 1);
            }
        }
        sectionPath.add(shown);
        if (title == null) {
            title = shown;
        }
    }

    // ------------------------------------------------------------------------------ explicit markup

    private int explicitMarkup(Lines lines, int i, Node parent, Context ctx) {
        String s = lines.text(i);
        int k = 2;
        while (k < s.length() && s.charAt(k) == ' ') {
            k++;
        }
        if (k > 2 && k < s.length()) {
            char c = s.charAt(k);
            if (c == '[') {
                int close = s.indexOf(']', k);
                if (close > k + 1 && (close + 1 == s.length() || s.charAt(close + 1) == ' ')) {
                    String label = s.substring(k + 1, close);
                    boolean numbered = label.chars().allMatch(ch -> ch >= '0' && ch <= '9');
                    boolean auto = label.equals("#") || label.equals("*")
                            || (label.startsWith("#") && InlineReducer.simplenameEnd(label, 1) == label.length());
                    boolean citation = InlineReducer.simplenameEnd(label, 0) == label.length();
                    if (numbered || auto || citation) {
                        return footnote(lines, i, close + 1, auto ? null : label, parent, ctx);
                    }
                }
            } else if (c == '_' && k + 1 < s.length() && s.charAt(k + 1) != ' ') {
                Lines.Indented target = lines.indented(i, true, false, -1, k + 1);
                if (HyperlinkTarget.isWellFormed(target.block())) {
                    parent.add(Node.text("", lines.line(i), lines.column(i))); // shows nothing
                    return target.end();
                }
                // "malformed hyperlink target.": docutils makes it a comment, starting where reading
                // the target left off (its last line), so the target's first line is lost
                parent.add(Node.message());
                return commentBlock(lines, target.end() - 1, k, parent);
            } else if (c == '|' && k + 1 < s.length() && s.charAt(k + 1) != ' ') {
                return substitutionDefinition(lines, i, k, parent);
            }
            int nameEnd = InlineReducer.simplenameEnd(s, k);
            if (nameEnd > k) {
                int p = nameEnd;
                if (p < s.length() && s.charAt(p) == ' ') {
                    p++;
                }
                if (s.startsWith("::", p) && (p + 2 == s.length() || s.charAt(p + 2) == ' ')) {
                    return directive(lines, i, s.substring(k, nameEnd), p + 2, parent, ctx);
                }
            }
        }
        return comment(lines, i, k, parent);
    }

    /**
     * {@code .. |name| replace:: text}: the definition shows its replacement text (other
     * substitution directives show nothing).
     */
    private int substitutionDefinition(Lines lines, int i, int k, Node parent) {
        Lines.Indented ind = lines.indented(i, false, false, -1, k);
        String joined = Node.normalize(ind.block().join());
        int close = joined.indexOf('|', 1);
        if (close > 0) {
            String rest = joined.substring(close + 1).trim();
            if (rest.startsWith("replace::")) {
                parent.add(Node.inline(rest.substring("replace::".length()).trim(), lines.line(i),
                        lines.column(i)));
                return ind.end();
            }
            if (rest.startsWith("image::") || rest.startsWith("unicode::") || rest.startsWith("date::")) {
                parent.add(Node.text("", lines.line(i), lines.column(i)));
                return ind.end();
            }
        }
        // "Substitution definition ... empty or invalid.": only a warning
        parent.add(Node.message());
        return ind.end();
    }

    private int comment(Lines lines, int i, int markEnd, Node parent) {
        String s = lines.text(i);
        boolean nextBlank = i + 1 >= lines.size() || lines.isBlank(i + 1);
        if (nextBlank && Lines.strip(s.substring(Math.min(markEnd, s.length()))).isEmpty()) {
            parent.add(Node.text("", 0, -1)); // empty comment
            return i + 1;
        }
        return commentBlock(lines, i, markEnd, parent);
    }

    /** The comment's text: the rest of line i after {@code markEnd} and the indented lines below. */
    private int commentBlock(Lines lines, int i, int markEnd, Node parent) {
        Lines.Indented ind = lines.indented(i, false, true, -1, Math.min(markEnd, lines.text(i).length()));
        Lines block = stripTop(ind.block()).trimBlankEnds();
        parent.add(Node.text(block.join(), 0, -1)); // a comment shows its text but has no line
        return ind.end();
    }

    private int footnote(Lines lines, int i, int markEnd, String label, Node parent, Context ctx) {
        Lines.Indented ind = lines.indented(i, false, true, -1, markEnd);
        Node footnote = Node.element(lines.line(i), lines.column(i));
        if (label != null) {
            footnote.add(Node.text(label, 0, -1));
        }
        Lines body = stripTop(ind.block());
        if (!body.isEmpty()) {
            parseBody(body, footnote, ctx.nested());
        }
        parent.add(footnote);
        return ind.end();
    }

    /** A directive block, split the way docutils' parse_directive_block splits it. */
    record DirectiveBlock(String name, int line, int column, List<String> arguments, Map<String, String> options,
                          Lines content, String error) {
    }

    private int directive(Lines lines, int i, String name, int markerEnd, Node parent, Context ctx) {
        Lines.Indented ind = lines.indented(i, false, true, -1, markerEnd);
        DirectiveSpec spec = DirectiveSpec.of(name);
        DirectiveBlock block = parseDirectiveBlock(ind.block(), spec, name, lines.line(i), lines.column(i));
        if (block.error != null) {
            parent.add(Node.message());
            if (spec.behavior() == DirectiveSpec.Behavior.TABLE || spec.behavior() == DirectiveSpec.Behavior.LIST_TABLE
                    || spec.behavior() == DirectiveSpec.Behavior.CSV_TABLE) {
                problems.add(new Problem(block.line, block.column + 1, "Malformed table: " + block.error));
            }
            return ind.end();
        }
        if (ListTableParser.Factory.tryStart(name)) {
            listTable(block, parent, ctx);
            return ind.end();
        }
        if (CsvTableParser.Factory.tryStart(name)) {
            csvTable(block, parent, ctx);
            return ind.end();
        }
        switch (spec.behavior()) {
            case TABLE -> tableDirective(block, parent, ctx);
            case LIST_TABLE, CSV_TABLE -> throw new IllegalStateException("handled above: " + name);
            case LITERAL -> {
                if (!block.content.isEmpty()) {
                    // docutils: a code block has no line, math its content's first line, raw the directive's
                    String kind = name.toLowerCase(java.util.Locale.ROOT);
                    int line = kind.equals("math") ? block.content.line(0) : kind.equals("raw") ? block.line : 0;
                    parent.add(Node.text(block.content.join(), line, block.content.column(0)));
                }
            }
            case INLINE -> {
                if (!block.content.isEmpty()) {
                    parent.add(Node.inline(block.content.join(), block.content.line(0),
                            block.content.column(0)));
                }
            }
            case ARGUMENT_TEXT -> parent.add(Node.inline(String.join(" ", block.arguments),
                    block.line, block.column));
            case BODY, TITLED_BODY -> {
                Node node = Node.element(block.line, block.column);
                if (spec.behavior() == DirectiveSpec.Behavior.TITLED_BODY && !block.arguments.isEmpty()) {
                    node.add(Node.inline(block.arguments.get(0), 0, -1));
                }
                if (!block.content.isEmpty()) {
                    parseBody(block.content, node, ctx.nested());
                }
                parent.add(node);
            }
            case NOTHING -> {
                // toctree, image, include...: nothing dcs reads. An include that leads out of the
                // source root is said, since the tables of that file are then never checked.
                includeOutsideRoot(block, name);
            }
            default -> throw new IllegalStateException(spec.behavior().name());
        }
        return ind.end();
    }

    private void includeOutsideRoot(DirectiveBlock block, String name) {
        String kind = name.toLowerCase(java.util.Locale.ROOT);
        if (!(kind.equals("include") || kind.equals("literalinclude")) || block.arguments.isEmpty()) {
            return;
        }
        String target = block.arguments.get(0).strip();
        // docutils: "<name>" is one of docutils' own standard definition files, not a user file
        if (target.startsWith("<") && target.endsWith(">")) {
            return;
        }
        String refusal = resolver.refusal(target);
        if (refusal != null) {
            problems.add(new Problem(block.line, block.column + 1, name + " " + target + " is not read: "
                    + refusal + ", so its tables are not checked; keep included files inside the source root"));
        }
    }

    /** docutils' parse_directive_block, parse_directive_options and parse_directive_arguments. */
    private static DirectiveBlock parseDirectiveBlock(Lines indented, DirectiveSpec spec, String name, int line,
                                                      int column) {
        Lines block = indented;
        if (!block.isEmpty() && block.isBlank(0)) {
            block = block.slice(1, block.size());
        }
        int end = block.size();
        while (end > 0 && block.isBlank(end - 1)) {
            end--;
        }
        block = block.slice(0, end);
        Lines argBlock = block.slice(0, 0);
        Lines content = block;
        int blankAt = block.size();
        if (!block.isEmpty() && (spec.takesArguments() || spec.options() != null)) {
            for (int k = 0; k < block.size(); k++) {
                if (block.isBlank(k)) {
                    blankAt = k;
                    break;
                }
            }
            argBlock = block.slice(0, blankAt);
            content = block.slice(Math.min(blankAt + 1, block.size()), block.size());
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (spec.options() != null) {
            int optStart = argBlock.size();
            for (int k = 0; k < argBlock.size(); k++) {
                if (FieldMarker.end(argBlock.text(k)) > 0) {
                    optStart = k;
                    break;
                }
            }
            String error = parseOptions(argBlock.slice(optStart, argBlock.size()), spec, options);
            if (error != null) {
                return new DirectiveBlock(name, line, column, List.of(), options, content, "error in \"" + name
                        + "\" directive: " + error);
            }
            argBlock = argBlock.slice(0, optStart);
        }
        if (!argBlock.isEmpty() && !spec.takesArguments()) {
            // no arguments: the first lines are content
            Lines rest = block.slice(Math.min(blankAt, block.size()), block.size());
            content = concat(argBlock, rest);
        }
        content = stripTop(content);
        List<String> arguments = new ArrayList<>();
        if (spec.takesArguments()) {
            String argText = argBlock.join();
            String stripped = Lines.strip(argText);
            String[] words = stripped.isEmpty() ? new String[0] : words(stripped);
            if (words.length < spec.required()) {
                return new DirectiveBlock(name, line, column, arguments, options, content, "\"" + name
                        + "\" directive needs " + spec.required() + " argument(s), " + words.length + " given");
            }
            if (words.length > spec.required() + spec.optional()) {
                if (!spec.finalWhitespace()) {
                    return new DirectiveBlock(name, line, column, arguments, options, content, "\"" + name
                            + "\" directive takes at most " + (spec.required() + spec.optional())
                            + " argument(s), " + words.length + " given");
                }
                // split(None, required + optional - 1): the last argument keeps its whitespace
                int keep = spec.required() + spec.optional() - 1;
                String rest = Lines.strip(argText);
                for (int k = 0; k < keep; k++) {
                    int sp = indexOfSpace(rest);
                    arguments.add(rest.substring(0, sp));
                    rest = Lines.lstrip(rest.substring(sp));
                }
                arguments.add(rest);
            } else {
                arguments.addAll(List.of(words));
            }
        }
        if (!content.isEmpty() && !spec.hasContent()) {
            return new DirectiveBlock(name, line, column, arguments, options, content, "\"" + name
                    + "\" directive takes no content");
        }
        return new DirectiveBlock(name, line, column, arguments, options, content, null);
    }

    /**
     * Python's str.split() of a stripped text, as the regex {@code \\s++} (Unicode) splits it; a
     * text of printable ASCII and spaces (most directive arguments) is split at its runs of spaces
     * without the regex, which was 2 % of RST extraction.
     */
    static String[] words(String stripped) {
        int n = stripped.length();
        int count = 1;
        for (int i = 0; i < n; i++) {
            char c = stripped.charAt(i);
            if (c == ' ') {
                if (stripped.charAt(i - 1) != ' ') {
                    count++;
                }
            } else if (c < '!' || c > '~') {
                return WHITESPACE.split(stripped);
            }
        }
        String[] words = new String[count];
        int w = 0;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || stripped.charAt(i) == ' ') {
                if (i > start) {
                    words[w++] = stripped.substring(start, i);
                }
                start = i + 1;
            }
        }
        return words;
    }

    /** The regex split of {@link #words} (tests compare the two). */
    static String[] wordsByRegex(String stripped) {
        return WHITESPACE.split(stripped);
    }

    private static int indexOfSpace(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (InlineReducer.isSpace(s.charAt(k))) {
                return k;
            }
        }
        return s.length();
    }

    private static Lines concat(Lines a, Lines b) {
        int n = a.size() + b.size();
        String[] text = new String[n];
        int[] line = new int[n];
        int[] column = new int[n];
        for (int k = 0; k < a.size(); k++) {
            text[k] = a.text(k);
            line[k] = a.line(k);
            column[k] = a.column(k);
        }
        for (int k = 0; k < b.size(); k++) {
            text[a.size() + k] = b.text(k);
            line[a.size() + k] = b.line(k);
            column[a.size() + k] = b.column(k);
        }
        return new Lines(text, line, column);
    }

    /** The option field list: every line a field or the indented continuation of one. */
    private static String parseOptions(Lines block, DirectiveSpec spec, Map<String, String> options) {
        int k = 0;
        while (k < block.size()) {
            String s = block.text(k);
            int markerEnd = FieldMarker.end(s);
            if (markerEnd <= 0) {
                return "invalid option block";
            }
            String marker = s.substring(1, markerEnd).stripTrailing();
            String optionName = marker.substring(0, marker.lastIndexOf(':'));
            Lines.Indented ind = block.indented(k, false, true, -1, markerEnd);
            List<String> valueLines = new ArrayList<>();
            for (int v = 0; v < ind.block().size(); v++) {
                if (!ind.block().isBlank(v)) {
                    valueLines.add(ind.block().text(v));
                }
            }
            if (!spec.acceptsOption(optionName)) {
                return "unknown option: \"" + optionName + "\"";
            }
            options.put(optionName.toLowerCase(java.util.Locale.ROOT), String.join("\n", valueLines));
            k = Math.max(ind.end(), k + 1);
        }
        return null;
    }

    // ------------------------------------------------------------------------------ tables

    private int table(Lines lines, int i, Node parent, Context ctx, boolean grid) {
        int blockEnd = lines.textBlockEnd(i, false);
        for (int k = i; k < blockEnd; k++) {
            if (lines.length(k) > options.maxLineLength()) {
                problems.add(new Problem(lines.line(k), lines.column(k) + 1, "line is " + lines.text(k).length()
                        + " characters long, over the limit of " + options.maxLineLength()
                        + ", so this table is not read; shorten the line or raise maxLineLength"));
                parent.add(Node.message());
                return blockEnd;
            }
        }
        TableResult result = grid ? GridTableParser.parse(lines, i, true, true, narrowText)
                : SimpleTableParser.parse(lines, i);
        if (result.problem() != null) {
            problems.add(result.problem());
            parent.add(Node.message());
        }
        if (result.table() != null) {
            parent.add(buildTable(result.table(), ctx));
        }
        if (!result.blankFinish()) {
            parent.add(Node.message()); // "Blank line required after table."
        }
        return result.next();
    }

    /** Parses the cells of a table as RST body and adds it to the document's tables. */
    Node buildTable(RawTable raw, Context ctx) {
        int slot = tables.size();
        tables.add(null);
        Node node = new Node(Node.Kind.TABLE, raw.line(), raw.column(), null);
        node.tableIndex = slot;
        List<Row> header = new ArrayList<>();
        List<Row> body = new ArrayList<>();
        for (int r = 0; r < raw.rows().size(); r++) {
            List<RawTable.RawCell> rawRow = raw.rows().get(r);
            List<Cell> cells = new ArrayList<>();
            int rowLine = Integer.MAX_VALUE;
            for (RawTable.RawCell rawCell : rawRow) {
                Node cellNode = rawCell.parsed();
                if (cellNode == null) {
                    cellNode = Node.element(0, -1);
                    if (!allEmpty(rawCell.content())) {
                        parseBody(rawCell.content(), cellNode, ctx.cell());
                    }
                }
                node.add(cellNode);
                // the text is made when read: a verify run reads few cells besides those of
                // status tables (the cell's nodes are complete here and not changed after)
                Node shownNode = cellNode;
                int line = rawCell.line();
                int column = rawCell.column();
                // empty as docutils sees it: no content at all (a lone "\\" is content showing nothing)
                boolean empty = rawCell.parsed() != null ? rawCell.parsed().children.isEmpty()
                        : allEmpty(rawCell.content());
                if (!empty) {
                    int minLine = cellNode.minLine();
                    int[] first = firstContent(rawCell, cellNode, minLine);
                    line = first[0];
                    column = first[1];
                }
                rowLine = Math.min(rowLine, rawCell.line());
                cells.add(Cell.deferred(() -> Node.normalize(shownNode.astext()), line, column + 1,
                        rawCell.gridColumn(), rawCell.moreRows(), rawCell.moreCols(), empty));
            }
            Row row = new Row(rowLine == Integer.MAX_VALUE ? raw.line() : rowLine, cells);
            (r < raw.headerRows() ? header : body).add(row);
        }
        tables.set(slot, new Table(raw.kind(), raw.line(), raw.column() + 1, null, null, sectionPath,
                raw.columns(), header, body));
        return node;
    }

    private static boolean allEmpty(Lines content) {
        if (content == null) {
            return true;
        }
        for (int k = 0; k < content.size(); k++) {
            if (!content.text(k).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The line docutils gives the cell (its first element's line) and the column of the first
     * character on that line; for content without a line (a comment), its first character.
     */
    private static int[] firstContent(RawTable.RawCell cell, Node cellNode, int minLine) {
        Lines content = cell.content();
        if (content != null) {
            int fallback = -1;
            for (int k = 0; k < content.size(); k++) {
                String s = content.text(k);
                if (s.isEmpty()) {
                    continue;
                }
                int lead = s.length() - Lines.lstrip(s).length();
                if (fallback < 0) {
                    fallback = k;
                }
                if (minLine == 0 || content.line(k) == minLine) {
                    return new int[] {content.line(k), content.column(k) + lead};
                }
            }
            if (fallback >= 0) {
                String s = content.text(fallback);
                return new int[] {content.line(fallback), content.column(fallback) + s.length()
                        - Lines.lstrip(s).length()};
            }
        }
        int[] found = Node.positionOf(cellNode, minLine);
        if (found != null) {
            return found;
        }
        return new int[] {cell.line(), cell.column()};
    }

    /** {@code .. table::}: "exactly one table expected" in the content; the argument is its title. */
    private void tableDirective(DirectiveBlock block, Node parent, Context ctx) {
        if (block.content.isEmpty()) {
            parent.add(Node.message());
            problems.add(new Problem(block.line, block.column + 1,
                    "Malformed table: table directive has no content; indent the table under it"));
            return;
        }
        int mark = tables.size();
        int problemMark = problems.size();
        Node holder = Node.element(0, -1);
        parseBody(block.content, holder, ctx.nested());
        if (holder.children.size() != 1 || holder.children.get(0).kind != Node.Kind.TABLE) {
            dropTablesFrom(mark);
            parent.add(Node.message());
            if (problems.size() == problemMark) {
                problems.add(new Problem(block.line, block.column + 1, "Malformed table: table directive must"
                        + " contain exactly one table and nothing else; separate other text from the table"));
            }
            return;
        }
        Node tableNode = holder.children.get(0);
        Table table = tables.get(tableNode.tableIndex);
        int[] captionProblems = {0};
        String caption = block.arguments.isEmpty() ? null
                : Node.normalize(InlineReducer.reduce(block.arguments.get(0), captionProblems));
        tables.set(tableNode.tableIndex, new Table(table.kind(), table.line(), table.column(), block.line, caption,
                table.sectionPath(), table.columns(), table.header(), table.body()));
        if (caption != null) {
            tableNode.children.add(0, Node.text(caption, 0, -1));
        }
        parent.add(tableNode);
        // inline markup errors in the title come out as system messages beside the table
        for (int k = 0; k < captionProblems[0]; k++) {
            parent.add(Node.message());
        }
    }

    private void dropTablesFrom(int mark) {
        while (tables.size() > mark) {
            tables.remove(tables.size() - 1);
        }
    }

    private void listTable(DirectiveBlock block, Node parent, Context ctx) {
        int mark = tables.size();
        tables.add(null); // the list-table comes before tables nested in its cells
        Node holder = Node.element(0, -1);
        if (!block.content.isEmpty()) {
            parseBody(block.content, holder, ctx.cell());
        }
        ListTableParser.Result result = ListTableParser.parse(block, holder);
        if (result.error() != null) {
            dropTablesFrom(mark);
            parent.add(Node.message());
            problems.add(new Problem(block.line, block.column + 1, "Malformed table: " + result.error()));
            return;
        }
        addDirectiveTable(result.table(), block, mark, parent, ctx);
    }

    private void csvTable(DirectiveBlock block, Node parent, Context ctx) {
        CsvTableParser.Result result = CsvTableParser.parse(block, resolver);
        if (result.error() != null) {
            parent.add(Node.message());
            problems.add(new Problem(result.errorLine() > 0 ? result.errorLine() : block.line,
                    (result.errorLine() > 0 ? result.errorColumn() : block.column) + 1,
                    "Malformed table: " + result.error()));
            return;
        }
        addDirectiveTable(result.table(), block, tables.size(), parent, ctx);
    }

    /** Builds a list- or csv-table into the reserved slot {@code mark}, with the argument as title. */
    private void addDirectiveTable(RawTable raw, DirectiveBlock block, int mark, Node parent, Context ctx) {
        List<Table> nested = new ArrayList<>(tables.subList(mark, tables.size()));
        dropTablesFrom(mark);
        Node node = buildTable(raw, ctx);
        // buildTable added the table at 'mark'; tables found inside list-table cells follow it
        for (Table t : nested) {
            if (t != null) {
                tables.add(t);
            }
        }
        Table table = tables.get(node.tableIndex);
        String caption = block.arguments.isEmpty() ? null
                : Node.normalize(InlineReducer.reduce(block.arguments.get(0)));
        tables.set(node.tableIndex, new Table(table.kind(), table.line(), table.column(), null, caption,
                table.sectionPath(), table.columns(), table.header(), table.body()));
        parent.add(node);
    }
}
