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
     * Judges {@code written} against {@code entry}. A phrase that differs from the expected one only
     * in case, spacing or punctuation is never LEGACY (RFC 2616's "HTTP Version not supported"
     * is a case mismatch, which {@code comparison}'s options decide).
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
        StatusNames lenient = StatusNames.lenient();
        if (!lenient.same(written, entry.name())) {
            for (String legacy : entry.legacyNames()) {
                if (lenient.same(written, legacy)) {
                    return LEGACY;
                }
            }
        }
        if (StatusNames.isCamelCase(written)
                && comparison.same(StatusNames.splitCamelCase(StatusNames.collapse(written)), entry.name())) {
            return CAMEL_CASE;
        }
        return MISMATCH;
    }
}
