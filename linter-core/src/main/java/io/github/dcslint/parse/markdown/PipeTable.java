package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlankLineBreakNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;

/**
 * A GFM pipe table read by {@link PipeTableReader}: cells as flexmark's table extension would
 * give them (text, position, column span), without flexmark's table nodes.
 */
final class PipeTable extends Block implements BlankLineBreakNode {

    /** Header rows (above the delimiter row) and body rows. */
    final List<PipeRow> header;
    final List<PipeRow> body;
    /** Cells of the delimiter row, each column of a span counted. */
    final int delimiterCells;
    /** First character of the delimiter row. */
    final int delimiterStart;

    PipeTable(BasedSequence chars, List<PipeRow> header, List<PipeRow> body, int delimiterCells, int delimiterStart) {
        super(chars);
        this.header = header;
        this.body = body;
        this.delimiterCells = delimiterCells;
        this.delimiterStart = delimiterStart;
    }

    @Override
    public BasedSequence[] getSegments() {
        return Node.EMPTY_SEGMENTS;
    }

    /** A row: where it starts (its first character) and its cells. */
    record PipeRow(int start, List<PipeCell> cells) {
    }

    /**
     * A cell as flexmark reads it.
     *
     * @param text what a reader sees; null for a delimiter-row cell, and for a plain cell (see plainEnd)
     * @param offset the first content character, or for an empty cell the character after its opening pipe
     * @param span adjacent pipes after the cell: {@code a || b} gives {@code a} a span of 2 (the
     *        empty cell GFM sees), as flexmark with column spans does
     * @param closingStart the first pipe after the cell, -1 if none
     * @param inline the cell's inline nodes where it holds a backtick (its code spans are checked
     *        for bare pipes), else null
     * @param plainEnd for a cell without inline markup, the end of its content: its text is
     *        {@link InlineText#plain} of the source from {@code offset} to here, made when read;
     *        else -1
     */
    record PipeCell(String text, int offset, int span, int closingStart, Node inline, int plainEnd) {
    }
}
