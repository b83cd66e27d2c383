package io.github.dcslint.cli;

import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.run.DcsRequest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options every command shares with the Maven goals' {@code AbstractDcsMojo}: which files to
 * read and where output goes. Same defaults, same comma-separated lists, so a user can move
 * between {@code mvn -Ddcs.includes=...} and {@code dcs --include=...} without surprises.
 */
final class SourceOptions {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Directories to scan for documents (default: the current directory). Paths in reports are"
                    + " relative to the directory a file was found under; Maven: dcs.sources.")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--include", paramLabel = "GLOB", split = ",",
            description = "Ant-style patterns of the files to read, relative to a PATH; '**/' also matches no"
                    + " directory, a pattern without '/' matches a file name (default: ${DEFAULT-VALUE});"
                    + " Maven: dcs.includes.")
    List<String> includes = new ArrayList<>(DcsRequest.DEFAULT_INCLUDES);

    @Option(names = "--exclude", paramLabel = "GLOB", split = ",",
            description = "Patterns of files and directories to leave out; a pattern without '/' matches a name at"
                    + " any depth, as in .gitignore (default: ${DEFAULT-VALUE}); Maven: dcs.excludes.")
    List<String> excludes = new ArrayList<>(DcsRequest.DEFAULT_EXCLUDES);

    @Option(names = {"-o", "--output-directory"}, paramLabel = "DIR",
            description = "Where report files are written (default: ${DEFAULT-VALUE}); Maven: dcs.outputDirectory.")
    Path outputDirectory = Path.of("target", "dcs");

    @Option(names = "--threads", paramLabel = "N",
            description = "How many files are parsed at once (default: up to 4, one per core).")
    Integer threads;

    @Option(names = "--max-file-bytes", paramLabel = "BYTES",
            description = "Larger files are not parsed: one MalformedTable finding each instead"
                    + " (default: ${DEFAULT-VALUE}); Maven: dcs.maxFileBytes.")
    long maxFileBytes = ParseOptions.DEFAULT_MAX_FILE_BYTES;

    @Option(names = "--max-line-length", paramLabel = "CHARS",
            description = "Table lines longer than this are not parsed: a MalformedTable finding instead"
                    + " (default: ${DEFAULT-VALUE}); Maven: dcs.maxLineLength.")
    int maxLineLength = ParseOptions.DEFAULT_MAX_LINE_LENGTH;

    /** A request builder for {@code baseDirectory} with these options set. */
    DcsRequest.Builder toRequest(Path baseDirectory) {
        DcsRequest.Builder builder = DcsRequest.builder(baseDirectory)
                .includes(trimmed(includes))
                .excludes(trimmed(excludes))
                .outputDirectory(outputDirectory)
                .sourceRoots(sources)
                .maxFileBytes(maxFileBytes)
                .maxLineLength(maxLineLength);
        if (threads != null) {
            builder.threads(threads);
        }
        return builder;
    }

    /** "a, b,,c" as [a, b, c], as the Maven goals read their comma-separated properties. */
    static List<String> trimmed(List<String> values) {
        return values.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
