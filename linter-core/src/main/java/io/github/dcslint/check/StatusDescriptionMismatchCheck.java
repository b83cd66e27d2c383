package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.FileStatefulCheck;
import io.github.dcslint.catalog.CatalogEntry;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.status.StatusEntry;
import io.github.dcslint.status.StatusTable;

import java.util.Optional;

/**
 * Reports a description that differs from the catalog's description of its code, where a catalog
 * has one (the IANA registry has none; an organisation catalog may). Whitespace runs count as
 * one space.
 *
 * <p>Properties:
 * <ul>
 * <li>{@code ignoreCase} - compare ignoring letter case (boolean, default false)</li>
 * <li>{@code appendixOnly} - check only appendix (catalog) pages, not API pages, whose
 * descriptions say what the code means for one call (boolean, default true)</li>
 * <li>{@code catalogs} (see {@link AbstractDcsCheck})</li>
 * </ul>
 * Message keys: {@value #MSG_MISMATCH}.
 */
@FileStatefulCheck
public class StatusDescriptionMismatchCheck extends AbstractDcsCheck {

    public static final String MSG_MISMATCH = "status.description.mismatch";

    private static final int MAX_QUOTED = 80;

    private boolean ignoreCase;
    private boolean appendixOnly = true;

    /**
     * Setter to specify whether descriptions that differ only in letter case are accepted.
     *
     * @param value true to accept them
     * @since 0.1.0
     */
    public void setIgnoreCase(boolean value) {
        ignoreCase = value;
    }

    /**
     * Setter to specify whether only appendix (catalog) pages are checked.
     *
     * @param value true to skip API pages
     * @since 0.1.0
     */
    public void setAppendixOnly(boolean value) {
        appendixOnly = value;
    }

    @Override
    protected void check(ParsedDocument document, Workspace workspace) {
        if (appendixOnly && !workspace.isAppendix(document)) {
            return;
        }
        StatusNames comparison = new StatusNames(ignoreCase, false, false);
        for (StatusTable table : workspace.statusTables(document)) {
            for (StatusEntry entry : table.entries()) {
                if (entry.code() == null || entry.description() == null || entry.description().isBlank()
                        || entry.descriptionCell() == null) {
                    continue;
                }
                Optional<CatalogEntry> known = catalog().lookup(entry.code());
                if (known.isEmpty() || known.get().description() == null) {
                    continue;
                }
                if (!comparison.same(entry.description(), known.get().description())) {
                    report(entry.descriptionCell(), MSG_MISMATCH, String.valueOf(entry.code()),
                            shorten(StatusNames.collapse(entry.description())), shorten(known.get().description()));
                }
            }
        }
    }

    private static String shorten(String text) {
        return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED - 1) + "\u2026";
    }
}
