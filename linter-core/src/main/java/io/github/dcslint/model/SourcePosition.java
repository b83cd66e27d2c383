package io.github.dcslint.model;

/**
 * A 1-based line and column in a source file. Columns count characters (code points of the
 * decoded text after tab expansion where the format expands tabs), not bytes.
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
    }

    @Override
    public int compareTo(SourcePosition other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
