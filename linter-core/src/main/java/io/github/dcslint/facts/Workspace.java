package io.github.dcslint.facts;

import io.github.dcslint.model.ParsedDocument;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * The facts one run's checks share: every parsed document, its status-code tables, the doc set
 * it belongs to, and each doc set's local catalog (its appendix page). Built once per run,
 * before any check runs, so cross-document checks give the same answer whatever is cached.
 */
public final class Workspace {

    private final List<ParsedDocument> documents;

    private Workspace(List<ParsedDocument> documents) {
        this.documents = documents;
    }

    /** Builds the facts from documents parsed under the given source roots. */
    public static Workspace build(Collection<Path> sourceRoots, Collection<ParsedDocument> documents) {
        // TODO(facts): doc sets, status tables, appendix catalogs
        return new Workspace(List.copyOf(documents));
    }

    public List<ParsedDocument> documents() {
        return documents;
    }
}
