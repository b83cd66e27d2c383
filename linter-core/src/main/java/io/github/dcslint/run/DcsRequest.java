package io.github.dcslint.run;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.check.CheckEngine;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.facts.WorkspaceOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one dcs run is asked to do: which files to read, which rules to run, where reports go.
 * Knows no Maven types, so a command line front end builds the same request as the Maven goals.
 *
 * @param baseDirectory   the directory the user runs in; console paths are shown relative to it
 * @param sourceRoots     directories to scan; report paths are relative to the root a file was
 *                        found under
 * @param includes        globs a file's path (relative to its root) must match, e.g.
 *                        {@code **}{@code /*.rst}; a glob without '/' matches the file name
 * @param excludes        globs for files or directories to leave out; a glob without '/' matches
 *                        any directory or file name on the way ({@code target}, {@code .git})
 * @param rulesLocation   the rules file: {@code classpath:...}, a file path or a URL
 * @param catalogs        status-code catalogs layered over the shipped IANA catalog (later ones win
 *                        code by code): {@code classpath:...}, file paths or URLs
 * @param ruleProperties  values for {@code ${name}} placeholders in the rules file
 * @param outputDirectory where report files are written
 * @param formats         report files to write besides the console; {@link ReportFormat#XML} and
 *                        {@link ReportFormat#SARIF} are always among them
 * @param threads         how many files are parsed at once
 * @param baselineFile    for {@code verify}: the baseline whose findings are accepted; for
 *                        {@code baseline}: the file to write; null for none
 * @param ratchetFrom     a git ref: only findings in files changed since it are reported; null for all
 * @param cacheDirectory  where parsed documents are kept between runs; null parses every file
 * @param githubAnnotations whether GitHub annotations are wanted outside GitHub Actions
 *                        ({@code formats=github}); under GitHub Actions they are on by themselves
 * @param violationSeverity the lowest severity that counts against the threshold
 * @param appendixPatterns globs (relative to a doc set's root, '/' separated) of the appendix pages
 *                        that are a doc set's local status-code catalog
 * @param appendixTitle   a regular expression: a page whose whole title matches it (any case) is an
 *                        appendix page too
 * @param columnRoles     the column-role synonyms ({@code column-roles.properties} format) that tell
 *                        status-code tables from others: {@code classpath:...} or a file path; null
 *                        for the shipped ones
 * @param maxFileBytes    larger files are not parsed: one finding at 1:1 instead (default
 *                        {@link ParseOptions#DEFAULT_MAX_FILE_BYTES}, 16 MiB)
 * @param maxLineLength   table lines longer than this many characters are not parsed: a finding
 *                        instead (default {@link ParseOptions#DEFAULT_MAX_LINE_LENGTH}, 20,000)
 */
public record DcsRequest(Path baseDirectory, List<Path> sourceRoots, List<String> includes, List<String> excludes,
                         String rulesLocation, List<String> catalogs, Map<String, String> ruleProperties,
                         Path outputDirectory, List<ReportFormat> formats, int threads,
                         Path baselineFile, String ratchetFrom, Path cacheDirectory, boolean githubAnnotations,
                         SeverityLevel violationSeverity, List<String> appendixPatterns, String appendixTitle,
                         String columnRoles,
                         long maxFileBytes, int maxLineLength) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.rst", "**/*.md");
    public static final List<String> DEFAULT_EXCLUDES = List.of("target", ".git", "node_modules", "_build");
    public static final List<ReportFormat> DEFAULT_FORMATS = List.of(ReportFormat.XML, ReportFormat.SARIF);
    /** The format name that asks for GitHub annotations rather than a report file. */
    public static final String GITHUB_FORMAT = "github";

    public DcsRequest {
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        baseDirectory = baseDirectory.toAbsolutePath().normalize();
        sourceRoots = sourceRoots.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(rulesLocation, "rulesLocation");
        catalogs = List.copyOf(catalogs);
        ruleProperties = Map.copyOf(ruleProperties);
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        formats = withAlwaysWritten(formats);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        baselineFile = baselineFile == null ? null : baselineFile.toAbsolutePath().normalize();
        ratchetFrom = ratchetFrom == null || ratchetFrom.isBlank() ? null : ratchetFrom.trim();
        cacheDirectory = cacheDirectory == null ? null : cacheDirectory.toAbsolutePath().normalize();
        Objects.requireNonNull(violationSeverity, "violationSeverity");
        appendixPatterns = List.copyOf(appendixPatterns);
        Objects.requireNonNull(appendixTitle, "appendixTitle");
        columnRoles = columnRoles == null || columnRoles.isBlank() ? null : columnRoles.trim();
        if (maxFileBytes < 1 || maxLineLength < 1) {
            throw new IllegalArgumentException("maxFileBytes and maxLineLength must be at least 1, not "
                    + maxFileBytes + " and " + maxLineLength);
        }
    }

    /** CI servers and code scanning look for the XML and SARIF files, so they are always written. */
    private static List<ReportFormat> withAlwaysWritten(List<ReportFormat> asked) {
        java.util.EnumSet<ReportFormat> all = java.util.EnumSet.of(ReportFormat.XML, ReportFormat.SARIF);
        all.addAll(asked);
        return List.copyOf(all);
    }

    /** A builder with every default set, running in {@code baseDirectory}. */
    public static Builder builder(Path baseDirectory) {
        return new Builder(baseDirectory);
    }

    /** Builds a {@link DcsRequest}; unset values take the documented defaults. */
    public static final class Builder {
        private final Path baseDirectory;
        private final List<Path> sourceRoots = new ArrayList<>();
        private List<String> includes = DEFAULT_INCLUDES;
        private List<String> excludes = DEFAULT_EXCLUDES;
        private String rulesLocation = CheckEngine.DEFAULT_RULES;
        private List<String> catalogs = List.of();
        private final Map<String, String> ruleProperties = new LinkedHashMap<>();
        private Path outputDirectory;
        private List<ReportFormat> formats = DEFAULT_FORMATS;
        private int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        private Path baselineFile;
        private String ratchetFrom;
        private Path cacheDirectory;
        private boolean githubAnnotations;
        private SeverityLevel violationSeverity = SeverityLevel.ERROR;
        private List<String> appendixPatterns = WorkspaceOptions.DEFAULT_APPENDIX_GLOBS;
        private String appendixTitle = WorkspaceOptions.DEFAULT_APPENDIX_TITLE;
        private String columnRoles;
        private long maxFileBytes = ParseOptions.DEFAULT_MAX_FILE_BYTES;
        private int maxLineLength = ParseOptions.DEFAULT_MAX_LINE_LENGTH;

        private Builder(Path baseDirectory) {
            this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
        }

        /** Adds a source root; relative paths are resolved against the base directory. */
        public Builder sourceRoot(Path root) {
            sourceRoots.add(baseDirectory.resolve(root));
            return this;
        }

        public Builder sourceRoots(List<Path> roots) {
            roots.forEach(this::sourceRoot);
            return this;
        }

        public Builder includes(List<String> globs) {
            includes = List.copyOf(globs);
            return this;
        }

        public Builder excludes(List<String> globs) {
            excludes = List.copyOf(globs);
            return this;
        }

        public Builder rulesLocation(String location) {
            rulesLocation = location;
            return this;
        }

        public Builder catalogs(List<String> locations) {
            catalogs = List.copyOf(locations);
            return this;
        }

        public Builder ruleProperty(String name, String value) {
            ruleProperties.put(name, value);
            return this;
        }

        /** Where reports go; relative paths are resolved against the base directory. */
        public Builder outputDirectory(Path directory) {
            outputDirectory = baseDirectory.resolve(directory);
            return this;
        }

        public Builder formats(List<ReportFormat> reportFormats) {
            formats = List.copyOf(reportFormats);
            return this;
        }

        public Builder threads(int count) {
            threads = count;
            return this;
        }

        /** The baseline file; a relative path is resolved against the base directory; null for none. */
        public Builder baselineFile(Path file) {
            baselineFile = file == null ? null : baseDirectory.resolve(file);
            return this;
        }

        /** The git ref of the ratchet, or null (or blank) to report every file. */
        public Builder ratchetFrom(String ref) {
            ratchetFrom = ref;
            return this;
        }

        /** The cache of parsed documents; a relative path is resolved against the base directory; null for none. */
        public Builder cacheDirectory(Path directory) {
            cacheDirectory = directory == null ? null : baseDirectory.resolve(directory);
            return this;
        }

        public Builder githubAnnotations(boolean wanted) {
            githubAnnotations = wanted;
            return this;
        }

        public Builder violationSeverity(SeverityLevel level) {
            violationSeverity = level;
            return this;
        }

        /** Globs of appendix pages, relative to a doc set's root; an empty list keeps the defaults. */
        public Builder appendixPatterns(List<String> globs) {
            List<String> given = globs.stream().map(String::trim).filter(g -> !g.isEmpty()).toList();
            appendixPatterns = given.isEmpty() ? WorkspaceOptions.DEFAULT_APPENDIX_GLOBS : given;
            return this;
        }

        /** The regular expression an appendix page's whole title matches; null or blank keeps the default. */
        public Builder appendixTitle(String regex) {
            appendixTitle = regex == null || regex.isBlank() ? WorkspaceOptions.DEFAULT_APPENDIX_TITLE : regex.trim();
            return this;
        }

        /** The column-role synonyms: {@code classpath:...} or a file path; null for the shipped ones. */
        public Builder columnRoles(String location) {
            columnRoles = location;
            return this;
        }

        /**
         * Report formats by name ({@code xml}, {@code sarif}, {@code plain}, {@code github}), as
         * users write them in {@code dcs.formats} or {@code --formats}: {@code github} asks for
         * annotations, the rest are report files.
         *
         * @throws IllegalArgumentException naming an unknown format
         */
        public Builder formatNames(List<String> names) {
            List<ReportFormat> files = new ArrayList<>();
            for (String name : names) {
                String trimmed = name.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.equalsIgnoreCase(GITHUB_FORMAT)) {
                    githubAnnotations = true;
                } else {
                    files.add(ReportFormat.of(trimmed));
                }
            }
            formats = List.copyOf(files);
            return this;
        }

        /** Files larger than this are one finding instead of being parsed. */
        public Builder maxFileBytes(long bytes) {
            maxFileBytes = bytes;
            return this;
        }

        /** Table lines longer than this (in characters) are one finding instead of being parsed. */
        public Builder maxLineLength(int characters) {
            maxLineLength = characters;
            return this;
        }

        /** The request; with no source root the base directory is the root. */
        public DcsRequest build() {
            List<Path> roots = sourceRoots.isEmpty() ? List.of(baseDirectory) : sourceRoots;
            Path output = outputDirectory != null ? outputDirectory : baseDirectory.resolve("target/dcs");
            return new DcsRequest(baseDirectory, roots, includes, excludes, rulesLocation, catalogs, ruleProperties,
                    output, formats, threads, baselineFile, ratchetFrom, cacheDirectory, githubAnnotations,
                    violationSeverity, appendixPatterns, appendixTitle, columnRoles,
                    maxFileBytes, maxLineLength);
        }
    }
}
