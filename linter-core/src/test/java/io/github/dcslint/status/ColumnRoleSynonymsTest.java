package io.github.dcslint.status;

import io.github.dcslint.testing.RandomTexts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped rules file names the headers seen in real docs. */
class ColumnRoleSynonymsTest {

    private static ColumnRoleSynonyms shipped() throws IOException {
        try (InputStream in = ColumnRoleSynonymsTest.class.getClassLoader()
                .getResourceAsStream(StatusTableClassifier.DEFAULT_RESOURCE)) {
            return ColumnRoleSynonyms.read(in, StatusTableClassifier.DEFAULT_RESOURCE);
        }
    }

    @Test
    void codeHeadersFromOtcGraphAndSlate() throws IOException {
        ColumnRoleSynonyms synonyms = shipped();
        for (String header : List.of("Status Code", "HTTP Status Code", "Normal Response Code", "Error Response Code",
                "Returned Value", "Error Code", "HTTP error code", "Response code")) {
            assertTrue(synonyms.rolesOf(header).contains(ColumnRole.CODE), header);
        }
    }

    @Test
    void nameHeaders() throws IOException {
        ColumnRoleSynonyms synonyms = shipped();
        for (String header : List.of("Name", "Status", "Message", "Message Title", "Status Message", "Type", "Code")) {
            assertTrue(synonyms.rolesOf(header).contains(ColumnRole.NAME), header);
        }
        // "Code" and "Status" name either role; the column's content decides
        assertEquals(Set.of(ColumnRole.CODE, ColumnRole.NAME), synonyms.rolesOf("code"));
    }

    @Test
    void normalisationIgnoresCaseMarkupSpacesAndTrailingPunctuation() {
        assertEquals("status code", ColumnRoleSynonyms.normalise("  **Status   Code:** "));
        assertEquals("http status code", ColumnRoleSynonyms.normalise("`HTTP status code`."));
        assertEquals("description", ColumnRoleSynonyms.normalise("Description;"));
    }

    @Test
    void unknownHeaderNamesNoRole() throws IOException {
        assertTrue(shipped().rolesOf("Handling Measure").isEmpty());
        assertTrue(shipped().rolesOf("Error Message").isEmpty());
    }

    /** The regex definition the one-pass normalise replaced. */
    private static String normaliseByRegex(String header) {
        String s = header.replaceAll("[*`_\\\\]+", "");
        s = s.replaceAll("\\s+", " ").strip();
        s = s.replaceAll("[\\s.:;,!?]+$", "");
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void normaliseAgreesWithItsRegexDefinition() {
        assertEquals("status code", ColumnRoleSynonyms.normalise(" **Status  Code**: "));
        String[] alphabet = RandomTexts.characters("Ab \t\n*_`\\.:?\u2003\u00A0I");
        for (String header : RandomTexts.of(7, 20_000, 10, alphabet)) {
            assertEquals(normaliseByRegex(header), ColumnRoleSynonyms.normalise(header), () -> "header " + header
                    .chars().mapToObj(Integer::toHexString).toList());
        }
    }
}
