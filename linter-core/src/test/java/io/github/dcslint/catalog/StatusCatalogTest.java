package io.github.dcslint.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.dcslint.DcsConfigurationException;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusCatalogTest {

    @TempDir
    Path dir;

    private static StatusCatalog read(String text) throws DcsConfigurationException {
        return StatusCatalog.read("org.csv", new StringReader(text));
    }

    private static String error(String text) {
        return assertThrows(DcsConfigurationException.class, () -> read(text)).getMessage();
    }

    @Test
    void ianaHasRfc9110NamesAndReferences() {
        StatusCatalog iana = StatusCatalog.loadIana();
        CatalogEntry notFound = iana.lookup(404).orElseThrow();
        assertEquals("Not Found", notFound.name());
        assertEquals("[RFC9110, Section 15.5.5]", notFound.reference());
        assertEquals(CatalogEntry.Status.ASSIGNED, notFound.status());
        assertEquals("Content Too Large", iana.lookup(413).orElseThrow().name());
        assertEquals("Unprocessable Content", iana.lookup(422).orElseThrow().name());
        assertEquals("Too Early", iana.lookup(425).orElseThrow().name());
        assertTrue(iana.lookup(404).orElseThrow().source().startsWith("classpath:dcs/iana-http-status-codes.csv:"));
    }

    @Test
    void ianaRangesUnusedAndObsoleted() {
        StatusCatalog iana = StatusCatalog.loadIana();
        assertEquals(CatalogEntry.Status.UNASSIGNED, iana.lookup(150).orElseThrow().status());
        assertEquals(CatalogEntry.Status.UNASSIGNED, iana.lookup(494).orElseThrow().status());
        assertEquals(CatalogEntry.Status.UNASSIGNED, iana.lookup(509).orElseThrow().status());
        assertFalse(iana.isKnown(509));
        assertEquals(CatalogEntry.Status.UNUSED, iana.lookup(306).orElseThrow().status());
        assertNull(iana.lookup(306).orElseThrow().name());
        assertEquals(CatalogEntry.Status.UNUSED, iana.lookup(418).orElseThrow().status());
        CatalogEntry notExtended = iana.lookup(510).orElseThrow();
        assertEquals(CatalogEntry.Status.OBSOLETED, notExtended.status());
        assertEquals("Not Extended", notExtended.name());
        assertTrue(iana.isKnown(510));
        // every code 100-599 is in the registry, assigned or not
        for (int code = 100; code <= 599; code++) {
            assertTrue(iana.lookup(code).isPresent(), "code " + code);
        }
        assertTrue(iana.lookup(600).isEmpty());
    }

    @Test
    void legacyNamesLayerOverIanaWithoutLosingTheName() {
        StatusCatalog catalog = StatusCatalog.loadDefault();
        CatalogEntry e413 = catalog.lookup(413).orElseThrow();
        assertEquals("Content Too Large", e413.name());
        assertEquals(List.of("Request Entity Too Large", "Payload Too Large"), e413.legacyNames());
        assertEquals("[RFC9110, Section 15.5.14]", e413.reference());
        assertEquals(List.of("Request Time-out"), catalog.lookup(408).orElseThrow().legacyNames());
        assertEquals(List.of(), catalog.lookup(414).orElseThrow().legacyNames().stream()
                .filter("URI Too Long"::equals).toList(), "URI Too Long is RFC 9110's name, not legacy");
    }

    @Test
    void laterCatalogOverridesEarlierCodeByCodeAndEmptyFieldsInherit() throws Exception {
        StatusCatalog org = read("""
                Code,Name,AlternativeNames,Description,Required
                404,Not Found,Resource Not Found,The resource does not exist.,yes
                499,Client Closed Request,,,
                422,,,,yes
                """);
        StatusCatalog layered = StatusCatalog.layered(List.of(StatusCatalog.loadDefault(), org));
        CatalogEntry e404 = layered.lookup(404).orElseThrow();
        assertEquals(List.of("Resource Not Found"), e404.alternativeNames());
        assertEquals("The resource does not exist.", e404.description());
        assertTrue(e404.required());
        assertEquals("org.csv:2", e404.source());
        assertEquals("[RFC9110, Section 15.5.5]", e404.reference(), "empty Reference inherits");
        CatalogEntry e499 = layered.lookup(499).orElseThrow();
        assertEquals("Client Closed Request", e499.name());
        assertTrue(layered.isKnown(499), "an organisation code outside IANA becomes known");
        CatalogEntry e422 = layered.lookup(422).orElseThrow();
        assertEquals("Unprocessable Content", e422.name(), "empty Name inherits");
        assertEquals(List.of("Unprocessable Entity"), e422.legacyNames());
        assertEquals(List.of(404, 422), layered.requiredEntries().stream().map(CatalogEntry::code).toList());
        // the other order: IANA laid over the organisation catalog wins for the name
        StatusCatalog reversed = StatusCatalog.layered(List.of(org, StatusCatalog.loadIana()));
        assertEquals("Not Found", reversed.lookup(404).orElseThrow().name());
        assertFalse(reversed.isKnown(499), "IANA's Unassigned range laid over 499 wins");
    }

    @Test
    void commentsAndBlankLinesKeepLineNumbers() {
        String message = error("""
                # an organisation catalog
                Code,Name

                404,Not Found
                # a comment
                4O4,Not Found
                """);
        assertEquals("org.csv:6: code \"4O4\" is not three digits 100-599", message);
    }

    @Test
    void badRowsNameFileAndLine() {
        assertEquals("org.csv:3: code 404 is already listed at line 2; keep one row per code",
                error("Code,Name\n404,Not Found\n404,Not found\n"));
        assertEquals("org.csv:2: Required is \"maybe\"; write yes, no or leave it empty",
                error("Code,Required\n404,maybe\n"));
        assertTrue(error("Code,Nmae\n404,Not Found\n").startsWith("org.csv:1: unknown column \"Nmae\""));
        assertTrue(error("Name\nNot Found\n").startsWith("org.csv:1: header has no Code column"));
        assertTrue(error("Code,Name\n404,Not Found,extra\n").startsWith("org.csv:2: row has 3 fields"));
        assertTrue(error("Code,Name\n600,Whatever\n").startsWith("org.csv:2: code \"600\""));
        assertTrue(error("").startsWith("org.csv:1: catalog is empty"));
        assertTrue(error("Code,Name\n404,\"Not Found\n").startsWith("org.csv:"), error("Code,Name\n404,\"Not Found\n"));
    }

    @Test
    void badIanaRowsNameFileAndLine() {
        assertEquals("org.csv:3: value \"4xx\" is neither a code nor a range such as 104-199",
                error("Value,Description,Reference\n200,OK,[RFC9110]\n4xx,Client Error,\n"));
        assertTrue(error("Value,Description,Reference\n199-104,Unassigned,\n").startsWith("org.csv:2: value \"199-104\""));
        assertTrue(error("Value,Description,Reference\n104-199,Processing,\n").startsWith("org.csv:2: range 104-199 must be Unassigned"));
        assertTrue(error("Value,Description,Reference\n200-299,Unassigned,\n250,Odd,\n")
                .startsWith("org.csv:3: code 250 is already listed at line 2"));
    }

    @Test
    void loadFromFileNamesThePath() throws Exception {
        Path file = dir.resolve("org.csv");
        Files.writeString(file, "Code,Name\n404,Not Found\n");
        assertEquals(file + ":2", StatusCatalog.load(file).lookup(404).orElseThrow().source());
        Files.write(file, new byte[] {'C', 'o', 'd', 'e', '\n', (byte) 0xE9, '\n'});
        String message = assertThrows(DcsConfigurationException.class, () -> StatusCatalog.load(file)).getMessage();
        assertEquals(file + ":1: catalog is not UTF-8; save it as UTF-8", message);
        String missing = assertThrows(DcsConfigurationException.class,
                () -> StatusCatalog.load(dir.resolve("none.csv"))).getMessage();
        assertTrue(missing.startsWith(dir.resolve("none.csv") + ":1: cannot read catalog"), missing);
    }
}
