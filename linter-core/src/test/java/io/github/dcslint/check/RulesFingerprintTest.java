package io.github.dcslint.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a resource the rules read contributes to the fingerprint kept findings are keyed on. */
class RulesFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void aFileCountsByItsContentAndItsAbsence() throws Exception {
        Path file = dir.resolve("suppressions.xml");
        Optional<String> absent = RulesFingerprint.contentOf(file.toString());
        assertEquals(Optional.of("absent"), absent);
        Files.writeString(file, "<suppressions/>");
        Optional<String> first = RulesFingerprint.contentOf(file.toString());
        Files.writeString(file, "<suppressions></suppressions>");
        Optional<String> second = RulesFingerprint.contentOf(file.toString());
        assertNotEquals(first, second);
        assertNotEquals(absent, first);
        assertEquals(second, RulesFingerprint.contentOf(file.toUri().toString()), "a file: URL is the file");
    }

    @Test
    void classPathResourcesCountByContent() {
        Optional<String> iana = RulesFingerprint.contentOf("classpath:dcs/iana-http-status-codes.csv");
        assertTrue(iana.isPresent() && iana.get().matches("[0-9a-f]{64}"), iana.toString());
        assertNotEquals(iana, RulesFingerprint.contentOf("classpath:dcs/legacy-names.csv"));
        assertEquals(Optional.of("absent"), RulesFingerprint.contentOf("classpath:dcs/no-such.csv"));
        // a bare name that is no file is read from the class path, as Checkstyle does
        assertEquals(Optional.of("resource " + iana.get()),
                RulesFingerprint.contentOf("dcs/iana-http-status-codes.csv"));
    }

    @Test
    void aResourceOnTheNetworkMakesFindingsUnkeepable() {
        assertEquals(Optional.empty(), RulesFingerprint.contentOf("https://example.org/suppressions.xml"));
    }
}
