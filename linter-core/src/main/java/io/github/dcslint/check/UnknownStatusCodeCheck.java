package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.FileStatefulCheck;
import io.github.dcslint.catalog.CatalogEntry;
import io.github.dcslint.facts.CodeUse;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.status.StatusEntry;
import io.github.dcslint.status.StatusTable;

import java.util.Optional;

/**
 * Reports a code that no catalog registers ({@code 494}, {@code 509}): unassigned in the IANA
 * registry and not added by an organisation catalog. Codes the registry marks {@code (Unused)}
 * are known; {@code StatusNameMismatch} reports them.
 *
 * <p>Properties: {@code catalogs} (see {@link AbstractDcsCheck}). Message keys: {@value #MSG_UNKNOWN}.
 */
@FileStatefulCheck
public class UnknownStatusCodeCheck extends AbstractDcsCheck {

    public static final String MSG_UNKNOWN = "unknown.status.code";

    @Override
    protected void check(ParsedDocument document, Workspace workspace) {
        for (StatusTable table : workspace.statusTables(document)) {
            for (StatusEntry entry : table.entries()) {
                for (int code : CodeUse.codesOf(entry)) {
                    Optional<CatalogEntry> known = catalog().lookup(code);
                    if (known.isEmpty() || known.get().status() == CatalogEntry.Status.UNASSIGNED) {
                        report(entry.codeCell(), MSG_UNKNOWN, String.valueOf(code));
                    }
                }
            }
        }
    }
}
