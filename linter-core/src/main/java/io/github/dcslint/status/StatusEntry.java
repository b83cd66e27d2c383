package io.github.dcslint.status;

import io.github.dcslint.model.Cell;
import io.github.dcslint.model.Row;

/**
 * One body row of a status-code table, read by column role.
 *
 * @param row             the row
 * @param codeCell        the cell holding the code (CODE or CODE_AND_NAME column)
 * @param codeText        the code as written, trimmed ({@code 404}, {@code 4O4}, {@code 2xx})
 * @param code            the code as a number when {@code codeText} is three digits 100-599,
 *                        else null
 * @param nameCell        the cell holding the reason phrase (may be the code cell), or null
 * @param name            the reason phrase as written (without the code), or null
 * @param descriptionCell the description cell, or null
 * @param description     the description text, or null
 */
public record StatusEntry(Row row, Cell codeCell, String codeText, Integer code,
                          Cell nameCell, String name, Cell descriptionCell, String description) {
}
