package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.FileStatefulCheck;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.status.StatusEntry;
import io.github.dcslint.status.StatusTable;

import java.util.HashMap;
import java.util.Map;

/**
 * Reports a code listed twice in one catalog table (a doc set's appendix). On API pages one code
 * with several meanings (two 400 rows) is common, so they are checked only when
 * {@code checkApiPages} is set.
 *
 * <p>Properties:
 * <ul>
 * <li>{@code checkApiPages} - check the status tables of API pages too (boolean, default false)</li>
 * <li>{@code catalogs} (see {@link AbstractDcsCheck})</li>
 * </ul>
 * Message keys: {@value #MSG_DUPLICATE}.
 */
@FileStatefulCheck
public class DuplicateStatusCodeCheck extends AbstractDcsCheck {

    public static final String MSG_DUPLICATE = "duplicate.status.code";

    private boolean checkApiPages;

    /**
     * Setter to specify whether the status tables of API pages are checked as well as appendix tables.
     *
     * @param value true to check API pages
     * @since 0.1.0
     */
    public void setCheckApiPages(boolean value) {
        checkApiPages = value;
    }

    @Override
    protected void check(ParsedDocument document, Workspace workspace) {
        if (!checkApiPages && !workspace.isAppendix(document)) {
            return;
        }
        for (StatusTable table : workspace.statusTables(document)) {
            Map<Integer, Integer> firstLine = new HashMap<>();
            for (StatusEntry entry : table.entries()) {
                if (entry.code() == null) {
                    continue;
                }
                Integer first = firstLine.putIfAbsent(entry.code(), entry.codeCell().line());
                if (first != null) {
                    report(entry.codeCell(), MSG_DUPLICATE, String.valueOf(entry.code()), String.valueOf(first));
                }
            }
        }
    }
}
