package io.github.dcslint.cache;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.cache.DocumentCache.FileIdentity;
import io.github.dcslint.cache.DocumentCache.FileStamp;
import io.github.dcslint.model.Cell;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;
import io.github.dcslint.report.Finding;
import io.github.dcslint.report.FindingContext;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The findings of each doc set, kept between runs, so that a re-run checks only the doc sets in
 * which a file changed. No check compares doc sets: a doc set's findings follow from its own
 * files' bytes and from the rules (with every catalog and file they read), nothing else. So an
 * entry is used only when its key (the caller's fingerprint of the rules and options, see
 * {@code CheckEngine.Session#findingsFingerprint}) is the same and every file of the doc set is,
 * in the same order, with the bytes the findings were made from: as {@link DocumentCache}, a file
 * whose size and modification time are those stored is trusted when the entry was written well
 * after that time, any other is read and hashed. A miss costs only speed: the caller checks the
 * doc set (its unchanged documents still come from the {@link DocumentCache}) and stores the
 * result. An entry also says which of its files changed and which were appendix pages
 * ({@link #lookupKept}), so that the caller may check again only the changed pages and the
 * appendix pages and keep the other pages' findings. Entries are written to a temporary file and
 * moved into place. Thread-safe.
 */
public final class FindingsCache {

    /**
     * Names the entry format: key, write time, files with stamps and hashes, the doc set's appendix
     * pages, findings with contexts.
     */
    private static final byte[] MAGIC = "dcs-findings 2\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HASH_BYTES = 32;

    private final Path directory;
    private final CacheEntries entries;

    private FindingsCache(Path directory) {
        this.directory = directory;
        this.entries = new CacheEntries(directory, "findings cache", "check every doc set again");
    }

    /** No cache: every doc set is checked. */
    public static FindingsCache none() {
        return new FindingsCache(null);
    }

    /** A cache in {@code directory}, created when the first entry is written. */
    public static FindingsCache open(Path directory) {
        return new FindingsCache(directory.toAbsolutePath().normalize());
    }

    /** Whether entries are kept at all (false for {@link #none()}). */
    public boolean enabled() {
        return directory != null;
    }

    /** How many doc sets' findings came from the cache so far. */
    public int hits() {
        return entries.hits();
    }

    /** How many doc sets were looked up and not found (then checked) so far. */
    public int misses() {
        return entries.misses();
    }

    /** What went wrong with the cache, for the user to see. */
    public List<String> warnings() {
        return entries.warnings();
    }

    /** The findings of one doc set and what each points at (not every finding need have a context). */
    public record DocSetFindings(List<Finding> findings, Map<Finding, FindingContext> contexts) {
        public DocSetFindings {
            findings = List.copyOf(findings);
            contexts = Map.copyOf(contexts);
        }
    }

    /**
     * The stored findings of the doc set, or null when there are none for exactly these files'
     * bytes under this key.
     *
     * @param docSet the doc set's root (names the entry: one per doc set)
     * @param key    everything the findings depend on besides the files' bytes
     * @param files  the doc set's files, absolute, in the order the run checks them
     */
    public DocSetFindings lookup(Path docSet, String key, List<Path> files) {
        Kept kept = lookupKept(docSet, key, files);
        return kept != null && kept.changed().isEmpty() ? kept.findings() : null;
    }

    /**
     * What a doc set's stored findings were made from, for a run that checks again only the files
     * an edit can change (see {@code DcsRunner}).
     *
     * @param findings the stored findings and their contexts
     * @param changed  the positions (in the doc set's files) of the files whose bytes are not the
     *                 stored ones; empty: the findings hold as they are
     * @param appendix the positions of the doc set's appendix pages when the findings were made;
     *                 null when not known, or when a stored finding is on a file outside the doc set
     */
    public record Kept(DocSetFindings findings, Set<Integer> changed, Set<Integer> appendix) {
    }

    /**
     * The stored findings of the doc set and which of its files changed since, or null when there
     * are none under this key for these files (the same paths in the same order).
     */
    public Kept lookupKept(Path docSet, String key, List<Path> files) {
        return lookupKept(docSet, key, files, Map.of());
    }

    /**
     * As {@link #lookupKept(Path, String, List)}, with the files' stamps as the caller saw them
     * before (a scan of the source roots) in place of looking at each file again; a file without
     * one is looked at here.
     */
    public Kept lookupKept(Path docSet, String key, List<Path> files, Map<Path, FileStamp> seen) {
        if (directory == null) {
            return null;
        }
        Path entry = entryFile(docSet);
        try {
            byte[] data = Files.readAllBytes(entry);
            ByteArrayDataInput in = new ByteArrayDataInput(data, 0);
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            byte[] storedKey = new byte[HASH_BYTES];
            in.readFully(storedKey);
            if (!Arrays.equals(magic, MAGIC) || !Arrays.equals(storedKey, keyHash(key))) {
                return missKept();
            }
            long written = in.readLong();
            int count = DocumentCodec.count(in);
            if (count != files.size()) {
                return missKept();
            }
            List<FileIdentity> identities = new ArrayList<>(count);
            Set<Integer> changed = new TreeSet<>();
            boolean restamped = false;
            for (int i = 0; i < count; i++) {
                Path file = files.get(i);
                if (!file.toString().equals(DocumentCodec.readString(in))) {
                    return missKept();
                }
                FileStamp stored = new FileStamp(in.readLong(), in.readLong());
                byte[] content = new byte[HASH_BYTES];
                in.readFully(content);
                // as DocumentCache: the stamp before the bytes, so a change in between is seen next time
                FileStamp current;
                try {
                    FileStamp scanned = seen.get(file);
                    current = scanned != null ? scanned : FileStamp.of(file);
                    if (!DocumentCache.vouches(stored, written, current)) {
                        if (!Arrays.equals(content, DocumentCache.sha256().digest(Files.readAllBytes(file)))) {
                            changed.add(i);
                        } else {
                            restamped = true;
                        }
                    }
                } catch (IOException e) {
                    changed.add(i); // gone or unreadable now: its check says so
                    current = stored;
                }
                identities.add(new FileIdentity(current, content));
            }
            int appendixCount = in.readInt();
            Set<Integer> appendix = appendixCount < 0 ? null : new TreeSet<>();
            for (int i = 0; i < appendixCount; i++) {
                appendix.add(in.readInt());
            }
            boolean[] outside = new boolean[1];
            DocSetFindings findings = readFindings(in, files, outside);
            if (!in.atEnd()) {
                return missKept();
            }
            if (!changed.isEmpty()) {
                entries.miss();
                return new Kept(findings, Set.copyOf(changed), outside[0] || appendix == null ? null
                        : Set.copyOf(appendix));
            }
            entries.hit();
            if (restamped) {
                // same bytes, new stamps (touched, checked out again): the next run need not read them
                store(docSet, key, files, identities, appendix, findings);
            }
            return new Kept(findings, Set.of(), appendix == null ? null : Set.copyOf(appendix));
        } catch (IOException | RuntimeException e) {
            // missing, damaged, foreign: the doc set is checked
            return missKept();
        }
    }

    private Kept missKept() {
        entries.miss();
        return null;
    }

    /**
     * Keeps the findings of a doc set for the next run, without knowing its appendix pages: they
     * are then never partly reused ({@link Kept#appendix} null).
     *
     * @param identities for each of {@code files}, the bytes its document was made from (stamp
     *                   taken before they were read, and hash); nothing is stored when one is null
     */
    public void store(Path docSet, String key, List<Path> files, List<FileIdentity> identities,
                      DocSetFindings findings) {
        store(docSet, key, files, identities, null, findings);
    }

    /**
     * Keeps the findings of a doc set for the next run.
     *
     * @param identities for each of {@code files}, the bytes its document was made from (stamp
     *                   taken before they were read, and hash); nothing is stored when one is null
     * @param appendix   the positions (in {@code files}) of the doc set's appendix pages, or null
     */
    public void store(Path docSet, String key, List<Path> files, List<FileIdentity> identities,
                      Set<Integer> appendix, DocSetFindings findings) {
        if (directory == null || entries.writeFailed() || identities.size() != files.size()
                || identities.stream().anyMatch(java.util.Objects::isNull)) {
            return;
        }
        entries.write(entryFile(docSet), out -> {
            out.write(MAGIC);
            out.write(keyHash(key));
            out.writeLong(System.currentTimeMillis());
            out.writeInt(files.size());
            for (int i = 0; i < files.size(); i++) {
                FileIdentity identity = identities.get(i);
                DocumentCodec.writeString(out, files.get(i).toString());
                out.writeLong(identity.stamp().size());
                out.writeLong(identity.stamp().modifiedNanos());
                out.write(identity.content());
            }
            out.writeInt(appendix == null ? -1 : appendix.size());
            if (appendix != null) {
                for (int index : appendix) {
                    out.writeInt(index);
                }
            }
            writeFindings(findings, files, out);
        });
    }

    private static void writeFindings(DocSetFindings findings, List<Path> files, DataOutput out) throws IOException {
        // each file's first position, as List.indexOf finds it (a search per finding was 2 % of a cached run)
        Map<Path, Integer> indexes = new HashMap<>();
        for (int i = files.size() - 1; i >= 0; i--) {
            indexes.put(files.get(i), i);
        }
        out.writeInt(findings.findings().size());
        for (Finding finding : findings.findings()) {
            int file = indexes.getOrDefault(finding.file(), -1);
            out.writeInt(file);
            if (file < 0) {
                DocumentCodec.writeString(out, finding.file().toString());
            }
            DocumentCodec.writeString(out, finding.path());
            out.writeInt(finding.line());
            out.writeInt(finding.column());
            DocumentCodec.writeString(out, finding.severity().getName());
            DocumentCodec.writeString(out, finding.ruleId());
            DocumentCodec.writeString(out, finding.message());
            FindingContext context = findings.contexts().get(finding);
            out.writeBoolean(context != null);
            if (context != null) {
                writeContext(context, out);
            }
        }
    }

    /** Reads the findings; {@code outside[0]} becomes true when one is on a file outside {@code files}. */
    private static DocSetFindings readFindings(ByteArrayDataInput in, List<Path> files, boolean[] outside)
            throws IOException {
        int count = DocumentCodec.count(in);
        List<Finding> findings = new ArrayList<>(count);
        Map<Finding, FindingContext> contexts = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int index = in.readInt();
            outside[0] |= index < 0;
            Path file = index >= 0 ? files.get(index) : Path.of(DocumentCodec.readString(in));
            Finding finding = new Finding(file, DocumentCodec.readString(in), in.readInt(), in.readInt(),
                    SeverityLevel.getInstance(DocumentCodec.readString(in)), DocumentCodec.readString(in),
                    DocumentCodec.readString(in));
            findings.add(finding);
            if (in.readBoolean()) {
                contexts.put(finding, readContext(in));
            }
        }
        return new DocSetFindings(findings, contexts);
    }

    /** The context's table, then its row and cell as positions in that table (the objects stay shared). */
    private static void writeContext(FindingContext context, DataOutput out) throws IOException {
        DocumentCodec.writeString(out, context.code());
        DocumentCodec.writeString(out, context.text());
        Table table = context.table();
        out.writeBoolean(table != null);
        if (table != null) {
            DocumentCodec.writeTable(table, out);
        }
        List<Row> rows = table == null ? List.of() : rowsOf(table);
        int row = context.row() == null ? -1 : indexOf(rows, context.row());
        out.writeInt(row);
        if (row == -2) {
            DocumentCodec.writeRows(List.of(context.row()), out);
        }
        List<Cell> cells = context.row() == null ? List.of() : context.row().cells();
        int cell = context.cell() == null ? -1 : indexOf(cells, context.cell());
        out.writeInt(cell);
        if (cell == -2) {
            DocumentCodec.writeCell(context.cell(), out);
        }
    }

    private static FindingContext readContext(ByteArrayDataInput in) throws IOException {
        String code = DocumentCodec.readString(in);
        String text = DocumentCodec.readString(in);
        Table table = in.readBoolean() ? DocumentCodec.readTable(in) : null;
        int rowIndex = in.readInt();
        Row row = switch (rowIndex) {
            case -1 -> null;
            case -2 -> DocumentCodec.readRows(in).get(0);
            default -> rowsOf(table).get(rowIndex);
        };
        int cellIndex = in.readInt();
        Cell cell = switch (cellIndex) {
            case -1 -> null;
            case -2 -> DocumentCodec.readCell(in);
            default -> row.cells().get(cellIndex);
        };
        return new FindingContext(code, text, table, row, cell);
    }

    /** The header rows, then the body rows. */
    private static List<Row> rowsOf(Table table) {
        List<Row> rows = new ArrayList<>(table.header());
        rows.addAll(table.body());
        return rows;
    }

    /** The position of {@code item} in {@code items}, the same object first, else an equal one; -2 when absent. */
    private static <T> int indexOf(List<T> items, T item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == item) {
                return i;
            }
        }
        int equal = items.indexOf(item);
        return equal >= 0 ? equal : -2;
    }

    private static byte[] keyHash(String key) {
        return DocumentCache.sha256().digest(key.getBytes(StandardCharsets.UTF_8));
    }

    private Path entryFile(Path docSet) {
        byte[] name = DocumentCache.sha256().digest(docSet.toAbsolutePath().normalize().toString()
                .getBytes(StandardCharsets.UTF_8));
        return directory.resolve(HexFormat.of().formatHex(name) + ".bin");
    }
}
