package io.github.dcslint.check;

import io.github.dcslint.catalog.CatalogEntry;
import io.github.dcslint.catalog.StatusCatalog;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusNamesTest {

    private static final StatusCatalog CATALOG = StatusCatalog.loadDefault();
    private static final StatusNames STRICT = new StatusNames(false, false, false);

    private static NameVerdict verdict(int code, String written, StatusNames comparison) {
        CatalogEntry entry = CATALOG.lookup(code).orElseThrow();
        return NameVerdict.of(entry, written, comparison);
    }

    @Test
    void camelCaseSplitsIntoTheCatalogsWords() {
        assertEquals("No Content", StatusNames.splitCamelCase("NoContent"));
        assertEquals("Internal Server Error", StatusNames.splitCamelCase("InternalServerError"));
        assertEquals("HTTP Version Not Supported", StatusNames.splitCamelCase("HTTPVersionNotSupported"));
        assertEquals("Too Many Requests", StatusNames.splitCamelCase("TooManyRequests"));
        assertTrue(StatusNames.isCamelCase("NotFound"));
        assertFalse(StatusNames.isCamelCase("OK"));
        assertFalse(StatusNames.isCamelCase("Accepted"));
        assertFalse(StatusNames.isCamelCase("Not Found"));
    }

    @Test
    void camelCaseIsReportedWithTheSpacedName() {
        assertEquals(NameVerdict.CAMEL_CASE, verdict(204, "NoContent", STRICT));
        assertEquals(NameVerdict.CAMEL_CASE, verdict(500, "InternalServerError", STRICT));
        // ServerTimeout splits, but into words the catalog does not have for 504
        assertEquals(NameVerdict.MISMATCH, verdict(504, "ServerTimeout", STRICT));
        // UnprocessableEntity is an identifier, not the phrase RFC 4918 wrote: a plain mismatch
        assertEquals(NameVerdict.MISMATCH, verdict(422, "UnprocessableEntity", STRICT));
        assertEquals(NameVerdict.LEGACY, verdict(422, "Unprocessable Entity", STRICT));
    }

    @Test
    void optionsAcceptCaseSpacingAndPunctuation() {
        assertEquals(NameVerdict.MISMATCH, verdict(404, "Not found", STRICT));
        assertEquals(NameVerdict.ACCEPTED, verdict(404, "Not found", new StatusNames(true, false, false)));
        assertEquals(NameVerdict.ACCEPTED, verdict(204, "NoContent", new StatusNames(false, true, false)));
        assertEquals(NameVerdict.MISMATCH, verdict(203, "Non Authoritative Information", STRICT));
        assertEquals(NameVerdict.ACCEPTED,
                verdict(203, "Non Authoritative Information", new StatusNames(false, false, true)));
        assertEquals(NameVerdict.ACCEPTED, verdict(404, "  Not \n Found ", STRICT), "whitespace runs are one space");
    }

    @Test
    void earlierRfcPhrasesAreLegacy() {
        assertEquals(NameVerdict.LEGACY, verdict(413, "Request Entity Too Large", STRICT));
        assertEquals(NameVerdict.LEGACY, verdict(413, "Payload Too Large", STRICT));
        assertEquals(NameVerdict.LEGACY, verdict(408, "Request Time-out", STRICT));
        assertEquals(NameVerdict.LEGACY, verdict(414, "Request-URI Too Large", STRICT));
        assertEquals(NameVerdict.LEGACY, verdict(416, "Requested range not satisfiable", STRICT));
        assertEquals(NameVerdict.LEGACY, verdict(416, "Requested Range Not Satisfiable", STRICT), "loosely legacy");
        assertEquals(NameVerdict.LEGACY, verdict(505, "HTTP Version not supported", STRICT), "RFC 2616's exact phrase");
        assertEquals(NameVerdict.MISMATCH, verdict(505, "http version not supported", STRICT),
                "only loosely legacy but as loosely current: a case mismatch");
        assertEquals(NameVerdict.ACCEPTED, verdict(414, "URI Too Long", STRICT), "current since RFC 7231");
        assertEquals(NameVerdict.ACCEPTED, verdict(416, "Range Not Satisfiable", STRICT));
    }

    @Test
    void unusedAndUnnamed() {
        assertEquals(NameVerdict.UNUSED, verdict(306, "Unused", STRICT));
        assertEquals(NameVerdict.UNUSED, verdict(306, "Switch Proxy", STRICT));
        assertEquals(NameVerdict.NOT_APPLICABLE, verdict(404, "  ", STRICT));
        assertEquals(NameVerdict.NOT_APPLICABLE, verdict(499, "Client Closed Request", STRICT));
        assertEquals(NameVerdict.ACCEPTED, verdict(510, "Not Extended", STRICT));
    }

    @Test
    void codeListsInOneCell() {
        assertEquals(java.util.List.of(400, 404), io.github.dcslint.facts.CodeUse.codesOf(entry("400/404")));
        assertEquals(java.util.List.of(400, 409, 500), io.github.dcslint.facts.CodeUse.codesOf(entry("400, 409 / 500")));
        assertEquals(java.util.List.of(), io.github.dcslint.facts.CodeUse.codesOf(entry("400/4O4")));
        assertEquals(java.util.List.of(), io.github.dcslint.facts.CodeUse.codesOf(entry("2xx")));
        assertEquals(java.util.List.of(), io.github.dcslint.facts.CodeUse.codesOf(entry("400/600")));
    }

    private static io.github.dcslint.status.StatusEntry entry(String codeText) {
        io.github.dcslint.model.Cell cell = io.github.dcslint.model.Cell.of(codeText, 3, 1, 0);
        return new io.github.dcslint.status.StatusEntry(new io.github.dcslint.model.Row(3, java.util.List.of(cell)),
                cell, codeText, null, null, null, null, null);
    }

    @Test
    void lookalikeDigitsOfInvalidCodes() {
        assertEquals("404", InvalidStatusCodeCheck.lookalikeDigits("4O4"));
        assertEquals("401", InvalidStatusCodeCheck.lookalikeDigits("4Ol"));
        assertEquals(null, InvalidStatusCodeCheck.lookalikeDigits("default"));
        assertEquals(null, InvalidStatusCodeCheck.lookalikeDigits("OOO"));
    }
}
