package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.FileStatefulCheck;
import io.github.dcslint.facts.DocSet;
import io.github.dcslint.facts.CodeUse;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.status.StatusEntry;
import io.github.dcslint.status.StatusTable;

import java.util.List;

/**
 * Reports a code an API page uses that its doc set's appendix (the local catalog) does not list.
 * A doc set without an appendix page is not checked; appendix pages themselves are not API pages.
 *
 * <p>Properties: {@code catalogs} (see {@link AbstractDcsCheck}). Message keys: {@value #MSG_UNLISTED}.
 */
@FileStatefulCheck
public class UnlistedStatusCodeCheck extends AbstractDcsCheck {

    public static final String MSG_UNLISTED = "unlisted.status.code";

    /** The appendix pages: they decide what is listed. */
    @Override
    protected List<ParsedDocument> otherDocumentsRead(Workspace workspace) {
        return workspace.docSets().stream().flatMap(docSet -> docSet.appendixPages().stream()).toList();
    }

    @Override
    protected void check(ParsedDocument document, Workspace workspace) {
        DocSet docSet = workspace.docSetOf(document);
        if (!docSet.hasAppendix() || workspace.isAppendix(document)) {
            return;
        }
        String appendix = docSet.relativePath(docSet.appendixPages().get(0));
        for (StatusTable table : workspace.statusTables(document)) {
            for (StatusEntry entry : table.entries()) {
                for (int code : CodeUse.codesOf(entry)) {
                    if (!docSet.lists(code)) {
                        report(entry.codeCell(), MSG_UNLISTED, String.valueOf(code), appendix);
                    }
                }
            }
        }
    }
}
