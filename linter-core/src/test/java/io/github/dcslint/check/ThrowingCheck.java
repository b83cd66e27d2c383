package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.StatelessCheck;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.ParsedDocument;

/** A check with a bug on one file, to show that a failing check becomes a finding, not a crash. */
@StatelessCheck
public class ThrowingCheck extends AbstractDcsCheck {

    @Override
    protected void check(ParsedDocument document, Workspace workspace) {
        if (document.path().startsWith("boom")) {
            throw new IllegalStateException("boom in " + document.path());
        }
        report(1, 1, MSG_INTERNAL_ERROR, "ThrowingCheck", "not thrown");
    }
}
