package io.github.dcslint.status;

import io.github.dcslint.model.Table;

import java.util.List;

/**
 * A table recognised as a status-code table, with the role of each logical column.
 *
 * @param table   the table as extracted
 * @param roles   one role per logical column ({@code roles.size() == table.columns()})
 * @param entries one entry per body row that has a code cell, in order
 */
public record StatusTable(Table table, List<ColumnRole> roles, List<StatusEntry> entries) {

    public StatusTable {
        roles = List.copyOf(roles);
        entries = List.copyOf(entries);
    }

    /** The index of the first column with {@code role}, or -1. */
    public int columnOf(ColumnRole role) {
        return roles.indexOf(role);
    }
}
