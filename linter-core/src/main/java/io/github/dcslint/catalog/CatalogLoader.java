package io.github.dcslint.catalog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.github.dcslint.DcsConfigurationException;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads catalog CSV files (format: {@code docs/catalogs.md}). Every error names the file and the
 * 1-based line of the offending row: {@code org.csv:12: code "4O4" is not three digits 100-599}.
 */
final class CatalogLoader {

    /** The IANA registry's own columns, in its own order. */
    static final List<String> IANA_COLUMNS = List.of("value", "description", "reference");

    /** The organisation-catalog columns; only {@code Code} is required. */
    static final List<String> ORGANISATION_COLUMNS = List.of("code", "name", "alternativenames", "legacynames",
            "description", "required", "reference");

    private static final Pattern IANA_VALUE = Pattern.compile("(\\d{3})(?:-(\\d{3}))?");
    private static final Pattern CODE = Pattern.compile("\\d{3}");
    private static final String OBSOLETED = "(OBSOLETED)";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private CatalogLoader() {
    }

    static List<CatalogRow> load(Path file) throws DcsConfigurationException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new DcsConfigurationException(file + ":1: catalog is not UTF-8; save it as UTF-8", e);
        } catch (IOException e) {
            throw new DcsConfigurationException(file + ":1: cannot read catalog: " + e, e);
        }
        return read(file.toString(), new StringReader(text));
    }

    static List<CatalogRow> read(String source, Reader reader) throws DcsConfigurationException {
        String text;
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = reader.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            text = sb.toString();
        } catch (IOException e) {
            throw new DcsConfigurationException(source + ":1: cannot read catalog: " + e, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            // valid UTF-8, but no catalog holds NUL: a binary or UTF-16 file was named by mistake
            int line = 1 + (int) text.substring(0, nul).chars().filter(c -> c == '\n').count();
            throw new DcsConfigurationException(source + ":" + line + ": catalog contains a NUL byte, so it is not"
                    + " a text CSV file; save it as UTF-8 text");
        }
        LineIndex lines = new LineIndex(text);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DcsConfigurationException(source + ":" + lineOf(e.getMessage()) + ": not valid CSV ("
                    + e.getMessage() + "); check the quotes of that row", e);
        }
        if (records.isEmpty()) {
            throw new DcsConfigurationException(source + ":1: catalog is empty; start it with a header line such as "
                    + "Code,Name,Description");
        }
        CSVRecord header = records.get(0);
        List<String> columns = header.stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        int headerLine = lines.lineOf(header.getCharacterPosition());
        List<CSVRecord> body = records.subList(1, records.size());
        if (columns.equals(IANA_COLUMNS)) {
            return readIana(source, body, lines);
        }
        return readOrganisation(source, headerLine, columns, header, body, lines);
    }

    private static List<CatalogRow> readIana(String source, List<CSVRecord> body, LineIndex lines)
            throws DcsConfigurationException {
        List<CatalogRow> rows = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        for (CSVRecord record : body) {
            int line = lines.lineOf(record.getCharacterPosition());
            String where = source + ":" + line;
            if (record.size() != 3) {
                throw new DcsConfigurationException(where + ": row has " + record.size()
                        + " fields; the IANA format has three: Value,Description,Reference");
            }
            Matcher m = IANA_VALUE.matcher(record.get(0).trim());
            if (!m.matches()) {
                throw new DcsConfigurationException(where + ": value \"" + record.get(0)
                        + "\" is neither a code nor a range such as 104-199");
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) != null ? Integer.parseInt(m.group(2)) : from;
            if (from < 100 || to > 599 || from > to) {
                throw new DcsConfigurationException(where + ": value \"" + record.get(0)
                        + "\" is outside 100-599 or its range runs backwards");
            }
            for (int code = from; code <= to; code++) {
                Integer before = seen.putIfAbsent(code, line);
                if (before != null) {
                    throw new DcsConfigurationException(where + ": code " + code + " is already listed at line "
                            + before + "; keep one row per code");
                }
            }
            String description = record.get(1).trim();
            String reference = blankToNull(record.get(2));
            CatalogEntry.Status status;
            String name = null;
            if (description.isEmpty()) {
                throw new DcsConfigurationException(where + ": description of " + record.get(0)
                        + " is empty; write the reason phrase, Unassigned or (Unused)");
            } else if (description.equalsIgnoreCase("Unassigned")) {
                status = CatalogEntry.Status.UNASSIGNED;
            } else if (description.equalsIgnoreCase("(Unused)")) {
                status = CatalogEntry.Status.UNUSED;
            } else if (description.endsWith(OBSOLETED)) {
                status = CatalogEntry.Status.OBSOLETED;
                name = description.substring(0, description.length() - OBSOLETED.length()).trim();
            } else {
                status = CatalogEntry.Status.ASSIGNED;
                name = description;
            }
            if (from != to && status != CatalogEntry.Status.UNASSIGNED) {
                throw new DcsConfigurationException(where + ": range " + record.get(0)
                        + " must be Unassigned; list assigned codes one per row");
            }
            rows.add(new CatalogRow(from, to, status, name, null, null, null, null, reference, where));
        }
        return rows;
    }

    private static List<CatalogRow> readOrganisation(String source, int headerLine, List<String> columns,
                                                     CSVRecord header, List<CSVRecord> body, LineIndex lines)
            throws DcsConfigurationException {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            if (!ORGANISATION_COLUMNS.contains(column)) {
                throw new DcsConfigurationException(source + ":" + headerLine + ": unknown column \""
                        + header.get(i).trim() + "\"; the columns are Code,Name,AlternativeNames,LegacyNames,"
                        + "Description,Required,Reference (or Value,Description,Reference for the IANA format)");
            }
            if (index.put(column, i) != null) {
                throw new DcsConfigurationException(source + ":" + headerLine + ": column \"" + header.get(i).trim()
                        + "\" appears twice; keep one");
            }
        }
        if (!index.containsKey("code")) {
            throw new DcsConfigurationException(source + ":" + headerLine
                    + ": header has no Code column; name the columns, e.g. Code,Name,Description");
        }
        List<CatalogRow> rows = new ArrayList<>();
        Map<Integer, Integer> seen = new HashMap<>();
        for (CSVRecord record : body) {
            int line = lines.lineOf(record.getCharacterPosition());
            String where = source + ":" + line;
            if (record.size() > columns.size()) {
                throw new DcsConfigurationException(where + ": row has " + record.size()
                        + " fields but the header names " + columns.size() + "; quote fields that contain commas");
            }
            String codeText = field(record, index, "code");
            if (codeText == null || !CODE.matcher(codeText).matches()
                    || Integer.parseInt(codeText) < 100 || Integer.parseInt(codeText) > 599) {
                throw new DcsConfigurationException(where + ": code \"" + (codeText == null ? "" : codeText)
                        + "\" is not three digits 100-599");
            }
            int code = Integer.parseInt(codeText);
            Integer before = seen.putIfAbsent(code, line);
            if (before != null) {
                throw new DcsConfigurationException(where + ": code " + code + " is already listed at line "
                        + before + "; keep one row per code");
            }
            Boolean required = null;
            String requiredText = field(record, index, "required");
            if (requiredText != null) {
                switch (requiredText.toLowerCase(Locale.ROOT)) {
                    case "yes", "true" -> required = Boolean.TRUE;
                    case "no", "false" -> required = Boolean.FALSE;
                    default -> throw new DcsConfigurationException(where + ": Required is \"" + requiredText
                            + "\"; write yes, no or leave it empty");
                }
            }
            rows.add(new CatalogRow(code, code, null, field(record, index, "name"),
                    list(field(record, index, "alternativenames")), list(field(record, index, "legacynames")),
                    field(record, index, "description"), required, field(record, index, "reference"), where));
        }
        return rows;
    }

    /** The trimmed field, or null when the column is absent or the field empty (inherit). */
    private static String field(CSVRecord record, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        if (i == null || i >= record.size()) {
            return null;
        }
        return blankToNull(record.get(i));
    }

    /** {@code a|b|c} as a list; null (inherit) for an empty field. */
    private static List<String> list(String field) {
        if (field == null) {
            return null;
        }
        return Arrays.stream(field.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() ? null : t;
    }

    private static int lineOf(String message) {
        Matcher m = Pattern.compile("line (\\d+)").matcher(message == null ? "" : message);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    /** Maps character offsets to 1-based lines. */
    private static final class LineIndex {
        private final List<Integer> starts = new ArrayList<>();
        private final String text;

        LineIndex(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
        }

        int lineOf(long offset) {
            int lo = 0;
            int hi = starts.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts.get(mid) <= offset) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            // Commons CSV puts a record that follows comment lines at the comments' start.
            while (lo + 1 < starts.size() && isCommentOrBlank(lo)) {
                lo++;
            }
            return lo + 1;
        }

        private boolean isCommentOrBlank(int index) {
            int end = index + 1 < starts.size() ? starts.get(index + 1) : text.length();
            String line = text.substring(starts.get(index), end).trim();
            return line.isEmpty() || line.startsWith("#");
        }
    }
}
