package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;

import java.util.List;
import java.util.Optional;

/** The registry of dcs rules: one entry per check, in a stable order. */
public final class Rules {

    private static final List<RuleInfo> ALL = List.of(
            rule("MalformedTable",
                    "A table could not be read as written",
                    "A table whose borders do not line up, or a file that is not UTF-8, renders differently from "
                            + "what the author meant, and dcs cannot check its status codes.",
                    "Fix the table syntax at the reported position (align the borders, balance the quotes) or "
                            + "save the file as UTF-8.",
                    SeverityLevel.ERROR),
            rule("InvalidStatusCode",
                    "A status-code cell holds something that is not a status code",
                    "Readers and generators expect a three-digit code in a table of codes; 4O4, default or 2xx "
                            + "are typos or placeholders.",
                    "Write the three-digit code (100-599) the API returns, one row per code.",
                    SeverityLevel.ERROR),
            rule("UnknownStatusCode",
                    "A status code that no catalog registers",
                    "Codes outside the IANA registry (494, 509) are not understood by clients and proxies unless "
                            + "the organisation defines them.",
                    "Use a registered code, or add the code to the organisation catalog.",
                    SeverityLevel.ERROR),
            rule("UnlistedStatusCode",
                    "An API page uses a status code that its doc set's appendix does not list",
                    "The appendix is the doc set's reference of status codes; a code an API returns must be "
                            + "explained there.",
                    "Add the code to the appendix, or fix the code on the API page.",
                    SeverityLevel.ERROR),
            rule("MissingStatusCode",
                    "A catalog page lacks a status code that is required or that its doc set uses",
                    "An appendix that omits codes the APIs return, or codes the organisation requires, leaves "
                            + "readers without an explanation.",
                    "Add a row for the code to the appendix table.",
                    SeverityLevel.ERROR),
            rule("StatusNameMismatch",
                    "A status code's name differs from the catalog's",
                    "Reason phrases are standard (RFC 9110); NoContent or Not found look careless and break "
                            + "search.",
                    "Write the catalog's name, e.g. No Content; options accept case, spacing or punctuation "
                            + "differences.",
                    SeverityLevel.ERROR),
            rule("LegacyStatusName",
                    "A status code is named with an earlier RFC's phrase",
                    "RFC 9110 renamed some codes (413 Content Too Large, 422 Unprocessable Content); the old "
                            + "phrase is understood but outdated.",
                    "Write the RFC 9110 name the message gives.",
                    SeverityLevel.WARNING),
            rule("StatusDescriptionMismatch",
                    "A status code's description differs from the catalog's",
                    "Where an organisation fixes the wording of a code's description, pages should use it.",
                    "Copy the catalog's description.",
                    SeverityLevel.ERROR),
            rule("DuplicateStatusCode",
                    "A status code is listed twice in one catalog table",
                    "Two rows for one code in a reference table contradict or repeat each other.",
                    "Keep one row per code and merge the descriptions.",
                    SeverityLevel.ERROR),
            rule("ResponseSectionMismatch",
                    "A response section's status code is not in the page's status-code table",
                    "A page documents each response under **Status code: NNN**; a code there but not in the "
                            + "table means one of them is wrong.",
                    "Add the code to the status-code table or fix the heading.",
                    SeverityLevel.ERROR),
            rule("ConflictingCatalogs",
                    "Two catalog pages of one doc set disagree on a status code",
                    "When a doc set has several appendix pages, readers cannot tell which name is right.",
                    "Make the catalog pages agree, or keep one of them.",
                    SeverityLevel.ERROR));

    private Rules() {
    }

    private static RuleInfo rule(String id, String summary, String full, String help, SeverityLevel severity) {
        return new RuleInfo(id, summary, full, help, severity, "docs/rules/" + id + ".md");
    }

    /** Every rule dcs has. */
    public static List<RuleInfo> all() {
        return ALL;
    }

    public static Optional<RuleInfo> byId(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
