package io.github.dcslint.facts;

import io.github.dcslint.model.ParsedDocument;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One documentation source tree: a Sphinx source folder (the one holding {@code conf.py}, or the
 * topmost folder with an {@code index.rst}) or a Markdown source root. Its appendix pages are the
 * local catalog its API pages are checked against; no doc set is checked against another's.
 */
public final class DocSet {

    private final Path root;
    private final List<ParsedDocument> documents;
    private final List<ParsedDocument> appendixPages;
    private final SortedMap<Integer, List<CodeUse>> listed;
    private final SortedMap<Integer, List<CodeUse>> used;

    DocSet(Path root, List<ParsedDocument> documents, List<ParsedDocument> appendixPages,
           SortedMap<Integer, List<CodeUse>> listed, SortedMap<Integer, List<CodeUse>> used) {
        this.root = root;
        this.documents = List.copyOf(documents);
        this.appendixPages = List.copyOf(appendixPages);
        this.listed = Collections.unmodifiableSortedMap(listed);
        this.used = Collections.unmodifiableSortedMap(used);
    }

    /** The doc set's root folder. */
    public Path root() {
        return root;
    }

    /** Its documents, by path. */
    public List<ParsedDocument> documents() {
        return documents;
    }

    /** Its appendix pages (holding a status-code table), by path; empty when it has none. */
    public List<ParsedDocument> appendixPages() {
        return appendixPages;
    }

    /** Whether the doc set has a local catalog to check its API pages against. */
    public boolean hasAppendix() {
        return !appendixPages.isEmpty();
    }

    /** The local catalog: each code its appendix pages list, with every row that lists it. */
    public SortedMap<Integer, List<CodeUse>> listedCodes() {
        return listed;
    }

    /** Whether the appendix lists {@code code}. */
    public boolean lists(int code) {
        return listed.containsKey(code);
    }

    /** Each code its API pages (every page but the appendix pages) use, with every row using it. */
    public SortedMap<Integer, List<CodeUse>> usedCodes() {
        return used;
    }

    /** The codes used by API pages, as a set. */
    public Set<Integer> usedCodeSet() {
        return used.keySet();
    }

    /** Codes used by API pages that the appendix does not list (empty without an appendix). */
    public Map<Integer, List<CodeUse>> unlistedUses() {
        if (!hasAppendix()) {
            return Map.of();
        }
        TreeMap<Integer, List<CodeUse>> out = new TreeMap<>(used);
        out.keySet().removeAll(listed.keySet());
        return out;
    }

    /** A document's path relative to this doc set's root ('/' separated): how messages name pages. */
    public String relativePath(ParsedDocument document) {
        Path file = document.file().toAbsolutePath().normalize();
        Path rel = file.startsWith(root) ? root.relativize(file) : file.getFileName();
        return rel.toString().replace('\\', '/');
    }

    @Override
    public String toString() {
        return "DocSet[" + root + ", " + documents.size() + " documents, " + appendixPages.size() + " appendix]";
    }
}
