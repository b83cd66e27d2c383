package io.github.dcslint.catalog;

import java.util.List;

/**
 * What the catalogs say about one status code, after layering.
 *
 * @param code             the code, 100-599
 * @param status           whether the code is assigned, unassigned, unused or obsoleted
 * @param name             the expected reason phrase ({@code Not Found}); null unless assigned or
 *                         obsoleted
 * @param alternativeNames other phrases the organisation accepts as the name
 * @param legacyNames      phrases of an earlier RFC ({@code Request Entity Too Large}): warned,
 *                         not an error
 * @param description      the expected description, or null when no catalog gives one
 * @param required         whether a full catalog page (a doc set's appendix) must list the code
 * @param reference        the registry's Reference column ({@code [RFC9110, Section 15.5.5]}), or
 *                         null
 * @param source           {@code file:line} of the catalog row that last set this entry
 */
public record CatalogEntry(int code, Status status, String name, List<String> alternativeNames,
                           List<String> legacyNames, String description, boolean required, String reference,
                           String source) {

    /** The registration state of a code, as the IANA registry's Description column tells it. */
    public enum Status {
        /** A registered code with a name. */
        ASSIGNED,
        /** Inside an {@code Unassigned} range: no such status code. */
        UNASSIGNED,
        /** {@code (Unused)}: reserved, once used (306, 418); documents should not list it. */
        UNUSED,
        /** Registered, but marked {@code (OBSOLETED)} (510). */
        OBSOLETED
    }

    public CatalogEntry {
        alternativeNames = List.copyOf(alternativeNames);
        legacyNames = List.copyOf(legacyNames);
    }

    /** Whether documents may use the code: assigned or obsoleted (still a real code). */
    public boolean known() {
        return status == Status.ASSIGNED || status == Status.OBSOLETED;
    }
}
