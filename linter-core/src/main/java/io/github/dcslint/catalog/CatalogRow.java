package io.github.dcslint.catalog;

import java.util.List;

/**
 * One row of one catalog file, before layering: a field left empty in the file is null here and
 * inherits from the layers below.
 */
record CatalogRow(int from, int to, CatalogEntry.Status status, String name, List<String> alternativeNames,
                  List<String> legacyNames, String description, Boolean required, String reference,
                  String source) {

    /** This row laid over {@code below} (null when no earlier row names the code). */
    CatalogEntry over(int code, CatalogEntry below) {
        CatalogEntry base = below != null ? below
                : new CatalogEntry(code, CatalogEntry.Status.UNASSIGNED, null, List.of(), List.of(), null, false,
                        null, source);
        CatalogEntry.Status newStatus = status != null ? status : base.status();
        String newName = name != null ? name : base.name();
        if (status == CatalogEntry.Status.UNASSIGNED || status == CatalogEntry.Status.UNUSED) {
            newName = null;
        }
        if (newName != null && newStatus == CatalogEntry.Status.UNASSIGNED) {
            // an organisation row that names a code outside IANA makes it a known code
            newStatus = CatalogEntry.Status.ASSIGNED;
        }
        return new CatalogEntry(code, newStatus, newName,
                alternativeNames != null ? alternativeNames : base.alternativeNames(),
                legacyNames != null ? legacyNames : base.legacyNames(),
                description != null ? description : base.description(),
                required != null ? required : base.required(),
                reference != null ? reference : base.reference(),
                source);
    }
}
