package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.api.AbstractFileSetCheck;
import com.puppycrawl.tools.checkstyle.api.ExternalResourceHolder;
import com.puppycrawl.tools.checkstyle.api.FileText;
import com.puppycrawl.tools.checkstyle.api.Violation;
import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.catalog.StatusCatalog;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The one base of dcs checks: a Checkstyle {@link AbstractFileSetCheck} over {@code .rst} and
 * {@code .md} files that hands each check the file's {@link ParsedDocument} and the run's
 * {@link Workspace}, and reports at the model's exact 1-based line and column.
 *
 * <p>Under {@link CheckEngine} the workspace is built once before the Checker runs and every file
 * is parsed once, whatever the number of checks. Under plain Checkstyle (no engine) the file is
 * parsed on demand and forms a workspace of its own, so cross-document rules see one document.
 *
 * <p>Properties common to all checks:
 * <ul>
 * <li>{@code catalogs} - status-code catalogs, later overriding earlier
 * (String[], default {@code classpath:dcs/iana-http-status-codes.csv, classpath:dcs/legacy-names.csv}).</li>
 * </ul>
 */
public abstract class AbstractDcsCheck extends AbstractFileSetCheck implements ExternalResourceHolder {

    /** A check failed on a document: reported, never thrown, so the run goes on. */
    public static final String MSG_INTERNAL_ERROR = "internal.error";

    private static final ThreadLocal<Workspace> CURRENT_WORKSPACE = new ThreadLocal<>();
    /**
     * Without the engine, the last file parsed on demand: the Checker hands one file to every
     * check in turn, so eleven checks share one parse.
     */
    private static final ThreadLocal<OnDemand> LAST_PARSED = new ThreadLocal<>();

    private record OnDemand(Path file, long modified, long size, ParsedDocument document, Workspace workspace) {
    }

    private List<String> catalogLocations = Catalogs.DEFAULT_LOCATIONS;
    private StatusCatalog catalog;
    private final List<Violation> pending = new ArrayList<>();

    protected AbstractDcsCheck() {
        setFileExtensions("rst", "rest", "md", "markdown");
    }

    /** Makes {@code workspace} the one checks see on this thread (null to clear). Engine only. */
    static void setCurrentWorkspace(Workspace workspace) {
        if (workspace == null) {
            CURRENT_WORKSPACE.remove();
        } else {
            CURRENT_WORKSPACE.set(workspace);
        }
    }

    /**
     * Setter to specify the status-code catalogs, later ones overriding earlier ones code by code:
     * {@code classpath:} resources or file paths, in the formats of {@code docs/catalogs.md}.
     *
     * @param locations catalog locations
     * @throws IllegalArgumentException naming file and line when a catalog cannot be read
     * @since 0.1.0
     */
    public void setCatalogs(String... locations) {
        List<String> list = new ArrayList<>();
        for (String location : locations) {
            if (!location.isBlank()) {
                list.add(location.trim());
            }
        }
        try {
            catalog = Catalogs.load(list);
        } catch (DcsConfigurationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        catalogLocations = List.copyOf(list);
    }

    /** The layered catalogs this check compares against. */
    protected final StatusCatalog catalog() {
        if (catalog == null) {
            try {
                catalog = Catalogs.load(catalogLocations);
            } catch (DcsConfigurationException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return catalog;
    }

    /**
     * The catalog files, and for cross-document rules the documents they read for another page's
     * findings: Checkstyle's cache keeps a file that had no finding and skips it next time unless
     * an external resource changed, so an edited appendix (or API page) must clear it.
     */
    @Override
    public Set<String> getExternalResourceLocations() {
        Set<String> out = new LinkedHashSet<>();
        for (String location : catalogLocations) {
            if (!location.startsWith(Catalogs.CLASSPATH)) {
                out.add(location);
            }
        }
        Workspace workspace = CURRENT_WORKSPACE.get();
        if (workspace != null) {
            for (ParsedDocument document : otherDocumentsRead(workspace)) {
                out.add(document.file().toAbsolutePath().normalize().toString());
            }
        }
        return out;
    }

    /**
     * The documents whose content this check's findings on some other page depend on (a
     * cross-document rule's inputs); none for single-document rules. A check's findings on a
     * page that is not an appendix page may depend on that page and on the doc set's appendix
     * pages only (a cached run keeps them while it checks an edited page and the appendix pages
     * again, see {@code CheckEngine.Session#checksFilesApart}); findings on an appendix page may
     * depend on any page of the doc set.
     */
    protected List<ParsedDocument> otherDocumentsRead(Workspace workspace) {
        return List.of();
    }

    @Override
    protected final void processFiltered(File file, FileText fileText) {
        Workspace workspace = CURRENT_WORKSPACE.get();
        ParsedDocument document = workspace == null ? null : workspace.document(file.toPath()).orElse(null);
        if (document == null) {
            OnDemand parsed = parseOnDemand(file);
            document = parsed.document();
            workspace = parsed.workspace();
        }
        pending.clear();
        try {
            check(document, workspace);
        } catch (RuntimeException | StackOverflowError e) {
            pending.clear();
            report(1, 1, MSG_INTERNAL_ERROR, getClass().getSimpleName(), String.valueOf(e));
        }
        SortedSet<Violation> violations = new TreeSet<>(pending);
        pending.clear();
        addViolations(violations);
    }

    private static OnDemand parseOnDemand(File file) {
        Path path = file.getAbsoluteFile().toPath().normalize();
        long modified = file.lastModified();
        long size = file.length();
        OnDemand last = LAST_PARSED.get();
        if (last != null && last.file().equals(path) && last.modified() == modified && last.size() == size) {
            return last;
        }
        Path parent = path.getParent();
        ParsedDocument document = new DocumentParser(ParseOptions.forRoot(parent)).parse(path);
        OnDemand parsed = new OnDemand(path, modified, size, document, Workspace.build(List.of(parent), List.of(document)));
        LAST_PARSED.set(parsed);
        return parsed;
    }

    /**
     * Checks one document.
     *
     * @param document  the document, parsed once for the run
     * @param workspace the run's shared facts (doc sets, status tables, appendix catalogs)
     */
    protected abstract void check(ParsedDocument document, Workspace workspace);

    /** Reports a finding at a cell's first content character. */
    protected final void report(Cell cell, String key, Object... args) {
        report(cell.line(), cell.column(), key, args);
    }

    /**
     * Reports a finding at a 1-based line and column, exactly as given: Checkstyle's own
     * {@code log(line, col, ...)} reads {@code col} as a 0-based character index and expands tabs,
     * which would move findings on lines with tabs or astral characters.
     */
    protected final void report(int line, int column, String key, Object... args) {
        pending.add(new Violation(Math.max(1, line), Math.max(1, column), getMessageBundle(), key, args,
                getSeverityLevel(), getId(), getClass(), getCustomMessages().get(key)));
    }
}
