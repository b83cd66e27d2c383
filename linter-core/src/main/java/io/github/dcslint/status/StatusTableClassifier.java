package io.github.dcslint.status;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises status-code tables and gives their columns roles, from header synonyms kept in a
 * rules file ({@code dcs/column-roles.properties} on the classpath, or a user's file), not in code.
 *
 * <p>A table is a status-code table when one column is named as a code column by its header and
 * holds status-like values, or, for a table without a header row, when its first column holds
 * them. The content test keeps out "Error Code" columns of service error codes ({@code DCS.4202},
 * {@code badRequest}). Immutable and thread-safe.
 */
public final class StatusTableClassifier {

    /** Where the default synonyms live on the classpath (shipped in dcs-rules). */
    public static final String DEFAULT_RESOURCE = "dcs/column-roles.properties";

    /** Share of non-empty cells of a code column that must read as a code (typos included). */
    private static final double STATUS_LIKE_SHARE = 0.9;
    /** A reason phrase is short: at most this many words (before a Slate " -- "). */
    private static final int NAME_MAX_WORDS = 5;
    /** Share of cells that must be short for a column to hold reason phrases. */
    private static final double SHORT_SHARE = 0.7;
    /** Slate's "Not Found -- The specified kitten could not be found." */
    private static final String NAME_DESCRIPTION_SEPARATOR = " -- ";

    private final ColumnRoleSynonyms synonyms;

    private StatusTableClassifier(ColumnRoleSynonyms synonyms) {
        this.synonyms = synonyms;
    }

    /**
     * The classifier with the default synonyms shipped in dcs-rules.
     *
     * @throws IllegalStateException when {@value #DEFAULT_RESOURCE} is not on the classpath
     */
    public static StatusTableClassifier loadDefault() {
        StatusTableClassifier classifier = defaultClassifier;
        if (classifier == null) {
            // not a static holder: a failed load must throw IllegalStateException on every call,
            // not ExceptionInInitializerError once and NoClassDefFoundError after
            classifier = fromClasspath(StatusTableClassifier.class.getClassLoader());
            defaultClassifier = classifier;
        }
        return classifier;
    }

    /** Read once; a race only reads the same resource twice. */
    private static volatile StatusTableClassifier defaultClassifier;

    static StatusTableClassifier fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("column-role synonyms " + DEFAULT_RESOURCE
                        + " are not on the classpath; add the dcs-rules jar to it");
            }
            return new StatusTableClassifier(ColumnRoleSynonyms.read(in, DEFAULT_RESOURCE));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read column-role synonyms " + DEFAULT_RESOURCE + ": " + e, e);
        }
    }

    /**
     * A classifier with the synonyms of a user's file (same format as the default).
     *
     * @throws UncheckedIOException     when the file cannot be read
     * @throws IllegalArgumentException naming {@code file:line} when a line is not {@code role = headers}
     */
    public static StatusTableClassifier load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new StatusTableClassifier(ColumnRoleSynonyms.read(in, file.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read column-role synonyms " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A classifier with the synonyms read from {@code in} (same format as the default), e.g. a
     * resource on the class path.
     *
     * @param source names the data in messages ({@code source:line: reason})
     * @throws IllegalArgumentException naming {@code source:line} when a line is not {@code role = headers}
     */
    public static StatusTableClassifier read(InputStream in, String source) throws IOException {
        return new StatusTableClassifier(ColumnRoleSynonyms.read(in, source));
    }

    /**
     * What decides this classifier's answers besides its code: its synonyms. Equal for equal
     * synonyms; a cache of classified documents keys on it (with the build of dcs).
     */
    public String fingerprint() {
        return "column roles " + synonyms.fingerprint();
    }

    /** The table read as a status-code table, or empty when it has no status-code column. */
    public Optional<StatusTable> classify(Table table) {
        int columns = table.columns();
        if (columns <= 0 || table.body().isEmpty()) {
            return Optional.empty();
        }
        // a column's content is read only when a decision needs it: most tables name no code
        // column and have a header, and are done after reading their header (reading every
        // cell of every table was a quarter of a cached run, JFR)
        ColumnContents content = new ColumnContents(table.body(), columns);
        List<Set<ColumnRole>> named = headerRoles(table);
        boolean headerless = table.header().isEmpty();

        int codeColumn = -1;
        for (int c = 0; c < columns && codeColumn < 0; c++) {
            Set<ColumnRole> roles = named.get(c);
            if ((roles.contains(ColumnRole.CODE) || roles.contains(ColumnRole.CODE_AND_NAME))
                    && content.get(c).holdsCodes()) {
                codeColumn = c;
            }
        }
        if (codeColumn < 0 && headerless && content.get(0).holdsCodes()) {
            // "a table whose first column is all status codes" needs no header to be one
            codeColumn = 0;
        }
        if (codeColumn < 0) {
            return Optional.empty();
        }

        ColumnRole[] roles = new ColumnRole[columns];
        Arrays.fill(roles, ColumnRole.OTHER);
        roles[codeColumn] = content.get(codeColumn).mostlyWithName() ? ColumnRole.CODE_AND_NAME : ColumnRole.CODE;
        if (headerless) {
            assignByContent(roles, content, codeColumn);
        } else {
            assignByHeader(roles, named, content, codeColumn);
        }
        List<ColumnRole> roleList = List.of(roles);
        return Optional.of(new StatusTable(table, roleList, entries(table, roleList)));
    }

    /** For each logical column, the roles its header cells name (a spanning header names every column it covers). */
    private List<Set<ColumnRole>> headerRoles(Table table) {
        List<Set<ColumnRole>> roles = new ArrayList<>();
        for (int c = 0; c < table.columns(); c++) {
            roles.add(Set.of());
        }
        for (Row row : table.header()) {
            for (Cell cell : row.cells()) {
                Set<ColumnRole> cellRoles = synonyms.rolesOf(cell.text());
                for (int c = cell.gridColumn(); c <= cell.gridColumn() + cell.moreCols() && c < roles.size(); c++) {
                    if (roles.get(c).isEmpty()) {
                        roles.set(c, cellRoles);
                    }
                }
            }
        }
        return roles;
    }

    private static void assignByHeader(ColumnRole[] roles, List<Set<ColumnRole>> named, ColumnContents content,
                                       int codeColumn) {
        boolean hasName = roles[codeColumn] == ColumnRole.CODE_AND_NAME;
        int description = -1;
        for (int c = 0; c < roles.length && description < 0; c++) {
            if (c != codeColumn && named.get(c).contains(ColumnRole.DESCRIPTION)) {
                description = c;
                roles[c] = ColumnRole.DESCRIPTION;
            }
        }
        for (int c = 0; c < roles.length; c++) {
            if (c == codeColumn || c == description || !named.get(c).contains(ColumnRole.NAME)
                    || content.get(c).holdsCodes()) {
                // a second column of codes ("Error Code" beside "Status Code") is not a name
                continue;
            }
            if (!hasName && content.get(c).mostlyShort()) {
                roles[c] = ColumnRole.NAME;
                hasName = true;
            } else if (description < 0 && !content.get(c).mostlyShort()) {
                // a "Message" column of sentences says what the code means here: no reason phrase
                roles[c] = ColumnRole.DESCRIPTION;
                description = c;
            }
        }
    }

    /** Without a header: the column after the code is its name when short, else the description. */
    private static void assignByContent(ColumnRole[] roles, ColumnContents content, int codeColumn) {
        boolean hasName = roles[codeColumn] == ColumnRole.CODE_AND_NAME;
        boolean hasDescription = false;
        for (int c = codeColumn + 1; c < roles.length; c++) {
            if (!hasName && !hasDescription && content.get(c).mostlyShort()) {
                roles[c] = ColumnRole.NAME;
                hasName = true;
            } else if (!hasDescription) {
                roles[c] = ColumnRole.DESCRIPTION;
                hasDescription = true;
            }
        }
    }

    private static List<StatusEntry> entries(Table table, List<ColumnRole> roles) {
        int codeColumn = roles.contains(ColumnRole.CODE) ? roles.indexOf(ColumnRole.CODE)
                : roles.indexOf(ColumnRole.CODE_AND_NAME);
        int nameColumn = roles.indexOf(ColumnRole.NAME);
        int descriptionColumn = roles.indexOf(ColumnRole.DESCRIPTION);
        List<StatusEntry> entries = new ArrayList<>();
        for (Row row : table.body()) {
            Cell codeCell = row.cellAt(codeColumn);
            if (codeCell == null) {
                continue; // spanned from the row above
            }
            StatusValue value = StatusValue.of(codeCell.text());
            String codeText = value.isStatusLike() ? value.codeText() : firstLine(codeCell.text());
            Cell nameCell = null;
            String name = null;
            if (value.hasName()) {
                nameCell = codeCell;
                name = value.name();
            } else if (nameColumn >= 0) {
                nameCell = row.cellAt(nameColumn);
                name = nameCell == null ? null : nameCell.text();
            }
            Cell descriptionCell = descriptionColumn < 0 ? null : row.cellAt(descriptionColumn);
            String description = descriptionCell == null ? null : descriptionCell.text();
            if (name != null && descriptionCell == null) {
                int dash = name.indexOf(NAME_DESCRIPTION_SEPARATOR);
                if (dash > 0) {
                    descriptionCell = nameCell;
                    description = name.substring(dash + NAME_DESCRIPTION_SEPARATOR.length()).strip();
                    name = name.substring(0, dash).strip();
                }
            }
            entries.add(new StatusEntry(row, codeCell, codeText, StatusValue.number(codeText), nameCell, name,
                    descriptionCell, description));
        }
        return entries;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    /** Each column's {@link ColumnContent}, read on first use. */
    private static final class ColumnContents {
        private final List<Row> body;
        private final ColumnContent[] read;

        ColumnContents(List<Row> body, int columns) {
            this.body = body;
            this.read = new ColumnContent[columns];
        }

        ColumnContent get(int column) {
            if (read[column] == null) {
                read[column] = ColumnContent.of(body, column);
            }
            return read[column];
        }
    }

    /** What the body cells of one logical column hold. */
    private record ColumnContent(int nonEmpty, int statusLike, int real, int withName, int shortText) {

        static ColumnContent of(List<Row> body, int column) {
            int nonEmpty = 0;
            int statusLike = 0;
            int real = 0;
            int withName = 0;
            int shortText = 0;
            for (Row row : body) {
                Cell cell = row.cellAt(column);
                if (cell == null || cell.text().isBlank()) {
                    continue;
                }
                nonEmpty++;
                StatusValue value = StatusValue.of(cell.text());
                if (value.isStatusLike()) {
                    statusLike++;
                    real += value.isReal() ? 1 : 0;
                    withName += value.hasName() ? 1 : 0;
                }
                String text = cell.text().strip();
                int dash = text.indexOf(NAME_DESCRIPTION_SEPARATOR);
                String phrase = dash > 0 ? text.substring(0, dash) : text;
                if (hasAtMostWords(phrase, NAME_MAX_WORDS)) {
                    shortText++;
                }
            }
            return new ColumnContent(nonEmpty, statusLike, real, withName, shortText);
        }

        /**
         * {@code phrase.strip().split("\\s+").length <= max}, without splitting long descriptions
         * into arrays only to count them (a measurable part of classifying the corpus).
         */
        private static boolean hasAtMostWords(String phrase, int max) {
            String stripped = phrase.strip();
            int words = 0;
            boolean inWord = false;
            for (int i = 0; i < stripped.length(); i++) {
                char c = stripped.charAt(i);
                // the regex \s: ASCII whitespace only
                boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
                if (!space && !inWord && ++words > max) {
                    return false;
                }
                inWord = !space;
            }
            return true;
        }

        /** Status-like values, at least half real codes ("4O4", "2xx" and "default" among them are typos). */
        boolean holdsCodes() {
            return nonEmpty > 0 && statusLike >= STATUS_LIKE_SHARE * nonEmpty && 2 * real >= nonEmpty;
        }

        boolean mostlyWithName() {
            return 2 * withName > statusLike;
        }

        /** Reason phrases are a few words; a column of sentences is a description. */
        boolean mostlyShort() {
            return nonEmpty > 0 && shortText >= SHORT_SHARE * nonEmpty;
        }
    }
}
