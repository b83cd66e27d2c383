package io.github.dcslint.cache;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parsed documents kept between runs, one entry per file, so a re-run parses only the files
 * whose bytes changed. Only what a file alone determines is cached (its tables, headings and
 * problems); everything that depends on other files or on the rules (doc sets, appendix
 * catalogs, status-table classification, every check) is recomputed from these documents on
 * every run, so a cached run gives exactly the findings of a full one.
 *
 * <p>An entry is used only when the file's content hash, the dcs build (see
 * {@link BuildFingerprint}), the parse options and the file's path all match; otherwise the file
 * is parsed and the entry replaced. Entries are written to a temporary file and moved into place,
 * so a crash or a second dcs process never leaves half an entry. A cache that cannot be read or
 * written costs speed, never a run: it becomes a warning. Thread-safe.
 */
public final class DocumentCache {

    private static final byte[] MAGIC = "dcs-cache\n".getBytes(StandardCharsets.US_ASCII);

    private final Path directory;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicBoolean writeFailed = new AtomicBoolean();
    private final List<String> warnings = new ArrayList<>();

    private DocumentCache(Path directory) {
        this.directory = directory;
    }

    /** No cache: every file is parsed. */
    public static DocumentCache none() {
        return new DocumentCache(null);
    }

    /** A cache in {@code directory}, created when the first entry is written. */
    public static DocumentCache open(Path directory) {
        return new DocumentCache(directory.toAbsolutePath().normalize());
    }

    /** The directory entries live in, or null for {@link #none()}. */
    public Path directory() {
        return directory;
    }

    /** How many files came from the cache so far. */
    public int hits() {
        return hits.get();
    }

    /** How many files were parsed (and stored) so far. */
    public int misses() {
        return misses.get();
    }

    /** What went wrong with the cache (never with the documents), for the user to see. */
    public synchronized List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * The document of {@code file}: from the cache when its bytes are unchanged, else parsed by
     * {@code parser} and stored. Gives exactly what {@code parser.parse(file)} gives.
     *
     * @param path the file's path relative to the parser's source root, '/'-separated
     */
    public ParsedDocument parse(DocumentParser parser, Path file, String path) {
        return parse(parser, file, path, Reduction.NONE);
    }

    /**
     * What is kept of a parsed document, in the cache and for the caller: a run of the checks
     * needs only its status-code tables, an export every table. Entries of different reductions
     * are kept apart; the fingerprint says everything the reduction depends on.
     */
    public interface Reduction {
        /** Everything kept: the document as parsed. */
        Reduction NONE = of("all tables", document -> document);

        /** Part of the entry's key and name: equal fingerprints must mean equal results. */
        String fingerprint();

        ParsedDocument apply(ParsedDocument document);

        static Reduction of(String fingerprint, java.util.function.UnaryOperator<ParsedDocument> reduce) {
            return new Reduction() {
                @Override
                public String fingerprint() {
                    return fingerprint;
                }

                @Override
                public ParsedDocument apply(ParsedDocument document) {
                    return reduce.apply(document);
                }
            };
        }
    }

    /**
     * As {@link #parse(DocumentParser, Path, String)}, keeping (and caching) only what
     * {@code reduction} keeps of the document.
     */
    public ParsedDocument parse(DocumentParser parser, Path file, String path, Reduction reduction) {
        if (directory == null) {
            misses.incrementAndGet();
            return reduction.apply(parser.parse(file));
        }
        Path absolute = file.toAbsolutePath().normalize();
        ParseOptions options = parser.options();
        byte[] bytes;
        try {
            if (Files.size(absolute) > options.maxFileBytes()) {
                misses.incrementAndGet();
                return reduction.apply(parser.parse(file));
            }
            bytes = Files.readAllBytes(absolute);
        } catch (IOException | RuntimeException e) {
            // the parser turns an unreadable file into a problem at the file
            misses.incrementAndGet();
            return reduction.apply(parser.parse(file));
        }
        DocumentFormat format = DocumentFormat.forFileName(absolute.getFileName().toString());
        if (format == null) {
            format = DocumentFormat.RST;
        }
        if (format == DocumentFormat.RST && readsOtherFiles(bytes)) {
            // a csv-table :file: makes the document depend on a second file the key does not cover
            misses.incrementAndGet();
            return reduction.apply(parser.parseBytes(absolute, path, format, bytes));
        }
        byte[] key = key(absolute, path + "\n" + reduction.fingerprint(), options, bytes);
        Path entry = entryFile(absolute, path + "\n" + reduction.fingerprint());
        ParsedDocument cached = read(entry, key, absolute);
        if (cached != null) {
            hits.incrementAndGet();
            return cached;
        }
        misses.incrementAndGet();
        ParsedDocument parsed = reduction.apply(parser.parseBytes(absolute, path, format, bytes));
        write(entry, key, parsed);
        return parsed;
    }

    /**
     * RST's csv-table reads {@code :file:}; cheap byte search, false positives only cost a parse.
     * ISO-8859-1 maps each byte to one char, so String.indexOf (a vectorised intrinsic) finds the
     * ASCII needle wherever the bytes hold it, in a fraction of a byte-by-byte loop.
     */
    private static boolean readsOtherFiles(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(":file:");
    }

    /** Everything the parsed document depends on: build, options, path, content. */
    private static byte[] key(Path file, String path, ParseOptions options, byte[] content) {
        MessageDigest digest = sha256();
        String context = BuildFingerprint.get() + "\n" + options + "\n" + file + "\n" + path + "\n";
        digest.update(context.getBytes(StandardCharsets.UTF_8));
        digest.update(content);
        return digest.digest();
    }

    /** One entry per file (not per content), so an edited file replaces its entry instead of adding one. */
    private Path entryFile(Path file, String path) {
        byte[] name = sha256().digest((file + "\n" + path).getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(name);
        return directory.resolve(hex.substring(0, 2)).resolve(hex.substring(2) + ".bin");
    }

    private ParsedDocument read(Path entry, byte[] key, Path file) {
        try {
            byte[] data = Files.readAllBytes(entry);
            int keyEnd = MAGIC.length + key.length;
            if (data.length < keyEnd || !Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    || !Arrays.equals(data, MAGIC.length, keyEnd, key, 0, key.length)) {
                return null;
            }
            ByteArrayDataInput in = new ByteArrayDataInput(data, keyEnd);
            ParsedDocument document = DocumentCodec.read(file, in);
            return in.atEnd() ? document : null;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException | RuntimeException e) {
            // a truncated or foreign entry is a miss; the parse below replaces it
            return null;
        }
    }

    private void write(Path entry, byte[] key, ParsedDocument document) {
        if (writeFailed.get()) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(entry.getParent());
            temp = Files.createTempFile(entry.getParent(), "entry", ".tmp");
            try (OutputStream raw = Files.newOutputStream(temp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 16 * 1024))) {
                out.write(MAGIC);
                out.write(key);
                DocumentCodec.write(document, out);
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
                    warnings.add("cannot write the cache in " + directory + " (" + e
                            + "); later runs parse every file again; check the directory's permissions or turn the"
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
