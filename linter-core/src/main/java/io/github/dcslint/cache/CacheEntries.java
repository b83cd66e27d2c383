package io.github.dcslint.cache;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the two caches share: their hit and miss counts, their warnings, and how an entry is
 * written: to a temporary file beside it, moved into place, so that a crash or a second dcs
 * process never leaves half an entry. A cache that cannot be written costs speed, never a run:
 * the first failure becomes a warning and later writes are skipped. Thread-safe.
 */
final class CacheEntries {

    /** Writes an entry's bytes. */
    @FunctionalInterface
    interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private final Path directory;
    private final String name;
    private final String withoutIt;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicBoolean writeFailed = new AtomicBoolean();
    private final List<String> warnings = new ArrayList<>();

    /**
     * @param directory the cache's directory, as a warning names it
     * @param name      the cache as a warning names it ("cache", "findings cache")
     * @param withoutIt what later runs do without it ("parse every file again")
     */
    CacheEntries(Path directory, String name, String withoutIt) {
        this.directory = directory;
        this.name = name;
        this.withoutIt = withoutIt;
    }

    void hit() {
        hits.incrementAndGet();
    }

    void miss() {
        misses.incrementAndGet();
    }

    int hits() {
        return hits.get();
    }

    int misses() {
        return misses.get();
    }

    synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** Whether writing failed before (then nothing more is written). */
    boolean writeFailed() {
        return writeFailed.get();
    }

    /** Writes {@code entry} whole or not at all; a failure is a warning, once. */
    void write(Path entry, Content content) {
        if (writeFailed.get()) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(entry.getParent());
            temp = Files.createTempFile(entry.getParent(), "entry", ".tmp");
            try (OutputStream raw = Files.newOutputStream(temp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 16 * 1024))) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException | RuntimeException e) {
            if (writeFailed.compareAndSet(false, true)) {
                synchronized (this) {
                    warnings.add("cannot write the " + name + " in " + directory + " (" + e
                            + "); later runs " + withoutIt + "; check the directory's permissions or turn the"
                            + " cache off");
                }
            }
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray temp file is harmless: it never has an entry's name
                }
            }
        }
    }
}
