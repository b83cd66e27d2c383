package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads GFM pipe tables out of flexmark's paragraphs, in place of the table extension's paragraph
 * pre-processor, with the same result (checked against it in tests). flexmark's pre-processor
 * runs its inline parser over every row to find the pipes, builds a node per cell and separator,
 * and then dcs reads every cell's text from those nodes: most of reading a Markdown API page.
 * Here the pipes are found by a plain scan ({@link PipeRowSplit}); a cell without inline markup
 * is read straight from the source, one with markup through flexmark's inline parser, alone.
 * A table with a row whose markup might span a pipe, or with lines whose indentation is not
 * plain spaces, is handed to flexmark's own pre-processor, whose {@code TableBlock} dcs reads
 * as before.
 */
final class PipeTableReader implements ParagraphPreProcessor {

    /** flexmark's delimiter-row pattern for the minimum of one hyphen dcs configures. */
    private static final Pattern DELIMITER_ROW_ONE_DASH = TableParagraphPreProcessor.getTableHeaderSeparator(1, "");

    private final ParserState state;
    private final Pattern delimiterRow;
    /** Whether flexmark is configured as this reader assumes; if not, every paragraph goes to flexmark. */
    private final boolean readsLikeFlexmark;
    private ParagraphPreProcessor flexmark;

    private PipeTableReader(ParserState state) {
        this.state = state;
        DataHolder options = state.getProperties();
        int dashes = TablesExtension.MIN_SEPARATOR_DASHES.get(options);
        this.delimiterRow = dashes == 1 ? DELIMITER_ROW_ONE_DASH
                : TableParagraphPreProcessor.getTableHeaderSeparator(dashes, "");
        this.readsLikeFlexmark = TablesExtension.COLUMN_SPANS.get(options)
                && !TablesExtension.APPEND_MISSING_COLUMNS.get(options)
                && !TablesExtension.DISCARD_EXTRA_COLUMNS.get(options)
                && !TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH.get(options)
                && !TablesExtension.WITH_CAPTION.get(options)
                && TablesExtension.TRIM_CELL_WHITESPACE.get(options)
                && TablesExtension.MIN_HEADER_ROWS.get(options) == 0
                && TablesExtension.MAX_HEADER_ROWS.get(options) == Integer.MAX_VALUE;
    }

    /** Registered in place of {@code TablesExtension}: same place among the paragraph pre-processors. */
    static final class Factory implements ParagraphPreProcessorFactory {

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new PipeTableReader(state);
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            // as flexmark's table pre-processor: link reference definitions come out of the paragraph first
            return Set.of(ReferencePreProcessorFactory.class);
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    /**
     * The table at the start of the paragraph, inserted before it; returns how many of the
     * paragraph's characters it took (0: no table), as flexmark's pre-processor.
     */
    @Override
    public int preProcessBlock(Paragraph block, ParserState parserState) {
        if (!readsLikeFlexmark) {
            return flexmark().preProcessBlock(block, parserState);
        }
        List<BasedSequence> lines = block.getContentLines();
        String source = lines.isEmpty() ? null : MarkdownSource.of(lines.get(0));
        if (source == null
                || !(parserState.getInlineParser() instanceof LinearInlineParser inlineParser)) {
            return flexmark().preProcessBlock(block, parserState);
        }
        // the table's lines: up to the first line without a pipe, which must come after the
        // delimiter row ("The table is broken at the first empty line, or beginning of another
        // block-level structure"; flexmark also ends it at a line without a pipe)
        int blockIndent = block.getLineIndent(0);
        int delimiter = -1;
        int count = 0;
        int[] rowStarts = new int[lines.size()];
        int[] rowEnds = new int[lines.size()];
        for (BasedSequence line : lines) {
            // flexmark's lines start with their indentation, as spaces where a tab was expanded:
            // the row is the rest of the line
            int indent = block.getLineIndent(count);
            if (MarkdownSource.of(line) != source || !indentedBySpaces(line, indent)) {
                return flexmark().preProcessBlock(block, parserState);
            }
            BasedSequence row = line.subSequence(indent);
            int start = row.getStartOffset();
            int end = row.getEndOffset();
            if (!contiguous(row) || indent > blockIndent && !spacesBefore(source, start, indent - blockIndent)) {
                // a row indented deeper than the first is read from that many characters before it:
                // where those are not spaces (a tab, a container's marker) flexmark's reading is
                // its own (MarkdownParser reports what it throws)
                return flexmark().preProcessBlock(block, parserState);
            }
            int pipe = source.indexOf('|', start);
            if (pipe < 0 || pipe >= end) {
                if (delimiter < 0) {
                    return 0;
                }
                break;
            }
            if (delimiter < 0 && mayBeDelimiterRow(source, start, end)
                    && delimiterRow.matcher(source).region(start, end).matches()) {
                delimiter = count;
            }
            // flexmark's inline parser trims the row
            while (start < end && PipeRowSplit.isTrimmed(source.charAt(start))) {
                start++;
            }
            while (end > start && PipeRowSplit.isTrimmed(source.charAt(end - 1))) {
                end--;
            }
            rowStarts[count] = start;
            rowEnds[count] = end;
            count++;
        }
        if (delimiter < 0) {
            return 0;
        }
        List<PipeTable.PipeRow> header = new ArrayList<>(delimiter);
        List<PipeTable.PipeRow> body = new ArrayList<>(count - delimiter);
        int delimiterCells = 0;
        int rows = count;
        for (int r = 0; r < count; r++) {
            PipeRowSplit split = PipeRowSplit.of(source, rowStarts[r], rowEnds[r]);
            if (split == PipeRowSplit.UNSAFE) {
                return flexmark().preProcessBlock(block, parserState);
            }
            if (split.pipeCount == 0) {
                // no cell separator: a header row makes it no table, a body row ends the table
                if (r <= delimiter) {
                    return 0;
                }
                rows = r;
                break;
            }
            List<PipeTable.PipeCell> cells = cells(source, lines.get(r), rowStarts[r], rowEnds[r], split,
                    r == delimiter ? null : inlineParser);
            if (cells == null) {
                return flexmark().preProcessBlock(block, parserState);
            }
            if (r < delimiter) {
                header.add(new PipeTable.PipeRow(rowStarts[r], cells));
            } else if (r > delimiter) {
                body.add(new PipeTable.PipeRow(rowStarts[r], cells));
            } else {
                for (PipeTable.PipeCell cell : cells) {
                    delimiterCells += cell.span();
                }
            }
        }
        // flexmark's table block spans its rows from the first one's start to the last one's line end
        int tableStart = lines.get(0).subSequence(blockIndent).getStartOffset();
        int tableEnd = lines.get(rows - 1).getEndOffset();
        PipeTable table = new PipeTable(lines.get(0).baseSubSequence(tableStart, tableEnd), header, body,
                delimiterCells, rowStarts[delimiter]);
        block.insertBefore(table);
        parserState.blockAdded(table);
        return tableEnd - tableStart;
    }

    /**
     * The cells of a row, as flexmark's table pre-processor forms them: a pipe at the row's start
     * opens the first cell; each cell ends at the next pipe, and pipes right after that one widen
     * it (a column span, which dcs reads as empty cells); text after the last pipe is a last cell.
     * Null if a cell's {@code ]} might close a {@code [} of an earlier cell: flexmark reads the
     * row's inline markup before splitting it, so that link text may hold a pipe.
     *
     * @param inlineParser null for the delimiter row, whose text is not read
     */
    private static List<PipeTable.PipeCell> cells(String source, BasedSequence line, int rowStart, int rowEnd,
            PipeRowSplit split, LinearInlineParser inlineParser) {
        List<PipeTable.PipeCell> cells = new ArrayList<>(split.pipeCount + 1);
        int pipe = 0;
        int contentStart = rowStart;
        // the opening pipe comes with the first cell, even an empty one ("|" alone is one cell)
        boolean opening = split.pipes[0] == rowStart;
        if (opening) {
            pipe = 1;
            contentStart = rowStart + 1;
        }
        boolean openBracketBefore = false;
        while (contentStart < rowEnd || opening) {
            opening = false;
            int piece = pipe;
            int contentEnd = split.pieceEnd(piece, rowEnd);
            int closingStart = -1;
            int span = 1;
            if (pipe < split.pipeCount) {
                closingStart = split.pipes[pipe++];
                while (pipe < split.pipeCount && split.pipes[pipe] == split.pipes[pipe - 1] + 1) {
                    pipe++;
                    span++;
                }
            }
            int first = contentStart;
            while (first < contentEnd && PipeRowSplit.isTrimmed(source.charAt(first))) {
                first++;
            }
            int last = contentEnd;
            while (last > first && PipeRowSplit.isTrimmed(source.charAt(last - 1))) {
                last--;
            }
            String text = "";
            Node inline = null;
            int plainEnd = -1;
            int offset;
            if (first == last) {
                offset = emptyCellOffset(source, closingStart >= 0 ? closingStart : contentEnd);
            } else {
                offset = first;
                if (inlineParser == null) {
                    text = null;
                } else if (split.markup[piece] && !split.backtick[piece]
                        && (text = SimpleCellMarkup.text(source, first, last)) != null) {
                    // the common shapes, no brackets left open or closed unopened
                } else if (split.markup[piece] && !split.backtick[piece]
                        && SimpleCellMarkup.isTextWithOpenBrackets(source, first, last)) {
                    // read when needed, as a plain cell; its brackets are open for later cells
                    text = null;
                    plainEnd = last;
                    openBracketBefore = true;
                } else if (split.markup[piece]) {
                    Node content = new CellContent();
                    inlineParser.parse(line.baseSubSequence(first, last), content);
                    if (openBracketBefore && inlineParser.closedUnopenedBracket()) {
                        return null;
                    }
                    openBracketBefore |= inlineParser.leftOpenBracket();
                    text = InlineText.of(content);
                    inline = split.backtick[piece] ? content : null;
                } else {
                    // read when needed: most cells of a verify run are never read
                    text = null;
                    plainEnd = last;
                }
            }
            cells.add(new PipeTable.PipeCell(text, offset, span, closingStart, inline, plainEnd));
            contentStart = closingStart >= 0 ? split.pipes[pipe - 1] + 1 : rowEnd;
        }
        return cells;
    }

    /** The character after the pipe that opens an empty cell ending at {@code end}, searched back to the line's start. */
    private static int emptyCellOffset(String source, int end) {
        for (int i = end - 1; i >= 0; i--) {
            char c = source.charAt(i);
            if (c == '|') {
                return i + 1;
            }
            if (c == '\n' || c == '\r') {
                break;
            }
        }
        return Math.min(end, source.length());
    }

    /**
     * Whether {@code source[start, end)} holds only what flexmark's delimiter-row pattern is made
     * of: pipes, colons, hyphens and {@code \s}. The pattern backtracks through every row before
     * the delimiter row (a header row of generated docs, or each row of a paragraph of pipes
     * with no delimiter row); a row with any other character cannot match it.
     */
    private static boolean mayBeDelimiterRow(String source, int start, int end) {
        for (int i = start; i < end; i++) {
            switch (source.charAt(i)) {
                case '|', ':', '-', ' ', '\t', '\n', '\u000B', '\f', '\r' -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the {@code count} characters before {@code offset} are spaces. */
    private static boolean spacesBefore(String source, int offset, int count) {
        if (offset - count < 0) {
            return false;
        }
        for (int i = offset - count; i < offset; i++) {
            if (source.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Whether the line starts with {@code indent} spaces. */
    private static boolean indentedBySpaces(BasedSequence line, int indent) {
        if (indent > line.length()) {
            return false;
        }
        for (int i = 0; i < indent; i++) {
            if (line.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Whether the sequence is one gap-free range of its base (no added or left-out characters). */
    private static boolean contiguous(BasedSequence chars) {
        return chars.getEndOffset() - chars.getStartOffset() == chars.length();
    }

    private ParagraphPreProcessor flexmark() {
        if (flexmark == null) {
            flexmark = TableParagraphPreProcessor.Factory().apply(state);
        }
        return flexmark;
    }

    /** Holds the inline nodes of one cell. */
    static final class CellContent extends Node {

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }
}
