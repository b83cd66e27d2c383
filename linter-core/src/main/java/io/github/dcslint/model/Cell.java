package io.github.dcslint.model;

/**
 * One table cell as a reader sees it.
 *
 * @param text       the cell's text with inline markup reduced to what a reader sees; runs of
 *                   whitespace collapsed to one space and trimmed, except that an explicit line
 *                   break (Markdown {@code <br />}) is kept as {@code '\n'}
 * @param line       1-based line of the cell's first content character; for an empty cell, the
 *                   line of the cell's top-left interior
 * @param column     1-based column of that character (after tab expansion)
 * @param gridColumn 0-based logical column the cell starts in (differs from its index in the row
 *                   after column spans)
 * @param moreRows   how many rows below this one the cell spans (0: none)
 * @param moreCols   how many columns right of this one the cell spans (0: none)
 * @param empty      whether the cell has no content (docutils reports no line for it)
 */
public record Cell(String text, int line, int column, int gridColumn, int moreRows, int moreCols, boolean empty) {

    public Cell {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
    }

    /** A cell with content, spanning nothing. */
    public static Cell of(String text, int line, int column, int gridColumn) {
        return new Cell(text, line, column, gridColumn, 0, 0, text.isEmpty());
    }

    public SourcePosition position() {
        return new SourcePosition(line, column);
    }
}
