package io.github.dcslint.parse.rst;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.StatusHeading;
import io.github.dcslint.model.Table;
import io.github.dcslint.parse.ParseOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Extracts tables, section titles and status headings from reStructuredText, finding every table
 * docutils 0.19 finds (grid, simple, list-table, csv-table; also inside directives, block quotes,
 * list items and table cells) and reading its cells the way docutils does.
 */
public final class RstParser {

    private RstParser() {
    }

    /** Parses decoded text (no BOM). Never throws for bad input: problems go into the document. */
    public static ParsedDocument parse(Path file, String path, String text, ParseOptions options) {
        return parse(file, path, text, options, false);
    }

    /**
     * As {@link #parse(Path, String, String, ParseOptions)}; {@code ascii}: the text is known to
     * hold only ASCII characters and no NUL (DocumentParser refuses a file with a NUL), so no line
     * has a wide character to pad nor a NUL to strip (every document of the OTC corpus; looking
     * for them was 3 % of the full pipeline).
     */
    public static ParsedDocument parse(Path file, String path, String text, ParseOptions options, boolean ascii) {
        RstScanner scanner = new RstScanner(options, csvFiles(file, options), ascii);
        Lines lines = Lines.of(text, options.maxLineLength());
        scanner.parseDocument(lines);
        List<Table> tables = scanner.tables.stream().filter(Objects::nonNull).toList();
        List<Problem> problems = new ArrayList<>(scanner.problems);
        List<StatusHeading> headings = scanner.statusHeadings;
        if (hasSurrogatePairs(text)) {
            // the scanner counts UTF-16 chars; positions count code points
            CodePointColumns columns = new CodePointColumns(lines);
            tables = tables.stream().map(columns::table).toList();
            problems = new ArrayList<>(problems.stream().map(columns::problem).toList());
            headings = headings.stream().map(columns::heading).toList();
        }
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new ParsedDocument(file, path, DocumentFormat.RST, scanner.title, tables, headings, problems);
    }

    /**
     * Whether the text has a surrogate pair: fewer code points than chars. The JDK answers this
     * without a scan for a string of Latin-1 characters only (most documents), where a loop over
     * the chars was 5 % of RST extraction. A lone surrogate counts as one code point and moves no
     * column, so the mapping it no longer triggers would have changed nothing.
     */
    private static boolean hasSurrogatePairs(String text) {
        return text.codePointCount(0, text.length()) != text.length();
    }

    /**
     * csv-table {@code :file:} paths are relative to the document's folder, as in docutils, and must
     * stay inside the source root.
     */
    private static CsvTableParser.FileResolver csvFiles(Path file, ParseOptions options) {
        Path root = options.sourceRoot();
        Path folder = file != null && file.toAbsolutePath().getParent() != null
                ? file.toAbsolutePath().normalize().getParent() : root;
        return new SourceRootFiles(root, folder, options.maxFileBytes());
    }

    /** Files inside the source root, read relative to one document's folder. */
    private record SourceRootFiles(Path root, Path folder, long maxFileBytes) implements CsvTableParser.FileResolver {

        @Override
        public String refusal(String relative) {
            Path target;
            try {
                target = folder.resolve(relative).toAbsolutePath().normalize();
            } catch (java.nio.file.InvalidPathException e) {
                return "it is not a valid path (" + e.getReason() + ")";
            }
            if (!target.startsWith(root)) {
                return "it is outside the source root " + root;
            }
            if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            // A symbolic link inside the root may lead out of it: compare where it really goes.
            try {
                Path real = target.toRealPath();
                Path realRoot = root.toRealPath();
                return real.startsWith(realRoot) ? null
                        : "it is a symbolic link to " + real + ", outside the source root " + root;
            } catch (IOException e) {
                return "its symbolic links cannot be followed (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + ")";
            }
        }

        @Override
        public String read(String relative) throws IOException {
            String refusal = refusal(relative);
            if (refusal != null) {
                throw new IOException(refusal + "; keep data files inside it");
            }
            Path target = folder.resolve(relative).toAbsolutePath().normalize();
            if (!Files.isRegularFile(target)) {
                throw new IOException("no such file " + target);
            }
            if (Files.size(target) > maxFileBytes) {
                throw new IOException("it is larger than " + maxFileBytes + " bytes");
            }
            return new String(Files.readAllBytes(target), StandardCharsets.UTF_8);
        }
    }
}
