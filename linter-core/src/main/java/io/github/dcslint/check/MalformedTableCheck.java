package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.FileStatefulCheck;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;

/**
 * Reports what the table extractor could not read (a grid table whose borders do not line up,
 * bytes that are not UTF-8, a csv-table that does not parse): the document's
 * {@link ParsedDocument#problems()}, at their line and column.
 *
 * <p>Properties: {@code catalogs} (see {@link AbstractDcsCheck}). Message keys:
 * {@value #MSG_MALFORMED_TABLE}.
 */
@FileStatefulCheck
public class MalformedTableCheck extends AbstractDcsCheck {

    /** The extractor's own sentence. */
    public static final String MSG_MALFORMED_TABLE = "malformed.table";

    @Override
    protected void check(ParsedDocument document, Workspace workspace) {
        for (Problem problem : document.problems()) {
            report(problem.line(), problem.column(), MSG_MALFORMED_TABLE, problem.message());
        }
    }
}
