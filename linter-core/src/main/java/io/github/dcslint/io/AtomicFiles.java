package io.github.dcslint.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files (reports, exports, baselines) so that a reader (a CI step, an IDE watching the
 * file, the next run) sees either the old content or the whole new one, never a part: the
 * content goes to a temporary file in the target's folder and is moved over the target in one
 * step. If writing fails the target is left as it was.
 *
 * <p>A file users keep (a baseline they commit) is also forced to disk before the move, so that
 * not even a power failure can leave it empty. Reports and exports are made again by every run
 * and need not wait for the disk ({@link Sync#NONE}): a forced write cost ~5 ms per file on
 * the machines dcs is measured on, a fifth of a cached run's time for two reports.
 */
public final class AtomicFiles {

    /** Writes the bytes of one file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the text of one file. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Whether a file is forced to disk before it replaces the target. */
    public enum Sync {
        /** Forced to disk first: a file users keep. */
        TO_DISK,
        /** Moved in as written: output every run makes again. */
        NONE
    }

    /** Writes {@code content} to {@code target} as UTF-8, creating its folder if needed; forced to disk. */
    public static void writeText(Path target, TextContent content) throws IOException {
        writeText(target, Sync.TO_DISK, content);
    }

    /** Writes {@code content} to {@code target} as UTF-8, creating its folder if needed. */
    public static void writeText(Path target, Sync sync, TextContent content) throws IOException {
        write(target, sync, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush(); // not close(): write() forces the channel before it closes
        });
    }

    /** Writes {@code content} to {@code target}, creating its folder if needed; forced to disk. */
    public static void write(Path target, Content content) throws IOException {
        write(target, Sync.TO_DISK, content);
    }

    /**
     * Writes {@code content} to {@code target}, creating its folder if needed. The temporary file
     * sits in the target's folder because a rename is only atomic within one file system.
     */
    public static void write(Path target, Sync sync, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                if (sync == Sync.TO_DISK) {
                    // on disk before the rename, so a crash leaves the old file or the whole new one
                    channel.force(true);
                }
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Same folder, so this only happens on file systems without atomic rename.
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
