package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.FileStatefulCheck;
import io.github.dcslint.facts.CodeUse;
import io.github.dcslint.facts.DocSet;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.Cell;
import io.github.dcslint.model.ParsedDocument;

import java.util.List;
import java.util.Map;

/**
 * Reports a code that two catalog (appendix) pages of one doc set name differently. The finding
 * sits on the later page (by path), naming the earlier page and line; doc sets are never compared
 * with each other.
 *
 * <p>Properties:
 * <ul>
 * <li>{@code ignoreCase} - names that differ only in case agree (boolean, default true)</li>
 * <li>{@code catalogs} (see {@link AbstractDcsCheck})</li>
 * </ul>
 * Message keys: {@value #MSG_CONFLICT}.
 */
@FileStatefulCheck
public class ConflictingCatalogsCheck extends AbstractDcsCheck {

    public static final String MSG_CONFLICT = "conflicting.catalogs";

    private boolean ignoreCase = true;

    /**
     * Setter to specify whether names that differ only in letter case agree.
     *
     * @param value true to let them agree
     * @since 0.1.0
     */
    public void setIgnoreCase(boolean value) {
        ignoreCase = value;
    }

    /** The appendix pages: they decide what is listed. */
    @Override
    protected List<ParsedDocument> otherDocumentsRead(Workspace workspace) {
        return workspace.docSets().stream().flatMap(docSet -> docSet.appendixPages().stream()).toList();
    }

    @Override
    protected void check(ParsedDocument document, Workspace workspace) {
        if (!workspace.isAppendix(document)) {
            return;
        }
        DocSet docSet = workspace.docSetOf(document);
        if (docSet.appendixPages().size() < 2) {
            return;
        }
        StatusNames comparison = new StatusNames(ignoreCase, false, false);
        for (Map.Entry<Integer, List<CodeUse>> listed : docSet.listedCodes().entrySet()) {
            CodeUse earliest = null;
            for (CodeUse use : listed.getValue()) {
                if (use.entry().name() == null) {
                    continue;
                }
                if (earliest == null) {
                    earliest = use;
                    continue;
                }
                if (earliest.document() == use.document() || !use.document().file().equals(document.file())
                        || earliest.document().file().equals(use.document().file())) {
                    continue;
                }
                if (!comparison.same(use.entry().name(), earliest.entry().name())) {
                    Cell at = use.entry().nameCell() != null ? use.entry().nameCell() : use.entry().codeCell();
                    Cell first = earliest.entry().nameCell() != null ? earliest.entry().nameCell()
                            : earliest.entry().codeCell();
                    report(at, MSG_CONFLICT, String.valueOf(listed.getKey()), StatusNames.collapse(use.entry().name()),
                            StatusNames.collapse(earliest.entry().name()), docSet.relativePath(earliest.document()),
                            String.valueOf(first.line()));
                }
            }
        }
    }
}
