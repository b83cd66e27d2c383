package io.github.dcslint.cache;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Parsed documents kept between runs, one entry per file, so a re-run parses only the files
 * whose bytes changed. Only what a file alone determines is cached (its tables, headings and
 * problems); everything that depends on other files or on the rules (doc sets, appendix
 * catalogs, status-table classification, every check) is recomputed from these documents on
 * every run, so a cached run gives exactly the findings of a full one.
 *
 * <p>An entry is used only when the file's content hash, the dcs build (see
 * {@link BuildFingerprint}), the parse options, the file's path and what is kept of the document
 * (a {@link Reduction}) all match; otherwise the file is parsed and the entry replaced. The
 * content hash is not even computed when the file's size and modification time are those stored
 * and the entry was written well after that time ({@link #RACY_MILLIS}), as git trusts its index:
 * a re-run then reads no unchanged file. Entries are written to a temporary file and moved into place,
 * so a crash or a second dcs process never leaves half an entry. A cache that cannot be read or
 * written costs speed, never a run: it becomes a warning. Thread-safe.
 */
public final class DocumentCache {

    /** Names the entry format: context key, content hash, file stamp, write time, document. */
    private static final byte[] MAGIC = "dcs-cache 2\n".getBytes(StandardCharsets.US_ASCII);

    private final Path directory;
    private final CacheEntries entries;

    private DocumentCache(Path directory) {
        this.directory = directory;
        this.entries = new CacheEntries(directory, "cache", "parse every file again");
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
        return entries.hits();
    }

    /** How many files were parsed (and stored) so far. */
    public int misses() {
        return entries.misses();
    }

    /** What went wrong with the cache (never with the documents), for the user to see. */
    public List<String> warnings() {
        return entries.warnings();
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
        return parseIdentified(parser, file, path, reduction).document();
    }

    /**
     * A document and which bytes it was made from.
     *
     * @param identity the file's stamp and content hash, or null when the bytes were not hashed
     *                 (no cache directory, a file that reads other files, one over the size
     *                 limit, one that cannot be read): what a {@link FindingsCache} entry records
     */
    public record Identified(ParsedDocument document, FileIdentity identity) {
    }

    /** As {@link #parse(DocumentParser, Path, String, Reduction)}, saying which bytes the document came from. */
    public Identified parseIdentified(DocumentParser parser, Path file, String path, Reduction reduction) {
        return parseIdentified(parser, file, path, reduction, null);
    }

    /**
     * As {@link #parseIdentified(DocumentParser, Path, String, Reduction)}, with the file's stamp
     * as the caller saw it before (a scan of the source roots), in place of looking at the file
     * again; null: looked at here. Taken before the bytes are read, it keeps the promise below.
     */
    public Identified parseIdentified(DocumentParser parser, Path file, String path, Reduction reduction,
                                      FileStamp seen) {
        if (directory == null) {
            entries.miss();
            return new Identified(keep(reduction, parser.parse(file)), null);
        }
        Path absolute = file.toAbsolutePath().normalize();
        ParseOptions options = parser.options();
        String keyedPath = path + "\n" + reduction.fingerprint();
        FileStamp stamp;
        try {
            // the stamp is taken before the content is read: a change in between makes the next
            // run's stamp differ, never an old stamp vouch for new content
            stamp = seen != null ? seen : FileStamp.of(absolute);
        } catch (IOException | RuntimeException e) {
            // the parser turns an unreadable file into a problem at the file
            entries.miss();
            return new Identified(keep(reduction, parser.parse(file)), null);
        }
        if (stamp.size() > options.maxFileBytes()) {
            entries.miss();
            return new Identified(keep(reduction, parser.parse(file)), null);
        }
        byte[] context = contextKey(absolute, keyedPath, options);
        Path entry = entryFile(absolute, keyedPath);
        Entry stored = Entry.read(entry, context);
        if (stored != null && stored.vouchesFor(stamp)) {
            ParsedDocument cached = stored.document(absolute);
            if (cached != null) {
                entries.hit();
                return new Identified(cached, new FileIdentity(stamp, stored.content));
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(absolute);
        } catch (IOException | RuntimeException e) {
            entries.miss();
            return new Identified(keep(reduction, parser.parse(file)), null);
        }
        DocumentFormat format = DocumentFormat.forFileName(absolute.getFileName().toString());
        if (format == null) {
            format = DocumentFormat.RST;
        }
        if (format == DocumentFormat.RST && readsOtherFiles(bytes)) {
            // a csv-table :file: makes the document depend on a second file the key does not cover
            entries.miss();
            return new Identified(keep(reduction, parser.parseBytes(absolute, path, format, bytes)), null);
        }
        byte[] content = sha256().digest(bytes);
        if (stored != null && Arrays.equals(stored.content, content)) {
            ParsedDocument cached = stored.document(absolute);
            if (cached != null) {
                entries.hit();
                // same bytes, new stamp (touched, checked out again, or edited too recently to
                // trust the stamp): store the stamp so the next run need not read the file
                write(entry, context, content, stamp, cached);
                return new Identified(cached, new FileIdentity(stamp, content));
            }
        }
        entries.miss();
        ParsedDocument parsed = keep(reduction, parser.parseBytes(absolute, path, format, bytes));
        write(entry, context, content, stamp, parsed);
        return new Identified(parsed, new FileIdentity(stamp, content));
    }

    /**
     * What {@code reduction} keeps of a parsed document, every kept cell's text made: on the
     * parse thread that calls this, within its time budget, and without keeping the source the
     * texts are made from ({@link io.github.dcslint.model.Cell#deferred}). Cells of tables the
     * reduction drops are never read.
     */
    private static ParsedDocument keep(Reduction reduction, ParsedDocument parsed) {
        ParsedDocument kept = reduction.apply(parsed);
        for (io.github.dcslint.model.Table table : kept.tables()) {
            table.readTexts();
        }
        return kept;
    }

    /**
     * Which bytes a document was made from: the file's stamp, taken before they were read, and
     * their SHA-256.
     */
    public record FileIdentity(FileStamp stamp, byte[] content) {
    }

    /**
     * How long after a file's modification time an entry must have been written for the stamp
     * to be trusted without reading the file. Git's "racily clean" problem: a file changed again
     * within its file system's timestamp granularity (1 s on HFS+, 2 s on FAT) keeps its stamp.
     */
    static final long RACY_MILLIS = 3_000;

    /** A file's size and modification time: when both are as stored, its bytes are too. */
    public record FileStamp(long size, long modifiedNanos) {
        static FileStamp of(Path file) throws IOException {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        }

        /** The stamp in a file's attributes as read before (those of a link's target, as {@link #of(Path)}). */
        public static FileStamp of(BasicFileAttributes attributes) {
            java.nio.file.attribute.FileTime modified = attributes.lastModifiedTime();
            return new FileStamp(attributes.size(), modified.to(java.util.concurrent.TimeUnit.NANOSECONDS));
        }
    }

    /** A stored entry: keys, the file's stamp when it was read, when the entry was written, the document. */
    private static final class Entry {
        final byte[] content;
        final FileStamp stamp;
        final long writtenMillis;
        final byte[] data;
        final int documentStart;

        private Entry(byte[] content, FileStamp stamp, long writtenMillis, byte[] data, int documentStart) {
            this.content = content;
            this.stamp = stamp;
            this.writtenMillis = writtenMillis;
            this.data = data;
            this.documentStart = documentStart;
        }

        /** The entry, or null when there is none, it is foreign or damaged, or its context differs. */
        static Entry read(Path entry, byte[] context) {
            try {
                byte[] data = Files.readAllBytes(entry);
                ByteArrayDataInput in = new ByteArrayDataInput(data, 0);
                byte[] magic = new byte[MAGIC.length];
                in.readFully(magic);
                byte[] storedContext = new byte[context.length];
                in.readFully(storedContext);
                if (!Arrays.equals(magic, MAGIC) || !Arrays.equals(storedContext, context)) {
                    return null;
                }
                byte[] content = new byte[KEY_BYTES];
                in.readFully(content);
                FileStamp stamp = new FileStamp(in.readLong(), in.readLong());
                long written = in.readLong();
                int start = MAGIC.length + context.length + KEY_BYTES + 3 * Long.BYTES;
                return new Entry(content, stamp, written, data, start);
            } catch (IOException | RuntimeException e) {
                // missing, truncated or foreign: a miss; the parse replaces it
                return null;
            }
        }

        /** Whether the file's current stamp proves its bytes are those the entry was made from. */
        boolean vouchesFor(FileStamp current) {
            return vouches(stamp, writtenMillis, current);
        }

        /** The stored document, or null when it cannot be decoded. */
        ParsedDocument document(Path file) {
            try {
                ByteArrayDataInput in = new ByteArrayDataInput(data, documentStart);
                ParsedDocument document = DocumentCodec.read(file, in);
                return in.atEnd() ? document : null;
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }
    }

    /**
     * Whether a stamp stored at {@code writtenMillis} proves that a file with the {@code current}
     * stamp still has the bytes it had then: equal stamps, and the entry written well after the
     * file's modification time ({@link #RACY_MILLIS}).
     */
    static boolean vouches(FileStamp stored, long writtenMillis, FileStamp current) {
        return stored.equals(current) && stored.modifiedNanos() / 1_000_000 + RACY_MILLIS <= writtenMillis;
    }

    /**
     * RST's csv-table reads {@code :file:}; cheap byte search, false positives only cost a parse.
     * ISO-8859-1 maps each byte to one char, so String.indexOf (a vectorised intrinsic) finds the
     * ASCII needle wherever the bytes hold it, in a fraction of a byte-by-byte loop.
     */
    private static boolean readsOtherFiles(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(":file:");
    }

    private static final int KEY_BYTES = 32;

    /** Everything the parsed document depends on besides its bytes: build, options, file, path, reduction. */
    private static byte[] contextKey(Path file, String path, ParseOptions options) {
        String context = BuildFingerprint.get() + "\n" + options + "\n" + file + "\n" + path + "\n";
        return sha256().digest(context.getBytes(StandardCharsets.UTF_8));
    }

    private Path entryFile(Path file, String path) {
        byte[] name = sha256().digest((file + "\n" + path).getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(name);
        return directory.resolve(hex.substring(0, 2)).resolve(hex.substring(2) + ".bin");
    }

    private void write(Path entry, byte[] context, byte[] content, FileStamp stamp, ParsedDocument document) {
        entries.write(entry, out -> {
            out.write(MAGIC);
            out.write(context);
            out.write(content);
            out.writeLong(stamp.size());
            out.writeLong(stamp.modifiedNanos());
            out.writeLong(System.currentTimeMillis());
            DocumentCodec.write(document, out);
        });
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
