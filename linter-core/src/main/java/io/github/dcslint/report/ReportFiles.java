package io.github.dcslint.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes report files so that a reader (a CI step, an IDE watching the file) sees either the
 * old report or the complete new one, never half a file: the content goes to a temporary file
 * in the same directory, which is then moved over the target in one step.
 */
public final class ReportFiles {

    /** Writes the content of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private ReportFiles() {
    }

    /** Writes {@code content} to {@code target} as UTF-8, creating its directory if needed. */
    public static void writeAtomically(Path target, Content content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp),
                    StandardCharsets.UTF_8))) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same directory, so this only happens on file systems without atomic rename.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
