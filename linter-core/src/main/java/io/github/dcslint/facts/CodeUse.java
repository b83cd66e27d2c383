package io.github.dcslint.facts;

import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.status.StatusEntry;
import io.github.dcslint.status.StatusTable;

/**
 * One row of a status-code table that names a valid code: where a document uses or lists it.
 *
 * @param document the document
 * @param table    the status-code table
 * @param entry    the row
 */
public record CodeUse(ParsedDocument document, StatusTable table, StatusEntry entry) {

    /** The code (never null for a use). */
    public int code() {
        return entry.code();
    }
}
