package io.github.dcslint.run;

import io.github.dcslint.check.CheckEngine;
import io.github.dcslint.parse.ParseOptions;

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
 * @param maxFileBytes    larger files are not parsed: one finding at 1:1 instead (default
 *                        {@link ParseOptions#DEFAULT_MAX_FILE_BYTES}, 16 MiB)
 * @param maxLineLength   table lines longer than this many characters are not parsed: a finding
 *                        instead (default {@link ParseOptions#DEFAULT_MAX_LINE_LENGTH}, 20,000)
 */
public record DcsRequest(Path baseDirectory, List<Path> sourceRoots, List<String> includes, List<String> excludes,
                         String rulesLocation, List<String> catalogs, Map<String, String> ruleProperties,
                         Path outputDirectory, List<ReportFormat> formats, int threads,
                         long maxFileBytes, int maxLineLength) {

    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.rst", "**/*.md");
    public static final List<String> DEFAULT_EXCLUDES = List.of("target", ".git", "node_modules", "_build");
    public static final List<ReportFormat> DEFAULT_FORMATS = List.of(ReportFormat.XML, ReportFormat.SARIF);

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
                    output, formats, threads, maxFileBytes, maxLineLength);
        }
    }
}
