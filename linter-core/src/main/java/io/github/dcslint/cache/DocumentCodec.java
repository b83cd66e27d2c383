package io.github.dcslint.cache;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.StatusHeading;
import io.github.dcslint.model.Table;
import io.github.dcslint.model.TableKind;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A parsed document as bytes and back: every field of the model, in a fixed order. Bump
 * {@link #VERSION} with any change to the model or to this order, so old entries become misses
 * instead of wrong documents.
 */
final class DocumentCodec {

    /** The layout of the bytes below; part of every entry's key. */
    static final int VERSION = 1;

    /** No model string comes near this; a larger length means a corrupt entry, not an allocation. */
    private static final int MAX_STRING_BYTES = 64 * 1024 * 1024;
    private static final int MAX_LIST = 10_000_000;

    private DocumentCodec() {
    }

    /** Writes everything but the file, which the reader knows (it asked for it). */
    static void write(ParsedDocument document, DataOutput out) throws IOException {
        writeString(out, document.path());
        out.writeByte(document.format().ordinal());
        writeString(out, document.title());
        out.writeInt(document.tables().size());
        for (Table table : document.tables()) {
            writeTable(table, out);
        }
        out.writeInt(document.statusHeadings().size());
        for (StatusHeading heading : document.statusHeadings()) {
            out.writeInt(heading.line());
            out.writeInt(heading.column());
            writeString(out, heading.code());
        }
        out.writeInt(document.problems().size());
        for (Problem problem : document.problems()) {
            out.writeInt(problem.line());
            out.writeInt(problem.column());
            writeString(out, problem.message());
        }
    }

    /** The document of {@code file}, as written by {@link #write}; throws on bytes it did not write. */
    static ParsedDocument read(Path file, DataInput in) throws IOException {
        String path = readString(in);
        DocumentFormat format = enumValue(DocumentFormat.values(), in.readByte());
        String title = readString(in);
        int tableCount = count(in);
        List<Table> tables = new ArrayList<>(tableCount);
        for (int i = 0; i < tableCount; i++) {
            tables.add(readTable(in));
        }
        int headingCount = count(in);
        List<StatusHeading> headings = new ArrayList<>(headingCount);
        for (int i = 0; i < headingCount; i++) {
            headings.add(new StatusHeading(in.readInt(), in.readInt(), readString(in)));
        }
        int problemCount = count(in);
        List<Problem> problems = new ArrayList<>(problemCount);
        for (int i = 0; i < problemCount; i++) {
            problems.add(new Problem(in.readInt(), in.readInt(), readString(in)));
        }
        return new ParsedDocument(file, path, format, title, tables, headings, problems);
    }

    static void writeTable(Table table, DataOutput out) throws IOException {
        out.writeByte(table.kind().ordinal());
        out.writeInt(table.line());
        out.writeInt(table.column());
        out.writeInt(table.directiveLine() == null ? -1 : table.directiveLine());
        writeString(out, table.caption());
        out.writeInt(table.sectionPath().size());
        for (String section : table.sectionPath()) {
            writeString(out, section);
        }
        out.writeInt(table.columns());
        writeRows(table.header(), out);
        writeRows(table.body(), out);
    }

    static Table readTable(DataInput in) throws IOException {
        TableKind kind = enumValue(TableKind.values(), in.readByte());
        int line = in.readInt();
        int column = in.readInt();
        int directiveLine = in.readInt();
        String caption = readString(in);
        int sections = count(in);
        List<String> sectionPath = new ArrayList<>(sections);
        for (int i = 0; i < sections; i++) {
            sectionPath.add(readString(in));
        }
        int columns = in.readInt();
        List<Row> header = readRows(in);
        List<Row> body = readRows(in);
        return new Table(kind, line, column, directiveLine < 0 ? null : directiveLine, caption, sectionPath, columns,
                header, body);
    }

    static void writeRows(List<Row> rows, DataOutput out) throws IOException {
        out.writeInt(rows.size());
        for (Row row : rows) {
            out.writeInt(row.line());
            out.writeInt(row.cells().size());
            for (Cell cell : row.cells()) {
                writeCell(cell, out);
            }
        }
    }

    static List<Row> readRows(DataInput in) throws IOException {
        int rowCount = count(in);
        List<Row> rows = new ArrayList<>(rowCount);
        for (int r = 0; r < rowCount; r++) {
            int line = in.readInt();
            int cellCount = count(in);
            List<Cell> cells = new ArrayList<>(cellCount);
            for (int c = 0; c < cellCount; c++) {
                cells.add(readCell(in));
            }
            rows.add(new Row(line, cells));
        }
        return rows;
    }

    static void writeCell(Cell cell, DataOutput out) throws IOException {
        writeString(out, cell.text());
        out.writeInt(cell.line());
        out.writeInt(cell.column());
        out.writeInt(cell.gridColumn());
        out.writeInt(cell.moreRows());
        out.writeInt(cell.moreCols());
        out.writeBoolean(cell.empty());
    }

    static Cell readCell(DataInput in) throws IOException {
        String text = readString(in);
        if (text == null) {
            throw new IOException("a cell without text");
        }
        return new Cell(text, in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readBoolean());
    }

    /** Length-prefixed UTF-8 (DataOutput.writeUTF stops at 64 KB); -1 for null. */
    static void writeString(DataOutput out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInput in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("bad string length " + length);
        }
        if (in instanceof ByteArrayDataInput array) {
            return array.readUtf8(length);
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_LIST) {
            throw new IOException("bad count " + count);
        }
        return count;
    }

    static <E extends Enum<E>> E enumValue(E[] values, int ordinal) throws IOException {
        if (ordinal < 0 || ordinal >= values.length) {
            throw new IOException("bad enum ordinal " + ordinal);
        }
        return values[ordinal];
    }
}
