package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.github.dcslint.model.Cell;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.StatusHeading;
import io.github.dcslint.model.Table;
import io.github.dcslint.model.TableKind;
import io.github.dcslint.parse.ParseOptions;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts GFM pipe tables, headings and status headings from Markdown, through flexmark. This is
 * the one class that sees flexmark types.
 *
 * <p>Columns are 1-based code points from the start of the line; Markdown tabs count as one
 * column (GFM expands tabs only to find block structure, never inside a table row).
 */
public final class MarkdownParser {

    /**
     * Configured to read GitHub-flavoured Markdown tables. GFM has no column spans: {@code ||}
     * is an empty cell. flexmark without spans swallows that empty cell, with spans it keeps the
     * count in the cell before it, which {@link Extraction#row} turns back into empty cells. No
     * captions. Missing cells are not invented and extra ones not dropped, so that we can report
     * where text is lost; the header/delimiter match is checked on the expanded cell counts.
     * Tables are read by {@link PipeTableReader}, which hands the tables it cannot read alike to
     * flexmark's table extension (configured here for those).
     */
    static final Parser PARSER = parser(true, LinearInlineParser.FACTORY);

    /**
     * With flexmark's own heading, fenced-code, list and thematic-break parsers in place of
     * {@link LineCheckedHeadingFactory}, {@link LineCheckedFencedCodeFactory},
     * {@link LineCheckedListFactory} and {@link LineCheckedThematicBreakFactory} (tests).
     */
    static final Parser PARSER_WITH_FLEXMARKS_BLOCK_STARTS = parser(false, LinearInlineParser.FACTORY);

    /** With flexmark's table extension reading every table in place of {@link PipeTableReader} (tests). */
    static final Parser PARSER_WITH_FLEXMARKS_TABLES = parser(true, LinearInlineParser.FACTORY, false);

    /**
     * flexmark's own block parsers, inline parser and table extension, with dcs's options (tests:
     * what dcs reads must be what flexmark reads, only faster).
     */
    static final Parser PARSER_AS_FLEXMARK = parser(false, DocumentParser.INLINE_PARSER_FACTORY, false);

    /** The parser, with the given inline parser (tests compare it with one that parses every paragraph). */
    static Parser parser(boolean lineCheckedBlockStarts, InlineParserFactory inlineParser) {
        return parser(lineCheckedBlockStarts, inlineParser, true);
    }

    private static Parser parser(boolean lineCheckedBlockStarts, InlineParserFactory inlineParser,
            boolean pipeTableReader) {
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, pipeTableReader ? List.of() : List.of(TablesExtension.create()))
                .set(Parser.HEADING_PARSER, !lineCheckedBlockStarts)
                .set(Parser.FENCED_CODE_BLOCK_PARSER, !lineCheckedBlockStarts)
                .set(Parser.LIST_BLOCK_PARSER, !lineCheckedBlockStarts)
                .set(Parser.THEMATIC_BREAK_PARSER, !lineCheckedBlockStarts)
                .set(TablesExtension.COLUMN_SPANS, true)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, false)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, false)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false)
                .set(TablesExtension.WITH_CAPTION, false)
                // GFM: "The delimiter row consists of cells whose only content are hyphens (-), and
                // optionally, a leading or trailing colon": one hyphen is enough (flexmark wants 3)
                .set(TablesExtension.MIN_SEPARATOR_DASHES, 1)
                // a fenced block's code as a CodeBlock of its lines: flexmark otherwise builds a
                // Text of one segmented sequence of them, which dcs never reads (half of the
                // Kubernetes API docs is code; 5 % of reading Markdown, measured in one JVM)
                .set(Parser.FENCED_CODE_CONTENT_BLOCK, true)
                .toImmutable();
        Parser.Builder builder = Parser.builder(options).customInlineParserFactory(inlineParser);
        if (inlineParser != DocumentParser.INLINE_PARSER_FACTORY && Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) {
            // flexmark takes link reference definitions out of paragraphs only for its own inline
            // parser (DocumentParser.calculateParagraphPreProcessors); with another, unless added
            // here, a definition stays a paragraph and hides a table that follows it in the same
            // paragraph, and no [label] resolves
            builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        }
        if (pipeTableReader) {
            builder.paragraphPreProcessorFactory(new PipeTableReader.Factory());
        }
        if (lineCheckedBlockStarts) {
            builder.customBlockParserFactory(new LineCheckedHeadingFactory());
            builder.customBlockParserFactory(new LineCheckedFencedCodeFactory());
            builder.customBlockParserFactory(new LineCheckedListFactory());
            builder.customBlockParserFactory(new LineCheckedThematicBreakFactory());
        }
        return builder.build();
    }

    /** "Status code: 400" as a heading or a paragraph of its own (usually bold), nothing after the code. */
    private static final Pattern STATUS_HEADING = Pattern.compile("(?i)^status\\s+code\\s*:\\s*\\S+$");
    /**
     * Where the code starts in the source of such a heading, after any emphasis markers; the code
     * ends before markup that may close around it (a link's {@code ](url)}, an HTML tag).
     */
    private static final Pattern STATUS_HEADING_SOURCE =
            Pattern.compile("(?i)status\\s+code\\s*:[\\s*_`]*([^\\s*_`\\]<]+)");

    private MarkdownParser() {
    }

    /**
     * Whether a paragraph written {@code raw} may read as a status heading ({@link #STATUS_HEADING}
     * starts with "status"). Before the first character a reader sees there can only be markup:
     * emphasis ({@code * _}), link and image openers ({@code [ ![}), code-span backticks and
     * whitespace, each either removed or itself the first character seen, and a closing bracket
     * right after them: flexmark reads {@code []} as a reference with no text, so it vanishes; so
     * after a run of those, the next character must be an {@code s}, or something that may stand
     * for one or hide it (an entity {@code &}, an escape {@code \}, inline HTML {@code <}, a
     * link's destination or label after an empty text: {@code [](u)}, {@code [][r]}). A paragraph
     * for which this is false is never read: flexmark does not even parse its inline markup
     * ({@link LinearInlineParser}), which was a large part of reading prose-heavy pages.
     */
    static boolean mayBeStatusHeading(CharSequence raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || InlineText.isSpace(c) || "*_[!`".indexOf(c) >= 0) {
                continue;
            }
            if (c == ']') {
                if (i + 1 < raw.length() && (raw.charAt(i + 1) == '(' || raw.charAt(i + 1) == '[')) {
                    return true;
                }
                continue;
            }
            return "sS&\\<".indexOf(c) >= 0;
        }
        return false;
    }

    /**
     * flexmark's tree of {@code text}, which {@link PipeTableReader} reads tables of: given as a
     * {@link MarkdownSource}, not as a {@code String} (which flexmark would hash, and which the
     * reader does not take for dcs's document).
     */
    static Document tree(Parser parser, String text) {
        return parser.parse(BasedSequence.of(new MarkdownSource(text)));
    }

    /** Parses decoded text (no BOM). Never throws for bad input: problems go into the document. */
    public static ParsedDocument parse(Path file, String path, String text, ParseOptions options) {
        return parse(file, path, text, options, PARSER, true);
    }

    /**
     * As {@link #parse(Path, String, String, ParseOptions)}, with another flexmark parser, and the
     * code inside fences read by it (tests).
     */
    static ParsedDocument parse(Path file, String path, String text, ParseOptions options, Parser parser) {
        return parse(file, path, text, options, parser, false);
    }

    /** @param emptyFences whether the lines inside fences are taken out first ({@link FenceContents}) */
    static ParsedDocument parse(Path file, String path, String text, ParseOptions options, Parser parser,
                                boolean emptyFences) {
        List<Problem> problems = new ArrayList<>();
        if (text.length() > options.maxFileBytes()) {
            problems.add(new Problem(1, 1, "file is " + text.length() + " characters long, over the limit of "
                    + options.maxFileBytes() + "; raise maxFileBytes to check it"));
            return new ParsedDocument(file, path, DocumentFormat.MARKDOWN, null, List.of(), List.of(), problems);
        }
        String source = blankOverlongLines(blankFrontMatter(text), options.maxLineLength(), problems);
        FenceContents.Collapsed read = emptyFences ? FenceContents.collapse(source) : FenceContents.none(source);
        Document document;
        int unreadableTab = -1;
        try {
            document = tree(parser, read.text());
        } catch (StringIndexOutOfBoundsException e) {
            // flexmark 0.64.8's TableParagraphPreProcessor computes a negative offset when a
            // paragraph line of a would-be table is indented with tabs (found by fuzzing:
            // "a | b|\n\t\t\t\t|--=|\n b |\n|---|"). A tab read as one space keeps every offset,
            // so positions stay exact; the author learns where the tab is.
            int tab = source.indexOf('\t');
            if (tab < 0) {
                throw e;
            }
            source = source.replace('\t', ' ');
            read = emptyFences ? FenceContents.collapse(source) : FenceContents.none(source);
            document = tree(parser, read.text());
            unreadableTab = tab;
        }
        Extraction extraction = new Extraction(document, read);
        // so far the only problems are lines over the limit: blanked, reported once
        problems.forEach(p -> extraction.unreadLines.add(p.line()));
        if (unreadableTab >= 0) {
            // the first tab of the source, maybe inside a fence: placed in the source, not in what flexmark read
            int[] at = lineAndColumn(source, unreadableTab);
            problems.add(new Problem(at[0], at[1],
                    "a tab in the indentation of table lines makes the Markdown table unreadable; indent with spaces"));
        }
        extraction.walk(document);
        problems.addAll(extraction.problems);
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return new ParsedDocument(file, path, DocumentFormat.MARKDOWN, extraction.title, extraction.tables,
                extraction.statusHeadings, problems);
    }

    /** The 1-based line and column (in code points) of {@code offset}, lines ending as CommonMark's do. */
    private static int[] lineAndColumn(String source, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (endsLine(source, i)) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, source.codePointCount(lineStart, offset) + 1};
    }

    /**
     * Whether the character at {@code i} ends a line. CommonMark: "a line ending is a line feed, a
     * carriage return not followed by a line feed, or a carriage return and a following line
     * feed" (a CR-only file is many lines).
     */
    private static boolean endsLine(String source, int i) {
        char c = source.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 == source.length() || source.charAt(i + 1) != '\n');
    }

    /**
     * YAML front matter ({@code ---} lines around metadata at the very top, as Jekyll, Hugo and
     * docs.microsoft.com use) is not Markdown: read as Markdown its closing {@code ---} makes
     * the metadata a setext heading. Its characters become spaces so offsets stay the same.
     */
    static String blankFrontMatter(String text) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return text;
        }
        int lineStart = text.indexOf('\n') + 1;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, end).strip();
            if (line.equals("---") || line.equals("...")) {
                StringBuilder blanked = new StringBuilder(text);
                blank(blanked, 0, end);
                return blanked.toString();
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return text;
    }

    /** Lines over the limit are not parsed (a pathological line must not cost the run): blanked, reported. */
    private static String blankOverlongLines(String text, int maxLineLength, List<Problem> problems) {
        boolean hasCarriageReturn = text.indexOf('\r') >= 0;
        StringBuilder blanked = null;
        int lineStart = 0;
        int lineNumber = 1;
        while (lineStart <= text.length()) {
            // CommonMark: "a line ending is a line feed, a carriage return not followed by a line
            // feed, or a carriage return and a following line feed" (a CR-only file is many lines)
            int lineEnd = lineEnd(text, lineStart, hasCarriageReturn);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            if (end - lineStart > maxLineLength) {
                int length = text.codePointCount(lineStart, end);
                if (length > maxLineLength) {
                    problems.add(new Problem(lineNumber, maxLineLength + 1, "line is " + length
                            + " characters long, over the limit of " + maxLineLength
                            + "; it is not read, so a table on it is not checked; shorten it or raise maxLineLength"));
                    blanked = blanked == null ? new StringBuilder(text) : blanked;
                    blank(blanked, lineStart, end);
                }
            }
            if (lineEnd < 0) {
                break;
            }
            lineStart = lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
            lineNumber++;
        }
        return blanked == null ? text : blanked.toString();
    }

    /** Index of the LF or CR ending the line that starts at {@code from}, or -1 for the last line. */
    private static int lineEnd(String text, int from, boolean hasCarriageReturn) {
        if (!hasCarriageReturn) {
            return text.indexOf('\n', from); // a vectorised search
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Spaces for every character but line endings, so offsets, lines and columns stay. */
    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                text.setCharAt(i, ' ');
            }
        }
    }

    /** One walk over the block structure, in document order. */
    private static final class Extraction {
        private final String source;
        /** Offsets where lines start, ascending. */
        private final int[] lineStarts;
        private final int lineCount;
        private final List<Table> tables = new ArrayList<>();
        private final List<StatusHeading> statusHeadings = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        /** Lines blanked for being over the length limit (1-based). */
        private final java.util.Set<Integer> unreadLines = new java.util.HashSet<>();
        /** Enclosing section titles; index = heading level - 1, null where a level was skipped. */
        private final String[] sections = new String[6];
        private String title;

        /** For each line of {@link #source}, the lines of the document taken out before it ({@link FenceContents}); null: none. */
        private final int[] lineShifts;

        Extraction(Document document, FenceContents.Collapsed read) {
            String source = read.text();
            this.source = source;
            int[] starts = new int[64];
            int count = 0;
            starts[count++] = 0;
            boolean lineFeedsOnly = source.indexOf('\r') < 0;
            if (lineFeedsOnly) {
                // LF only (most files): line starts by String.indexOf, a vectorised search
                for (int lf = source.indexOf('\n'); lf >= 0; lf = source.indexOf('\n', lf + 1)) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = lf + 1;
                }
            }
            for (int i = 0; !lineFeedsOnly && i < source.length(); i++) {
                if (endsLine(source, i)) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            this.lineStarts = starts;
            this.lineCount = count;
            this.lineShifts = read.lineShifts(starts, count);
        }

        /**
         * Visits the blocks in document order. Iterative, not recursive: 15,000 nested block
         * quotes ({@code >>>>...}) fit in one line under the limit and overflowed the stack.
         */
        void walk(Node root) {
            Deque<Node> pending = new ArrayDeque<>();
            pushChildren(root, pending);
            while (!pending.isEmpty()) {
                Node node = pending.pop();
                if (node instanceof Heading heading) {
                    enterSection(heading);
                    statusHeading(heading);
                } else if (node instanceof PipeTable table) {
                    table(table);
                } else if (node instanceof TableBlock table) {
                    table(table);
                } else if (node instanceof Paragraph paragraph) {
                    statusHeading(paragraph);
                } else if (node.hasChildren()) {
                    // block quotes and list items may hold tables too
                    pushChildren(node, pending);
                }
            }
        }

        /** Pushes the children so that the first one is popped first. */
        private static void pushChildren(Node parent, Deque<Node> pending) {
            for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
                pending.push(child);
            }
        }

        private void enterSection(Heading heading) {
            String text = InlineText.of(heading);
            if (title == null && !text.isEmpty()) {
                title = text;
            }
            int level = Math.max(1, Math.min(6, heading.getLevel()));
            sections[level - 1] = text;
            for (int i = level; i < sections.length; i++) {
                sections[i] = null;
            }
        }

        private List<String> sectionPath() {
            List<String> path = new ArrayList<>();
            for (String s : sections) {
                if (s != null) {
                    path.add(s);
                }
            }
            return path;
        }

        private void statusHeading(Node block) {
            String text = InlineText.of(block);
            if (text.indexOf('\n') >= 0 || !STATUS_HEADING.matcher(text).matches()) {
                return;
            }
            Matcher source = STATUS_HEADING_SOURCE.matcher(block.getChars());
            if (source.find()) {
                int offset = block.getStartOffset() + source.start(1);
                statusHeadings.add(new StatusHeading(line(offset), column(offset), source.group(1)));
            }
        }

        private void table(TableBlock block) {
            List<Row> header = new ArrayList<>();
            List<Row> body = new ArrayList<>();
            int columns = 0;
            int problemsBefore = problems.size();
            for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
                // TableSeparator (the |---| line) and a caption carry no cells
                if (part instanceof TableHead) {
                    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                        if (row instanceof TableRow tableRow) {
                            Row r = row(tableRow, Integer.MAX_VALUE);
                            columns = Math.max(columns, r.cells().size());
                            header.add(r);
                        }
                    }
                } else if (part instanceof TableBody) {
                    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                        if (row instanceof TableRow tableRow) {
                            body.add(row(tableRow, columns));
                        }
                    }
                }
            }
            // GFM: "The header row must match the delimiter row in the number of cells. If not, a
            // table will not be recognized" (flexmark accepts it anyway)
            Node delimiter = block.getChildOfType(TableSeparator.class);
            int delimiterCells = delimiter == null ? columns : countCells(delimiter);
            if (delimiterCells != columns && delimiter != null) {
                // what the rows would lose does not matter: GitHub shows no table at all
                problems.subList(problemsBefore, problems.size()).clear();
                int offset = delimiter.getChars().trimStart().getStartOffset();
                if (unreadLines.contains(line(offset) - 1)) {
                    // the header row was over the line limit: that finding already covers the table
                    return;
                }
                problems.add(new Problem(line(offset), column(offset), "the header row has " + columns
                        + " cells and the delimiter row below it " + delimiterCells + ", so GFM shows these lines"
                        + " as text, not as a table; give both rows the same number of cells"));
                return;
            }
            int start = header.isEmpty() ? block.getStartOffset() : firstOffset(block);
            tables.add(new Table(TableKind.PIPE, line(start), column(start), null, null, sectionPath(), columns,
                    header, body));
        }

        /** As {@link #table(TableBlock)}, for a table {@link PipeTableReader} has read. */
        private void table(PipeTable table) {
            List<Row> header = new ArrayList<>(table.header.size());
            List<Row> body = new ArrayList<>(table.body.size());
            int columns = 0;
            int problemsBefore = problems.size();
            for (PipeTable.PipeRow row : table.header) {
                Row r = row(row, Integer.MAX_VALUE);
                columns = Math.max(columns, r.cells().size());
                header.add(r);
            }
            for (PipeTable.PipeRow row : table.body) {
                body.add(row(row, columns));
            }
            if (table.delimiterCells != columns) {
                problems.subList(problemsBefore, problems.size()).clear();
                int offset = table.delimiterStart;
                if (unreadLines.contains(line(offset) - 1)) {
                    return;
                }
                problems.add(new Problem(line(offset), column(offset), "the header row has " + columns
                        + " cells and the delimiter row below it " + table.delimiterCells + ", so GFM shows these"
                        + " lines as text, not as a table; give both rows the same number of cells"));
                return;
            }
            // (no header row: no table, the delimiter row has at least one cell)
            int start = table.header.get(0).start();
            tables.add(new Table(TableKind.PIPE, line(start), column(start), null, null, sectionPath(), columns,
                    header, body));
        }

        /** As {@link #row(TableRow, int)}, for a row {@link PipeTableReader} has read. */
        private Row row(PipeTable.PipeRow row, int columns) {
            List<Cell> cells = new ArrayList<>(Math.min(columns, row.cells().size() + 1));
            boolean reported = false;
            for (PipeTable.PipeCell cell : row.cells()) {
                if (reported) {
                    break;
                }
                if (cell.inline() != null) {
                    reportPipesInCode(cell.inline());
                }
                int from = cell.offset();
                int to = cell.plainEnd();
                String text = source; // the lambda keeps the source, not the extraction
                reported = to >= 0 ? addCell(cells, null, () -> InlineText.plain(text, from, to), from, columns)
                        : addCell(cells, cell.text(), from, columns);
                for (int k = 1; k < cell.span() && !reported; k++) {
                    reported = addCell(cells, "", cell.closingStart() + k, columns);
                }
            }
            return new Row(line(row.start()), cells);
        }

        /** Cells as GFM counts them: a cell spanning n columns in flexmark's reading stands for n cells. */
        private static int countCells(Node node) {
            int count = 0;
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                count += child instanceof TableCell cell ? Math.max(1, cell.getSpan()) : countCells(child);
            }
            return count;
        }

        private int firstOffset(TableBlock block) {
            return block.getChars().trimStart().getStartOffset();
        }

        /**
         * GFM: "The remainder of the table's rows may vary in the number of cells. If a number of
         * cells fewer than the number of cells in the header row, empty cells are inserted. If
         * greater, the excess is ignored". An ignored cell is text a reader never sees: a problem.
         */
        private Row row(TableRow tableRow, int columns) {
            List<Cell> cells = new ArrayList<>();
            int rowStart = tableRow.getStartOffset();
            boolean reported = false;
            for (Node node = tableRow.getFirstChild(); node != null && !reported; node = node.getNext()) {
                if (!(node instanceof TableCell cell)) {
                    continue;
                }
                if (holdsBacktick(cell)) {
                    reportPipesInCode(cell);
                }
                reported = addCell(cells, InlineText.of(cell), cellOffset(cell), columns);
                // "a || b" is a, an empty cell, b (flexmark: a spanning two columns)
                BasedSequence closing = cell.getClosingMarker();
                for (int k = 1; k < cell.getSpan() && !reported; k++) {
                    reported = addCell(cells, "", closing.getStartOffset() + k, columns);
                }
            }
            return new Row(line(rowStart), cells);
        }

        /**
         * Adds a cell, or reports the first lost text once the row is full. GFM: "The remainder of
         * the table's rows may vary in the number of cells. If a number of cells fewer than the
         * number of cells in the header row, empty cells are inserted. If greater, the excess is
         * ignored". An empty cell (a trailing pipe) loses nothing.
         *
         * @return whether the row's lost text has been reported (nothing more to add)
         */
        private boolean addCell(List<Cell> cells, String text, int offset, int columns) {
            return addCell(cells, text, null, offset, columns);
        }

        /**
         * As {@link #addCell(List, String, int, int)}, for a cell whose text is {@code text}, or
         * where that is null, made by {@code deferred} when read ({@link Cell#deferred}).
         */
        private boolean addCell(List<Cell> cells, String text, Supplier<String> deferred, int offset, int columns) {
            if (cells.size() < columns) {
                cells.add(text != null ? Cell.of(text, line(offset), column(offset), cells.size())
                        : Cell.deferred(deferred, line(offset), column(offset), cells.size(), 0, 0, null));
                return false;
            }
            if ((text != null ? text : deferred.get()).isEmpty()) {
                return false;
            }
            problems.add(new Problem(line(offset), column(offset), "row has more cells than the header's "
                    + columns + ", so GFM drops this cell and the ones after it; add a header cell or write \\|"
                    + " for a pipe inside a cell"));
            return true;
        }

        /**
         * GFM splits a row into cells before it reads inline markup: "It is possible to include a
         * pipe in a cell's content by escaping it, including inside other inline spans". flexmark
         * keeps a bare pipe inside a code span in its cell, GitHub splits the cell there: the
         * reader on GitHub sees another table than the author meant.
         */
        private void reportPipesInCode(Node node) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Code) {
                    BasedSequence code = child.getChars();
                    for (int i = 0; i < code.length(); i++) {
                        if (code.charAt(i) == '|' && (i == 0 || code.charAt(i - 1) != '\\')) {
                            int offset = code.getStartOffset() + i;
                            problems.add(new Problem(line(offset), column(offset), "a bare | inside a code span"
                                    + " ends the cell on GitHub (GFM splits cells before reading code spans);"
                                    + " write \\| instead"));
                        }
                    }
                } else {
                    reportPipesInCode(child);
                }
            }
        }

        /** Whether the cell's source range holds a backtick (a code span needs one). */
        private boolean holdsBacktick(Node cell) {
            int end = Math.min(cell.getEndOffset(), source.length());
            for (int i = Math.max(0, cell.getStartOffset()); i < end; i++) {
                if (source.charAt(i) == '`') {
                    return true;
                }
            }
            return false;
        }

        /** The first content character, or for an empty cell the character after its opening pipe. */
        private int cellOffset(TableCell cell) {
            BasedSequence text = cell.getText();
            if (!text.isBlank()) {
                return text.trimStart().getStartOffset();
            }
            BasedSequence closing = cell.getClosingMarker();
            int end = closing.isNotNull() && !closing.isEmpty() ? closing.getStartOffset() : cell.getEndOffset();
            int lineStart = lineStarts[textLine(Math.max(0, end - 1)) - 1];
            for (int i = end - 1; i >= lineStart; i--) {
                if (source.charAt(i) == '|') {
                    return i + 1;
                }
            }
            return Math.min(end, source.length());
        }

        /** The line {@link #textLine} found last: the cells of a row, and each cell's line and column, ask about one line. */
        private int lastLine = 1;

        /** The document's 1-based line of a character offset of {@link #source}. */
        private int line(int offset) {
            int line = textLine(offset);
            return lineShifts == null || line == 0 ? line : line + lineShifts[line - 1];
        }

        /** 1-based line of a character offset in {@link #source} (flexmark's getLineNumber scans from the start: quadratic). */
        private int textLine(int offset) {
            int last = lastLine;
            if (lineStarts[last - 1] <= offset && (last == lineCount || offset < lineStarts[last])) {
                return last;
            }
            int index = Arrays.binarySearch(lineStarts, 0, lineCount, offset);
            int line = index >= 0 ? index + 1 : -index - 1;
            if (line > 0) {
                lastLine = line; // (0 for a negative offset: not a line to start from)
            }
            return line;
        }

        private int column(int offset) {
            int lineStart = lineStarts[textLine(offset) - 1];
            return Character.codePointCount(source, lineStart, Math.min(offset, source.length())) + 1;
        }
    }
}
