package io.github.dcslint.facts;

import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Table;
import io.github.dcslint.status.StatusEntry;
import io.github.dcslint.status.StatusTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The facts checks share: every parsed document, its status-code tables, the doc set it belongs
 * to, and each doc set's local catalog (its appendix page). Built from whole doc sets before any
 * check runs on them, so cross-document checks give the same answer whatever is cached and
 * whatever order files come in. The runner builds one per doc set ({@link DocSetRoots}) and lets
 * it go once checked: no check compares doc sets.
 */
public final class Workspace {

    private final List<ParsedDocument> documents;
    private final Map<Path, ParsedDocument> byFile;
    private final Map<Path, List<StatusTable>> statusTables;
    private final Map<Path, DocSet> docSetOf;
    private final Set<Path> appendixFiles;
    private final List<DocSet> docSets;
    /**
     * Each document's file, absolute and normalized, by identity: the checks ask about the
     * documents they were handed, eleven checks per document, and normalizing a path on every
     * question (and in every comparison of the sort) was a tenth of a cached run (JFR).
     */
    private final Map<ParsedDocument, Path> keys;
    /** The last {@link #document(Path)} question and its answer: every check asks about the same file in turn. */
    private volatile Lookup lastLookup;

    private record Lookup(Path file, Optional<ParsedDocument> document) {
    }

    private Workspace(List<ParsedDocument> documents, Map<Path, ParsedDocument> byFile,
                      Map<Path, List<StatusTable>> statusTables, Map<Path, DocSet> docSetOf,
                      Set<Path> appendixFiles, List<DocSet> docSets, Map<ParsedDocument, Path> keys) {
        this.keys = keys;
        this.documents = documents;
        this.byFile = byFile;
        this.statusTables = statusTables;
        this.docSetOf = docSetOf;
        this.appendixFiles = appendixFiles;
        this.docSets = docSets;
    }

    /** Builds the facts from documents parsed under the given source roots, with default options. */
    public static Workspace build(Collection<Path> sourceRoots, Collection<ParsedDocument> documents) {
        return build(sourceRoots, documents, WorkspaceOptions.defaults());
    }

    /** Builds the facts from documents parsed under the given source roots. */
    public static Workspace build(Collection<Path> sourceRoots, Collection<ParsedDocument> documents,
                                  WorkspaceOptions options) {
        return build(documents, options, files -> DocSetRoots.of(sourceRoots, files));
    }

    /**
     * Builds the facts, finding doc sets with {@code docSetRoots} (made for the run's source
     * roots): a runner that grouped its files by doc set has already looked up their folders.
     */
    public static Workspace build(Collection<ParsedDocument> documents, WorkspaceOptions options,
                                  DocSetRoots docSetRoots) {
        return build(documents, options, files -> docSetRoots);
    }

    private static Workspace build(Collection<ParsedDocument> documents, WorkspaceOptions options,
                                   java.util.function.Function<Collection<Path>, DocSetRoots> docSetRootsFor) {
        Map<ParsedDocument, Path> keys = new IdentityHashMap<>();
        Map<ParsedDocument, String> sortKeys = new IdentityHashMap<>();
        for (ParsedDocument doc : documents) {
            Path key = DocSetRoots.normalize(doc.file());
            keys.put(doc, key);
            sortKeys.put(doc, key.toString());
        }
        List<ParsedDocument> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(sortKeys::get));
        Map<Path, ParsedDocument> byFile = new LinkedHashMap<>();
        for (ParsedDocument doc : sorted) {
            byFile.putIfAbsent(keys.get(doc), doc);
        }
        List<ParsedDocument> unique = List.copyOf(byFile.values());

        Map<Path, List<StatusTable>> tables = new HashMap<>();
        for (ParsedDocument doc : unique) {
            tables.put(keys.get(doc), classifyAll(doc, options));
        }

        DocSetRoots docSetRoots = docSetRootsFor.apply(byFile.keySet());
        Map<Path, List<ParsedDocument>> byDocSet = new TreeMap<>();
        for (ParsedDocument doc : unique) {
            byDocSet.computeIfAbsent(docSetRoots.rootOf(doc.file(), doc.format()), k -> new ArrayList<>()).add(doc);
        }

        List<Pattern> globs = options.appendixGlobs().stream().map(WorkspaceOptions::globToRegex).toList();
        Map<Path, DocSet> docSetOf = new HashMap<>();
        Set<Path> appendixFiles = new HashSet<>();
        List<DocSet> docSets = new ArrayList<>();
        for (Map.Entry<Path, List<ParsedDocument>> group : byDocSet.entrySet()) {
            Path root = group.getKey();
            List<ParsedDocument> appendix = new ArrayList<>();
            TreeMap<Integer, List<CodeUse>> listed = new TreeMap<>();
            TreeMap<Integer, List<CodeUse>> used = new TreeMap<>();
            for (ParsedDocument doc : group.getValue()) {
                Path file = keys.get(doc);
                List<StatusTable> docTables = tables.get(file);
                boolean isAppendix = !docTables.isEmpty() && isAppendixPage(doc, relative(root, file), globs, options);
                if (isAppendix) {
                    appendix.add(doc);
                    appendixFiles.add(file);
                }
                for (StatusTable table : docTables) {
                    for (StatusEntry entry : table.entries()) {
                        for (int code : CodeUse.codesOf(entry)) {
                            (isAppendix ? listed : used).computeIfAbsent(code, k -> new ArrayList<>())
                                    .add(new CodeUse(doc, table, entry, code));
                        }
                    }
                }
            }
            DocSet docSet = new DocSet(root, group.getValue(), appendix, listed, used);
            docSets.add(docSet);
            for (ParsedDocument doc : group.getValue()) {
                docSetOf.put(keys.get(doc), docSet);
            }
        }
        return new Workspace(unique, byFile, tables, docSetOf, appendixFiles, List.copyOf(docSets), keys);
    }

    /** Every document, by file. */
    public List<ParsedDocument> documents() {
        return documents;
    }

    /** The parsed document of {@code file}, if it is part of this workspace. */
    public Optional<ParsedDocument> document(Path file) {
        Lookup last = lastLookup;
        if (last != null && last.file().equals(file)) {
            return last.document();
        }
        Optional<ParsedDocument> document = Optional.ofNullable(byFile.get(DocSetRoots.normalize(file)));
        lastLookup = new Lookup(file, document);
        return document;
    }

    /** The status-code tables of a document of this workspace, in document order. */
    public List<StatusTable> statusTables(ParsedDocument document) {
        return statusTables.getOrDefault(key(document), List.of());
    }

    /** The doc set a document of this workspace belongs to. */
    public DocSet docSetOf(ParsedDocument document) {
        DocSet docSet = docSetOf.get(key(document));
        if (docSet == null) {
            throw new IllegalArgumentException("not a document of this workspace: " + document.file());
        }
        return docSet;
    }

    /** Whether the document is an appendix page (a local catalog) of its doc set. */
    public boolean isAppendix(ParsedDocument document) {
        return appendixFiles.contains(key(document));
    }

    /** The document's file as the maps key it: known for the documents this workspace was built from. */
    private Path key(ParsedDocument document) {
        Path key = keys.get(document);
        return key != null ? key : DocSetRoots.normalize(document.file());
    }

    /** Every doc set, by root. */
    public List<DocSet> docSets() {
        return docSets;
    }

    /**
     * The document with only its status-code tables: all a run of the checks reads of it
     * (headings, problems and title stay). Run right after parsing, so a run holds each
     * document's other tables (most cells of an API reference) only while it is being parsed,
     * and a cache entry stores and decodes only what the checks read.
     */
    public static ParsedDocument statusTablesOnly(ParsedDocument document, WorkspaceOptions options) {
        List<Table> kept = new ArrayList<>();
        for (Table table : document.tables()) {
            try {
                if (options.classifier().apply(table).isPresent()) {
                    kept.add(table);
                }
            } catch (RuntimeException e) {
                // as classifyAll: a classifier bug makes the table no status table
            }
        }
        if (kept.size() == document.tables().size()) {
            return document;
        }
        return new ParsedDocument(document.file(), document.path(), document.format(), document.title(),
                List.copyOf(kept), document.statusHeadings(), document.problems());
    }

    private static List<StatusTable> classifyAll(ParsedDocument doc, WorkspaceOptions options) {
        List<StatusTable> out = new ArrayList<>();
        for (Table table : doc.tables()) {
            try {
                options.classifier().apply(table).ifPresent(out::add);
            } catch (RuntimeException e) {
                // A classifier bug must not stop the run; the table is then simply not a status table.
                continue;
            }
        }
        return List.copyOf(out);
    }

    private static boolean isAppendixPage(ParsedDocument doc, String relativePath, List<Pattern> globs,
                                          WorkspaceOptions options) {
        for (Pattern glob : globs) {
            if (glob.matcher(relativePath).matches()) {
                return true;
            }
        }
        return doc.title() != null && options.appendixTitle().matcher(doc.title().trim()).matches();
    }

    private static String relative(Path root, Path file) {
        Path rel = file.startsWith(root) ? root.relativize(file) : file.getFileName();
        return rel.toString().replace('\\', '/');
    }

}
