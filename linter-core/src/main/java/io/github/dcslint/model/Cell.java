package io.github.dcslint.model;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One table cell as a reader sees it. A value: equal cells have equal text and position.
 *
 * <p>A parser may give a cell its text as a way to make it ({@link #deferred}) instead of the
 * text itself: a verify run reads the header cells and the code, name and description columns of
 * status tables, and no other cell (the parameter tables of an API page are most of its cells).
 * The text is made when first read, once, by a pure function of the parsed source, so a cell
 * reads the same whenever and on whichever thread it is read; runs read the texts they keep on
 * the parse thread that made the cell ({@link Table#readTexts}).
 */
public final class Cell {

    private final int line;
    private final int column;
    private final int gridColumn;
    private final int moreRows;
    private final int moreCols;
    /** Whether the cell has no content; null: when its text is empty (known once the text is made). */
    private final Boolean empty;
    /**
     * The text, or the {@code Supplier<String>} that makes it, until it is read. Not volatile:
     * a volatile write in the constructor fences every cell made (measured: 2 % of the full
     * pipeline, one JVM, passes interleaved). A cell reaches other threads through the future
     * of its parse, which orders its construction before their reads; after that a thread sees the
     * supplier or a text. Both are immutable with final fields, so either is read whole, and
     * the supplier always makes the same text (the racy single-check idiom, as
     * {@code String.hashCode}).
     */
    private Object text;

    /**
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
    public Cell(String text, int line, int column, int gridColumn, int moreRows, int moreCols, boolean empty) {
        this(requireText(text), line, column, gridColumn, moreRows, moreCols, Boolean.valueOf(empty));
    }

    private Cell(Object text, int line, int column, int gridColumn, int moreRows, int moreCols, Boolean empty) {
        this.text = text;
        this.line = line;
        this.column = column;
        this.gridColumn = gridColumn;
        this.moreRows = moreRows;
        this.moreCols = moreCols;
        this.empty = empty;
    }

    private static String requireText(String text) {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        return text;
    }

    /** A cell with content, spanning nothing. */
    public static Cell of(String text, int line, int column, int gridColumn) {
        return new Cell(text, line, column, gridColumn, 0, 0, text.isEmpty());
    }

    /**
     * A cell whose text is made by {@code text} when first read. {@code text} must be a pure
     * function of what the parser has finished with (it may run on another thread, later) and
     * never answer null.
     *
     * @param empty whether the cell has no content, or null for "when its text is empty"
     */
    public static Cell deferred(Supplier<String> text, int line, int column, int gridColumn, int moreRows,
                                int moreCols, Boolean empty) {
        return new Cell(Objects.requireNonNull(text, "text"), line, column, gridColumn, moreRows, moreCols, empty);
    }

    /** The same cell at another column (its text still made when first read). */
    public Cell atColumn(int newColumn) {
        return new Cell(text, line, newColumn, gridColumn, moreRows, moreCols, empty);
    }

    /** The cell's text (see the constructor); made now if it was deferred. */
    public String text() {
        Object current = text;
        if (current instanceof String read) {
            return read;
        }
        @SuppressWarnings("unchecked")
        String made = requireText(((Supplier<String>) current).get());
        // two threads may both make it: the same text, and either may be kept
        text = made;
        return made;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public int gridColumn() {
        return gridColumn;
    }

    public int moreRows() {
        return moreRows;
    }

    public int moreCols() {
        return moreCols;
    }

    public boolean empty() {
        return empty != null ? empty : text().isEmpty();
    }

    public SourcePosition position() {
        return new SourcePosition(line, column);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cell cell && line == cell.line && column == cell.column
                && gridColumn == cell.gridColumn && moreRows == cell.moreRows && moreCols == cell.moreCols
                && empty() == cell.empty() && text().equals(cell.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(text(), line, column, gridColumn, moreRows, moreCols, empty());
    }

    @Override
    public String toString() {
        return "Cell[text=" + text() + ", line=" + line + ", column=" + column + ", gridColumn=" + gridColumn
                + ", moreRows=" + moreRows + ", moreCols=" + moreCols + ", empty=" + empty() + "]";
    }
}
