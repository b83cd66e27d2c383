package io.github.dcslint.report;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.StatusHeading;
import io.github.dcslint.model.Table;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.SourceFile;
import io.github.dcslint.status.StatusEntry;
import io.github.dcslint.status.StatusTable;
import io.github.dcslint.status.StatusTableClassifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, for each finding, the cell it is about (the cell starting at the finding's line and
 * column, as every check reports the cell's own position) and the status code of its row. The
 * reports a reviewer reads show that cell; baselines and SARIF fingerprints key on it.
 * One instance serves one thread (it caches what it looks up).
 */
public final class FindingContexts {

    /**
     * A status code at the start of a cell: three digits or a class such as {@code 4xx}, maybe in
     * bold ({@code **404** Not Found}). The row's first such cell is its code.
     */
    private static final Pattern CODE = Pattern.compile("^\\**\\s*([1-5](?:[0-9]{2}|[xX]{2}))(?![0-9A-Za-z])");

    /** Between cells on a source line: an unescaped pipe, or two spaces (simple tables). */

    private final Map<Path, ParsedDocument> documents = new HashMap<>();
    /**
     * The last file whose lines were asked for: findings come file by file, and keeping every
     * file's text would make the heap grow with the files that have findings.
     */
    private Path lastSourceFile;
    private SourceText lastSourceText;
    private final Map<Table, StatusTable> statusTables = new java.util.IdentityHashMap<>();
    /** The lines of the documents' problems, kept when they were parsed; null: read the files. */
    private ProblemLines problemLines;

    /** Stands for "not a status-code table" in the cache. */
    private static final StatusTable NOT_STATUS_TABLE = new StatusTable(
            new Table(io.github.dcslint.model.TableKind.PIPE, 1, 1, null, null, List.of(), 0, List.of(), List.of()),
            List.of(), List.of());

    private FindingContexts(Collection<ParsedDocument> parsed) {
        for (ParsedDocument document : parsed) {
            documents.put(normalize(document.file()), document);
        }
    }

    /**
     * Takes the run's reading of a document's tables: which are status tables, and their column
     * roles, as the run's classifier (the request's column roles) found them. Without it a row's
     * code is read with the shipped classifier.
     */
    private void knowStatusTables(ParsedDocument document, List<StatusTable> statusTables) {
        Map<Table, StatusTable> byTable = new java.util.IdentityHashMap<>();
        statusTables.forEach(status -> byTable.put(status.table(), status));
        for (Table table : document.tables()) {
            this.statusTables.put(table, byTable.getOrDefault(table, NOT_STATUS_TABLE));
        }
    }

    /** Looks cells up in documents already parsed (the runner's, or a test's). */
    public static FindingContexts of(Collection<ParsedDocument> documents) {
        return new FindingContexts(documents);
    }

    /**
     * The contexts of the result's findings: those the run resolved while it held the documents
     * ({@link DcsResult#contexts()}), and for any other finding the file parsed again, read as the
     * runner read it (relative to its source root).
     */
    public static FindingContexts parsing(DcsResult result) {
        // made when a finding has no context (the runner's all have one): a normalised path per file
        Map<Path, SourceFile> byFile = new HashMap<>();
        Map<Path, DocumentParser> parsers = new HashMap<>();
        Map<Path, ParsedDocument> parsed = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            if (result.contexts().containsKey(finding)) {
                continue;
            }
            Path file = normalize(finding.file());
            if (parsed.containsKey(file)) {
                continue;
            }
            if (byFile.isEmpty()) {
                for (SourceFile checked : result.files()) {
                    byFile.put(normalize(checked.file()), checked);
                }
            }
            SourceFile source = byFile.get(file);
            Path root = source != null ? source.root() : file.getParent();
            DocumentParser parser = parsers.computeIfAbsent(root, r -> new DocumentParser(ParseOptions.forRoot(r)));
            parsed.put(file, parser.parse(file));
        }
        FindingContexts contexts = new FindingContexts(parsed.values());
        contexts.known.putAll(result.contexts());
        return contexts;
    }

    /**
     * What each finding points at, looked up in the documents the run checked (with the run's
     * status tables of them, so a row's code is read with the run's column roles), in a form
     * that holds no document: the table keeps its header and the finding's row only. The runner
     * resolves each doc set's findings before it lets the documents go.
     */
    public static Map<Finding, FindingContext> resolve(List<Finding> findings, Collection<ParsedDocument> documents,
                                                       java.util.function.Function<ParsedDocument, List<StatusTable>>
                                                               statusTables) {
        return resolve(findings, documents, statusTables, null);
    }

    /**
     * As {@link #resolve(List, Collection, java.util.function.Function)}; a finding outside a cell
     * takes its line from {@code problemLines} (when not null) where that holds it, and reads
     * its file only where it does not.
     */
    public static Map<Finding, FindingContext> resolve(List<Finding> findings, Collection<ParsedDocument> documents,
                                                       java.util.function.Function<ParsedDocument, List<StatusTable>>
                                                               statusTables, ProblemLines problemLines) {
        java.util.Set<Path> withFindings = new java.util.HashSet<>();
        for (Finding finding : findings) {
            withFindings.add(normalize(finding.file()));
        }
        // only the documents findings point into are looked at
        List<ParsedDocument> pointedInto = documents.stream()
                .filter(document -> withFindings.contains(normalize(document.file()))).toList();
        FindingContexts contexts = new FindingContexts(pointedInto);
        contexts.problemLines = problemLines;
        for (ParsedDocument document : pointedInto) {
            contexts.knowStatusTables(document, statusTables.apply(document));
        }
        Map<Finding, FindingContext> out = new HashMap<>();
        // file by file: a finding outside a cell reads its file's lines, and only the last file is kept
        findings.stream().sorted(java.util.Comparator.comparing((Finding f) -> f.file().toString()))
                .forEach(finding -> out.put(finding, contexts.contextOf(finding).withoutOtherRows()));
        return out;
    }

    /** Contexts resolved by the run; asked before any document. */
    private final Map<Finding, FindingContext> known = new HashMap<>();

    /** The cell, row, table and code the finding is about. */
    public FindingContext contextOf(Finding finding) {
        FindingContext resolved = known.get(finding);
        if (resolved != null) {
            return resolved;
        }
        Path file = normalize(finding.file());
        ParsedDocument document = documents.get(file);
        if (document != null) {
            CellAt cell = cellAt(document, finding.line(), finding.column());
            if (cell != null) {
                return new FindingContext(codeOf(cell.table(), cell.row()), cell.cell().text(), cell.table(),
                        cell.row(), cell.cell());
            }
            for (StatusHeading heading : document.statusHeadings()) {
                if (heading.line() == finding.line() && heading.column() == finding.column()) {
                    return new FindingContext(heading.code(), heading.code(), null, null, null);
                }
            }
        }
        String line = sourceLine(file, finding.line());
        int from = Math.min(Math.max(finding.column() - 1, 0), line.length());
        return new FindingContext(codeOfLine(line), cellAt(line.substring(from)), null, null, null);
    }

    private record CellAt(Table table, Row row, Cell cell) {
    }

    /** Each document's tables' first and last row lines, built on first use. */
    private final Map<ParsedDocument, int[][]> tableLines = new java.util.IdentityHashMap<>();

    /**
     * The first cell at the position, in document order (header before body): only tables whose
     * rows span the line are read (reading every cell of a document for each finding was most
     * of writing the SARIF report).
     */
    private CellAt cellAt(ParsedDocument document, int line, int column) {
        List<Table> tables = document.tables();
        int[][] spans = tableLines.computeIfAbsent(document, d -> {
            int[][] lines = new int[tables.size()][];
            for (int t = 0; t < tables.size(); t++) {
                int first = Integer.MAX_VALUE;
                int last = Integer.MIN_VALUE;
                for (List<Row> rows : List.of(tables.get(t).header(), tables.get(t).body())) {
                    for (Row row : rows) {
                        for (Cell cell : row.cells()) {
                            first = Math.min(first, cell.line());
                            last = Math.max(last, cell.line());
                        }
                    }
                }
                lines[t] = new int[] {first, last};
            }
            return lines;
        });
        for (int t = 0; t < tables.size(); t++) {
            if (line < spans[t][0] || line > spans[t][1]) {
                continue;
            }
            Table table = tables.get(t);
            for (List<Row> rows : List.of(table.header(), table.body())) {
                for (Row row : rows) {
                    for (Cell cell : row.cells()) {
                        if (cell.line() == line && cell.column() == column) {
                            return new CellAt(table, row, cell);
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The finding's key: file, rule, the row's code and the cell's text. */
    public FindingKey keyOf(Finding finding) {
        // asked twice per finding by the SARIF fingerprints (occurrence, then digest)
        return keys.computeIfAbsent(finding, f -> FindingKey.of(f, contextOf(f)));
    }

    private final Map<Finding, FindingKey> keys = new HashMap<>();

    /**
     * For each finding, how many findings before it in the list have the same key (0 for the
     * first). With the list in report order, the index stays the same when lines shift.
     */
    public List<Integer> occurrenceIndexes(List<Finding> findings) {
        // keys computed file by file first: a finding outside a cell reads its file's lines, and
        // only the last file read is kept (report order may interleave files)
        findings.stream().sorted(java.util.Comparator.comparing((Finding f) -> f.file().toString()))
                .forEach(this::keyOf);
        Map<FindingKey, Integer> seen = new HashMap<>();
        List<Integer> indexes = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            FindingKey key = keyOf(finding);
            int index = seen.merge(key, 1, Integer::sum) - 1;
            indexes.add(index);
        }
        return indexes;
    }

    /**
     * The code as the checks read it: the row's code cell as the status-table classifier finds
     * it (so {@code 4O5} in a code column is the row's code), else the first cell starting with
     * a code.
     */
    private String codeOf(Table table, Row row) {
        StatusTable status = statusTables.computeIfAbsent(table, t -> classify(t).orElse(NOT_STATUS_TABLE));
        for (StatusEntry entry : status.entries()) {
            if (entry.row() == row && entry.codeText() != null && !entry.codeText().isBlank()) {
                return entry.codeText().strip();
            }
        }
        return codeOf(row);
    }

    private static Optional<StatusTable> classify(Table table) {
        StatusTableClassifier classifier = Classifier.INSTANCE;
        if (classifier == null) {
            return Optional.empty();
        }
        try {
            return classifier.classify(table);
        } catch (RuntimeException e) {
            // the classifier's trouble must not stop a report: fall back to the first code-like cell
            return Optional.empty();
        }
    }

    /** The shipped classifier, loaded once; null where its synonyms are not on the classpath. */
    private static final class Classifier {
        static final StatusTableClassifier INSTANCE = load();

        private static StatusTableClassifier load() {
            try {
                return StatusTableClassifier.loadDefault();
            } catch (IllegalStateException e) {
                return null;
            }
        }
    }

    /** The code written in the row's first cell that starts with one, or "". */
    static String codeOf(Row row) {
        for (Cell cell : row.cells()) {
            Matcher matcher = CODE.matcher(cell.text());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        return "";
    }

    /** The source line, or "" when the file or line cannot be read. */
    private String sourceLine(Path file, int line) {
        String known = problemLines == null ? null : problemLines.line(file, line);
        if (known != null) {
            return known;
        }
        if (!file.equals(lastSourceFile)) {
            lastSourceText = SourceText.read(file);
            lastSourceFile = file;
        }
        return lastSourceText.line(line);
    }

    /**
     * A file's text and where its lines start, as {@code Files.readAllLines} splits them (LF, CR,
     * CRLF); lines are cut only when asked for (reading every line of a large document as a list
     * of strings, for a few findings, was a fifth of writing the SARIF report).
     */
    record SourceText(String text, int[] lineStarts, int lineCount) {
        static SourceText read(Path file) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                // Not UTF-8 or gone: the parser already reported it; the key falls back to "".
                return new SourceText("", new int[0], 0);
            }
            return of(text);
        }

        static SourceText of(String text) {
            int[] starts = new int[64];
            int count = 0;
            int n = text.length();
            int start = 0;
            if (text.indexOf('\r') < 0) {
                // LF only (most files): String.indexOf, a vectorised search, finds the line ends
                for (int lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', start)) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = start;
                    start = lf + 1;
                }
            }
            int scanTo = text.indexOf('\r') < 0 ? 0 : n; // the loop below is for CR and CRLF
            for (int i = 0; i < scanTo; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = start;
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            if (start < n) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count + 1);
                }
                starts[count++] = start;
            }
            return new SourceText(text, starts, count);
        }

        String line(int line) {
            if (line < 1 || line > lineCount) {
                return "";
            }
            int start = lineStarts[line - 1];
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            return text.substring(start, end);
        }
    }

    /**
     * The code in the first cell of a source line that starts with one, or "". Cells end at an
     * unescaped {@code |} or a run of two or more whitespace characters (simple tables).
     */
    static String codeOfLine(String line) {
        int n = line.length();
        int start = 0;
        int i = 0;
        while (i <= n) {
            int next;
            if (i == n) {
                next = n + 1;
            } else if (line.charAt(i) == '|' && (i == 0 || line.charAt(i - 1) != '\\')) {
                next = i + 1;
            } else if (isRegexSpace(line.charAt(i)) && i + 1 < n && isRegexSpace(line.charAt(i + 1))) {
                next = i;
                while (next < n && isRegexSpace(line.charAt(next))) {
                    next++;
                }
            } else {
                i++;
                continue;
            }
            Matcher matcher = CODE.matcher(line.substring(start, i).strip());
            if (matcher.find()) {
                return matcher.group(1);
            }
            start = next;
            i = next;
        }
        return "";
    }

    /** The regex {@code \s}. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The text of a cell starting at the beginning of {@code rest}: up to the next unescaped
     * {@code |} (pipe and grid tables) or run of two spaces (simple tables: "columns are
     * separated by at least two spaces", docutils' spec), trimmed.
     */
    static String cellAt(String rest) {
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|' || (c == ' ' && i + 1 < rest.length() && rest.charAt(i + 1) == ' ')) {
                end = i;
                break;
            }
        }
        return rest.substring(0, end).strip();
    }

    static Path normalize(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
