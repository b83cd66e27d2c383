package io.github.dcslint.check;

import io.github.dcslint.catalog.CatalogEntry;

/** How a written reason phrase stands against the catalog's entry for its code. */
enum NameVerdict {
    /** The expected name or an accepted alternative. */
    ACCEPTED,
    /** An earlier RFC's phrase ({@code Request Entity Too Large}): LegacyStatusName's. */
    LEGACY,
    /** The expected name with its words run together ({@code NoContent}). */
    CAMEL_CASE,
    /** The registry marks the code (Unused) (306, 418). */
    UNUSED,
    /** Anything else. */
    MISMATCH,
    /** Nothing to compare: no name written, or the catalog has no name for the code. */
    NOT_APPLICABLE;

    /**
     * Judges {@code written} against {@code entry}. An earlier RFC's phrase written exactly
     * ({@code HTTP Version not supported}, RFC 2616) is LEGACY even where it differs from the
     * current name only in case; a phrase that matches a legacy one only loosely (case, spacing,
     * punctuation) is LEGACY unless it matches the current name as loosely, when it is a plain
     * mismatch that {@code comparison}'s options decide.
     */
    static NameVerdict of(CatalogEntry entry, String written, StatusNames comparison) {
        if (written == null || StatusNames.collapse(written).isEmpty()) {
            return NOT_APPLICABLE;
        }
        if (entry.status() == CatalogEntry.Status.UNUSED) {
            return UNUSED;
        }
        if (entry.name() == null) {
            return NOT_APPLICABLE;
        }
        if (comparison.same(written, entry.name())) {
            return ACCEPTED;
        }
        for (String alternative : entry.alternativeNames()) {
            if (comparison.same(written, alternative)) {
                return ACCEPTED;
            }
        }
        StatusNames exact = new StatusNames(false, false, false);
        StatusNames lenient = StatusNames.lenient();
        boolean looselyCurrent = lenient.same(written, entry.name());
        for (String legacy : entry.legacyNames()) {
            if (exact.same(written, legacy) || !looselyCurrent && lenient.same(written, legacy)) {
                return LEGACY;
            }
        }
        if (StatusNames.isCamelCase(written)
                && comparison.same(StatusNames.splitCamelCase(StatusNames.collapse(written)), entry.name())) {
            return CAMEL_CASE;
        }
        return MISMATCH;
    }
}
