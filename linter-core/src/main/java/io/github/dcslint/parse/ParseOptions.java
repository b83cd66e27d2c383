package io.github.dcslint.parse;

import java.nio.file.Path;

/**
 * How documents are read.
 *
 * @param sourceRoot    the root paths are made relative to; nothing outside it is read
 *                      (csv-table {@code :file:} included)
 * @param maxFileBytes  larger files are not parsed: one problem is reported instead
 * @param maxLineLength lines longer than this (in characters) are not parsed as tables
 */
public record ParseOptions(Path sourceRoot, long maxFileBytes, int maxLineLength) {

    public static final long DEFAULT_MAX_FILE_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_LINE_LENGTH = 20_000;

    public ParseOptions {
        sourceRoot = sourceRoot.toAbsolutePath().normalize();
    }

    public static ParseOptions forRoot(Path sourceRoot) {
        return new ParseOptions(sourceRoot, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_LENGTH);
    }
}
