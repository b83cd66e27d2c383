package io.github.dcslint.facts;

import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.status.StatusEntry;
import io.github.dcslint.status.StatusTable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One use of a valid code in a row of a status-code table: where a document uses or lists it.
 *
 * @param document the document
 * @param table    the status-code table
 * @param entry    the row
 * @param code     the code (a row such as {@code 400/404} gives one use per code)
 */
public record CodeUse(ParsedDocument document, StatusTable table, StatusEntry entry, int code) {

    /** Several codes in one cell, as error-code tables write them: {@code 400/404}, {@code 400, 409}. */
    private static final Pattern CODE_LIST = Pattern.compile("[1-5]\\d\\d(?:\\s*[/,]\\s*[1-5]\\d\\d)+");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[/,]\\s*");

    /**
     * The valid codes a row names: its code, or each code of a list cell such as {@code 400/404}
     * (every one three digits 100-599); empty when the code cell is not a code.
     */
    public static List<Integer> codesOf(StatusEntry entry) {
        if (entry.code() != null) {
            return List.of(entry.code());
        }
        String text = entry.codeText() == null ? "" : entry.codeText().trim();
        if (!CODE_LIST.matcher(text).matches()) {
            return List.of();
        }
        List<Integer> codes = new ArrayList<>();
        for (String part : SEPARATOR.split(text)) {
            int code = Integer.parseInt(part);
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }
}
