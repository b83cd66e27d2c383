package io.github.dcslint.parse.rst;

import io.github.dcslint.model.TableKind;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code .. csv-table::}, docutils' CSVTable, with the data read by Commons CSV in the dialect
 * docutils gives Python's csv module: delimiter {@code ,} (or {@code :delim:}, with {@code tab}
 * and {@code space}), quote {@code "} (or {@code :quote:}), doubled quotes inside quoted fields,
 * whitespace after a delimiter skipped unless {@code :keepspace:}. Each cell is RST body.
 * Data comes from the content or from {@code :file:} through a {@link FileResolver}; {@code :url:}
 * is never fetched.
 */
final class CsvTableParser {

    /** Answers whether a directive makes a CSV table. */
    static final class Factory {

        private Factory() {
        }

        static boolean tryStart(String directiveName) {
            return DirectiveSpec.of(directiveName).behavior() == DirectiveSpec.Behavior.CSV_TABLE;
        }
    }

    /** Reads a {@code :file:} given relative to the document; refuses files outside the source root. */
    interface FileResolver {
        /** The file's text; throws with a message saying what is wrong when it cannot be used. */
        String read(String path) throws IOException;

        /**
         * Why {@code path} (relative to the document) must not be read: outside the source root,
         * or a symbolic link leading out of it; null when it may be read.
         */
        String refusal(String path);
    }

    /** The table, or an error (with a 1-based line and 0-based column when more precise than the directive). */
    record Result(RawTable table, String error, int errorLine, int errorColumn) {
        static Result error(String message) {
            return new Result(null, message, 0, 0);
        }
    }

    private static final java.util.regex.Pattern STARTLINE = java.util.regex.Pattern.compile(
            "^\\(startline (\\d++)\\) ?+(.*+)$");
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("\r\n|\r|\n");

    private CsvTableParser() {
    }

    static Result parse(RstScanner.DirectiveBlock block, FileResolver resolver) {
        String file = block.options().get("file");
        String url = block.options().get("url");
        Lines content = block.content();
        if (!content.isEmpty() && (file != null || url != null)) {
            return Result.error("csv-table has both content and :" + (file != null ? "file" : "url")
                    + ":; keep one of them");
        }
        if (url != null) {
            return Result.error("csv-table :url: is not fetched (dcs never uses the network);"
                    + " put the data in the document or in a :file:");
        }
        char delimiter = ',';
        char quote = '"';
        Character escape = null;
        try {
            if (block.options().containsKey("delim")) {
                delimiter = singleChar(block.options().get("delim"), true);
            }
            if (block.options().containsKey("quote")) {
                quote = singleChar(block.options().get("quote"), false);
            }
            if (block.options().containsKey("escape")) {
                escape = singleChar(block.options().get("escape"), false);
            }
        } catch (IllegalArgumentException e) {
            return Result.error(e.getMessage());
        }
        boolean keepSpace = block.options().containsKey("keepspace");
        String data;
        Lines source;
        if (file != null) {
            try {
                data = resolver.read(file.trim());
            } catch (IOException | RuntimeException e) {
                return Result.error("csv-table :file: " + file.trim() + " cannot be used: " + e.getMessage());
            }
            source = null;
        } else {
            if (content.isEmpty()) {
                return Result.error("csv-table has no data; give it content or a :file:");
            }
            data = content.join() + "\n";
            source = content;
        }
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(delimiter)
                .setQuote(quote)
                .setEscape(escape)
                .setIgnoreSurroundingSpaces(!keepSpace)
                .setIgnoreEmptyLines(false)
                .setRecordSeparator("\n")
                .get();
        List<List<RawTable.RawCell>> rows = new ArrayList<>();
        int maxColumns = 0;
        String headerOption = block.options().get("header");
        if (headerOption != null) {
            CSVFormat headerFormat = CSVFormat.Builder.create().setDelimiter(',').setQuote('"').setEscape('\\')
                    .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).get();
            try {
                for (List<String> values : records(headerOption + "\n", headerFormat)) {
                    rows.add(cells(values, null, null, block));
                    maxColumns = Math.max(maxColumns, values.size());
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                return Result.error("csv-table :header: does not parse as CSV: " + message(e)
                        + "; check its quotes and delimiters");
            }
        }
        int headerFromOption = rows.size();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(data)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                int[] starts = source == null ? null
                        : fieldStarts(data, (int) record.getCharacterPosition(), values.size(), delimiter, quote,
                        escape, keepSpace);
                rows.add(cells(values, starts, source, block));
                maxColumns = Math.max(maxColumns, values.size());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return Result.error("csv-table data does not parse as CSV: " + message(e)
                    + "; check its quotes and delimiters");
        }
        int dataRows = rows.size() - headerFromOption;
        int headerRows = 0;
        String headerRowsOption = block.options().get("header-rows");
        if (headerRowsOption != null) {
            try {
                headerRows = Integer.parseInt(headerRowsOption.trim());
            } catch (NumberFormatException e) {
                headerRows = -1;
            }
            if (headerRows < 0) {
                return Result.error(":header-rows: must be a non-negative integer, not \"" + headerRowsOption + "\"");
            }
        }
        if (dataRows < headerRows || (dataRows == headerRows && headerRows > 0)) {
            return Result.error(dataRows + " row(s) of data but :header-rows: is " + headerRows
                    + ", which leaves no rows for the table body; lower :header-rows: or add rows");
        }
        // extend short rows with empty cells
        for (List<RawTable.RawCell> row : rows) {
            while (row.size() < maxColumns) {
                RawTable.RawCell last = row.isEmpty() ? null : row.get(row.size() - 1);
                row.add(new RawTable.RawCell(row.size(), 0, 0, new Lines(new String[0], new int[0], new int[0]),
                        null, last != null ? last.line() : block.line(), last != null ? last.column() : block.column()));
            }
        }
        return new Result(new RawTable(TableKind.CSV_TABLE, block.line(), block.column(), maxColumns,
                headerFromOption + headerRows, rows), null, 0, 0);
    }

    /** Commons CSV's message, "(startline N) what" turned into "what at data line N". */
    private static String message(Exception e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        java.util.regex.Matcher start = STARTLINE.matcher(m);
        return start.matches() ? start.group(2) + " at data line " + start.group(1) : m;
    }

    private static List<List<String>> records(String data, CSVFormat format) {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(data)).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                out.add(record.toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** docutils' single_char_or_whitespace_or_unicode / single_char_or_unicode. */
    private static char singleChar(String value, boolean whitespaceNames) {
        String v = value == null ? "" : value.trim();
        if (whitespaceNames && v.equals("tab")) {
            return '\t';
        }
        if (whitespaceNames && v.equals("space")) {
            return ' ';
        }
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("u+") || lower.startsWith("0x") || lower.startsWith("\\x") || lower.startsWith("\\u")
                || lower.startsWith("&#x")) {
            String hex = lower.replaceFirst("^(u\\+|0x|\\\\x|\\\\u|&#x)", "").replace(";", "");
            try {
                return (char) Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + value + "\" is not a character code");
            }
        }
        if (v.length() != 1) {
            throw new IllegalArgumentException("\"" + value + "\" is not a single character; give one character,"
                    + (whitespaceNames ? " \"tab\", \"space\"" : "") + " or a code such as U+003B");
        }
        return v.charAt(0);
    }

    /**
     * Offsets in {@code data} of the first character of each field of the record starting at
     * {@code start}: a scan of quotes and delimiters only, for positions (values come from Commons CSV).
     */
    private static int[] fieldStarts(String data, int start, int count, char delimiter, char quote, Character escape,
                                     boolean keepSpace) {
        int[] starts = new int[count];
        int pos = start;
        int n = data.length();
        for (int f = 0; f < count; f++) {
            if (!keepSpace) {
                while (pos < n && data.charAt(pos) == ' ' && delimiter != ' ') {
                    pos++;
                }
            }
            if (pos < n && data.charAt(pos) == quote) {
                starts[f] = pos + 1;
                pos++;
                while (pos < n) {
                    char c = data.charAt(pos);
                    if (escape != null && c == escape) {
                        pos += 2;
                    } else if (c == quote) {
                        if (pos + 1 < n && data.charAt(pos + 1) == quote) {
                            pos += 2;
                        } else {
                            pos++;
                            break;
                        }
                    } else {
                        pos++;
                    }
                }
            } else {
                starts[f] = pos;
            }
            while (pos < n && data.charAt(pos) != delimiter && data.charAt(pos) != '\n') {
                pos++;
            }
            pos++;
        }
        return starts;
    }

    /** Each value as the lines of a cell, positioned in {@code source} when the data came from it. */
    private static List<RawTable.RawCell> cells(List<String> values, int[] starts, Lines source,
                                                 RstScanner.DirectiveBlock block) {
        List<RawTable.RawCell> row = new ArrayList<>();
        for (int c = 0; c < values.size(); c++) {
            int line = block.line();
            int column = block.column();
            if (starts != null && source != null) {
                int[] at = position(source, starts[c]);
                line = at[0];
                column = at[1];
            }
            String[] parts = LINE_BREAK.split(values.get(c), -1);
            int count = parts.length;
            while (count > 0 && parts[count - 1].isEmpty() && count == parts.length && values.get(c).endsWith("\n")) {
                count--;
                break;
            }
            String[] text = new String[count];
            int[] lineNo = new int[count];
            int[] col = new int[count];
            for (int k = 0; k < count; k++) {
                text[k] = Lines.rstrip(Lines.expandTabs(parts[k]));
                lineNo[k] = line + k;
                col[k] = k == 0 ? column : (source != null ? firstColumnOf(source, line + k, column) : column);
            }
            row.add(new RawTable.RawCell(c, 0, 0, new Lines(text, lineNo, col), null, line, column));
        }
        return row;
    }

    private static int firstColumnOf(Lines source, int line, int fallback) {
        for (int k = 0; k < source.size(); k++) {
            if (source.line(k) == line) {
                return source.column(k);
            }
        }
        return fallback;
    }

    /** 1-based line and 0-based column of offset {@code offset} in {@code source.join() + "\n"}. */
    private static int[] position(Lines source, int offset) {
        int remaining = offset;
        for (int k = 0; k < source.size(); k++) {
            int len = source.text(k).length();
            if (remaining <= len) {
                return new int[] {source.line(k), source.column(k) + remaining};
            }
            remaining -= len + 1;
        }
        int last = source.size() - 1;
        return new int[] {source.line(last), source.column(last)};
    }
}
