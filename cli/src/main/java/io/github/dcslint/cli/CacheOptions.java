package io.github.dcslint.cli;

import io.github.dcslint.run.DcsRequest;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where parsed documents are kept between runs, so a re-run reads only the files that changed. */
final class CacheOptions {

    /** The CLI's default; Maven builds keep theirs under target/dcs/cache, which {@code mvn clean} removes. */
    static final String DEFAULT_DIRECTORY = ".dcs-cache";

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where parsed documents are cached between runs, keyed by content hash, dcs version and"
                    + " options (default: ${DEFAULT-VALUE}; add it to .gitignore).")
    Path directory = Path.of(DEFAULT_DIRECTORY);

    @Option(names = "--no-cache", description = "Parse every file; read and write no cache.")
    boolean disabled;

    /** {@code builder} with the cache directory these options ask for (none with --no-cache). */
    DcsRequest.Builder apply(DcsRequest.Builder builder, Path baseDirectory) {
        return builder.cacheDirectory(disabled ? null : baseDirectory.resolve(directory));
    }
}
