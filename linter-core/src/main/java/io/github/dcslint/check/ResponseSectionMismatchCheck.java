package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.FileStatefulCheck;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.StatusHeading;
import io.github.dcslint.status.StatusEntry;
import io.github.dcslint.status.StatusTable;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reports a {@code **Status code: NNN**} response heading whose code is not in the page's
 * status-code table, and (off by default) a table code with no response section. Pages without
 * a status-code table, or (for the reverse direction) without any response heading, are skipped.
 *
 * <p>Properties:
 * <ul>
 * <li>{@code checkTableCodes} - also report table codes with no response section (boolean,
 * default false)</li>
 * <li>{@code catalogs} (see {@link AbstractDcsCheck})</li>
 * </ul>
 * Message keys: {@value #MSG_NOT_IN_TABLE}, {@value #MSG_NO_SECTION}.
 */
@FileStatefulCheck
public class ResponseSectionMismatchCheck extends AbstractDcsCheck {

    public static final String MSG_NOT_IN_TABLE = "response.section.not.in.table";
    public static final String MSG_NO_SECTION = "response.section.missing";

    private static final Pattern CODE = Pattern.compile("[1-5]\\d\\d");

    private boolean checkTableCodes;

    /**
     * Setter to specify whether codes of the status-code table with no response section are reported.
     *
     * @param value true to report them
     * @since 0.1.0
     */
    public void setCheckTableCodes(boolean value) {
        checkTableCodes = value;
    }

    @Override
    protected void check(ParsedDocument document, Workspace workspace) {
        if (workspace.isAppendix(document) || workspace.statusTables(document).isEmpty()) {
            return;
        }
        Set<Integer> tableCodes = new HashSet<>();
        for (StatusTable table : workspace.statusTables(document)) {
            for (StatusEntry entry : table.entries()) {
                if (entry.code() != null) {
                    tableCodes.add(entry.code());
                }
            }
        }
        Set<Integer> headingCodes = new HashSet<>();
        for (StatusHeading heading : document.statusHeadings()) {
            String text = heading.code() == null ? "" : heading.code().trim();
            if (!CODE.matcher(text).matches()) {
                continue;
            }
            int code = Integer.parseInt(text);
            headingCodes.add(code);
            if (!tableCodes.contains(code)) {
                report(heading.line(), heading.column(), MSG_NOT_IN_TABLE, text);
            }
        }
        if (checkTableCodes && !headingCodes.isEmpty()) {
            Set<Integer> reported = new HashSet<>();
            for (StatusTable table : workspace.statusTables(document)) {
                for (StatusEntry entry : table.entries()) {
                    if (entry.code() != null && !headingCodes.contains(entry.code()) && reported.add(entry.code())) {
                        report(entry.codeCell(), MSG_NO_SECTION, String.valueOf(entry.code()));
                    }
                }
            }
        }
    }
}
