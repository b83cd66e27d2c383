package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.FileStatefulCheck;
import io.github.dcslint.facts.CodeUse;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.status.StatusEntry;
import io.github.dcslint.status.StatusTable;

import java.util.regex.Pattern;

/**
 * Reports a code cell of a status-code table that is not a status code: {@code 4O4},
 * {@code default}, {@code 2xx}, {@code 600}. A list of valid codes in one cell ({@code 400/404},
 * as error-code tables write it) is accepted, and each of its codes counts as used.
 *
 * <p>Properties:
 * <ul>
 * <li>{@code allowedPattern} - code texts that are accepted although not codes, e.g.
 * {@code default} for OpenAPI-style tables (Pattern, default {@code ^$}: none)</li>
 * <li>{@code catalogs} (see {@link AbstractDcsCheck})</li>
 * </ul>
 * Message keys: {@value #MSG_INVALID}, {@value #MSG_CLASS}, {@value #MSG_LOOKALIKE}.
 */
@FileStatefulCheck
public class InvalidStatusCodeCheck extends AbstractDcsCheck {

    public static final String MSG_INVALID = "invalid.status.code";
    public static final String MSG_CLASS = "invalid.status.code.class";
    public static final String MSG_LOOKALIKE = "invalid.status.code.lookalike";

    private static final Pattern CODE_CLASS = Pattern.compile("[1-5][xX]{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d{3}");

    private Pattern allowedPattern = Pattern.compile("^$");

    /**
     * Setter to specify code texts that are accepted although they are not status codes.
     *
     * @param pattern a regular expression matched against the whole code text
     * @since 0.1.0
     */
    public void setAllowedPattern(Pattern pattern) {
        allowedPattern = pattern;
    }

    @Override
    protected void check(ParsedDocument document, Workspace workspace) {
        for (StatusTable table : workspace.statusTables(document)) {
            for (StatusEntry entry : table.entries()) {
                String text = entry.codeText() == null ? "" : entry.codeText().trim();
                if (!CodeUse.codesOf(entry).isEmpty() || text.isEmpty() || allowedPattern.matcher(text).matches()) {
                    continue;
                }
                if (CODE_CLASS.matcher(text).matches()) {
                    report(entry.codeCell(), MSG_CLASS, text);
                    continue;
                }
                String lookalike = lookalikeDigits(text);
                if (lookalike != null) {
                    report(entry.codeCell(), MSG_LOOKALIKE, text, lookalike);
                } else {
                    report(entry.codeCell(), MSG_INVALID, text);
                }
            }
        }
    }

    /** {@code 4O4} read with O as 0 and l or I as 1, when that gives a code 100-599; else null. */
    static String lookalikeDigits(String text) {
        String digits = text.replace('O', '0').replace('o', '0').replace('l', '1').replace('I', '1');
        if (digits.equals(text) || !DIGITS.matcher(digits).matches()) {
            return null;
        }
        int code = Integer.parseInt(digits);
        return code >= 100 && code <= 599 ? digits : null;
    }
}
