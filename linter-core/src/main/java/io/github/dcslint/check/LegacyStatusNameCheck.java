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
 * Reports a reason phrase from an earlier RFC ({@code Request Entity Too Large},
 * {@code Request Time-out}, {@code Unprocessable Entity}), giving the catalog's (RFC 9110) name.
 * The legacy phrases come from the catalogs' LegacyNames column; a warning by default, because the
 * old phrase is still understood. Compared ignoring case, spacing and punctuation.
 *
 * <p>Properties: {@code catalogs} (see {@link AbstractDcsCheck}). Message keys: {@value #MSG_LEGACY}.
 */
@FileStatefulCheck
public class LegacyStatusNameCheck extends AbstractDcsCheck {

    public static final String MSG_LEGACY = "legacy.status.name";

    @Override
    protected void check(ParsedDocument document, Workspace workspace) {
        StatusNames exact = new StatusNames(false, false, false);
        for (StatusTable table : workspace.statusTables(document)) {
            for (StatusEntry entry : table.entries()) {
                if (entry.code() == null || entry.name() == null) {
                    continue;
                }
                Optional<CatalogEntry> known = catalog().lookup(entry.code());
                String written = StatusNames.collapse(entry.name());
                if (known.isPresent() && NameVerdict.of(known.get(), written, exact) == NameVerdict.LEGACY) {
                    Cell at = entry.nameCell() != null ? entry.nameCell() : entry.codeCell();
                    report(at, MSG_LEGACY, String.valueOf(entry.code()), written, known.get().name());
                }
            }
        }
    }
}
