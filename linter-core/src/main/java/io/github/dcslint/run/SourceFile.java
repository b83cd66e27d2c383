package io.github.dcslint.run;

import java.nio.file.Path;

/**
 * A file a run checks.
 *
 * @param root the source root it was found under (absolute)
 * @param file the file (absolute)
 * @param path its path relative to {@code root}, '/'-separated
 */
public record SourceFile(Path root, Path file, String path) {
}
