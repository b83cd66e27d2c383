package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.FileStatefulCheck;
import io.github.dcslint.catalog.CatalogEntry;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.status.StatusEntry;
import io.github.dcslint.status.StatusTable;

import java.util.Optional;

/**
 * Reports a reason phrase that differs from the catalog's name for its code: {@code Not found}
 * for 404, {@code ServerTimeout} for 504. A CamelCase phrase ({@code NoContent}) is reported with
 * the spaced name; a row for a code the registry marks (Unused) is reported too. An earlier RFC's
 * phrase is left to LegacyStatusName; an unknown code to UnknownStatusCode.
 *
 * <p>Properties:
 * <ul>
 * <li>{@code ignoreCase} - accept {@code Not found} for {@code Not Found} (boolean, default false)</li>
 * <li>{@code ignoreSpacing} - accept any spacing, {@code NoContent} included (boolean, default false)</li>
 * <li>{@code ignorePunctuation} - accept {@code Non Authoritative Information} for
 * {@code Non-Authoritative Information} (boolean, default false)</li>
 * <li>{@code catalogs} (see {@link AbstractDcsCheck})</li>
 * </ul>
 * Message keys: {@value #MSG_MISMATCH}, {@value #MSG_CAMEL_CASE}, {@value #MSG_UNUSED}.
 */
@FileStatefulCheck
public class StatusNameMismatchCheck extends AbstractDcsCheck {

    public static final String MSG_MISMATCH = "status.name.mismatch";
    public static final String MSG_CAMEL_CASE = "status.name.camel.case";
    public static final String MSG_UNUSED = "status.name.unused";

    private boolean ignoreCase;
    private boolean ignoreSpacing;
    private boolean ignorePunctuation;

    /**
     * Setter to specify whether names that differ only in letter case are accepted.
     *
     * @param value true to accept them
     * @since 0.1.0
     */
    public void setIgnoreCase(boolean value) {
        ignoreCase = value;
    }

    /**
     * Setter to specify whether names that differ only in spacing (CamelCase included) are accepted.
     *
     * @param value true to accept them
     * @since 0.1.0
     */
    public void setIgnoreSpacing(boolean value) {
        ignoreSpacing = value;
    }

    /**
     * Setter to specify whether names that differ only in punctuation (hyphens, dots, brackets) are accepted.
     *
     * @param value true to accept them
     * @since 0.1.0
     */
    public void setIgnorePunctuation(boolean value) {
        ignorePunctuation = value;
    }

    @Override
    protected void check(ParsedDocument document, Workspace workspace) {
        StatusNames comparison = new StatusNames(ignoreCase, ignoreSpacing, ignorePunctuation);
        for (StatusTable table : workspace.statusTables(document)) {
            for (StatusEntry entry : table.entries()) {
                if (entry.code() == null || entry.name() == null) {
                    continue;
                }
                Optional<CatalogEntry> known = catalog().lookup(entry.code());
                if (known.isEmpty()) {
                    continue;
                }
                String written = StatusNames.collapse(entry.name());
                Cell at = entry.nameCell() != null ? entry.nameCell() : entry.codeCell();
                String code = String.valueOf(entry.code());
                switch (NameVerdict.of(known.get(), written, comparison)) {
                    case MISMATCH -> report(at, MSG_MISMATCH, code, written, known.get().name());
                    case CAMEL_CASE -> report(at, MSG_CAMEL_CASE, code, written, known.get().name());
                    case UNUSED -> report(at, MSG_UNUSED, code, written);
                    default -> {
                    }
                }
            }
        }
    }
}
