package io.github.dcslint.status;

import io.github.dcslint.model.Table;

import java.util.Optional;

/**
 * Recognises status-code tables and gives their columns roles, from header synonyms kept in a
 * rules file ({@code dcs/column-roles.properties} on the classpath, or a user's file), not in code.
 */
public final class StatusTableClassifier {

    /** The classifier with the default synonyms shipped in dcs-rules. */
    public static StatusTableClassifier loadDefault() {
        return new StatusTableClassifier();
    }

    /** The table read as a status-code table, or empty when it has no status-code column. */
    public Optional<StatusTable> classify(Table table) {
        // TODO(status): not yet written
        return Optional.empty();
    }
}
