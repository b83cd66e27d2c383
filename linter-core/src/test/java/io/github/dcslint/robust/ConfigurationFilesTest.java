package io.github.dcslint.robust;

import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.catalog.StatusCatalog;
import io.github.dcslint.check.CheckEngine;
import io.github.dcslint.testing.Expectations;
import io.github.dcslint.testing.Expectations.Expected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken catalogs and rules files stop the run with one {@link DcsConfigurationException} whose
 * message starts with {@code file:line:} and says what is wrong: never another exception, never a
 * hang, and never a read of what an XML entity points at. The expected line and text are in the
 * sidecar {@code NAME.expect} beside each input ({@code ConfigurationError LINE:0 "fragment"}).
 */
class ConfigurationFilesTest {

    private static final Duration TIME_BOUND = Duration.ofSeconds(10);
    private static final Path MALFORMED = Expectations.testdata().resolve("malformed");

    interface Loader {
        void load(Path file) throws DcsConfigurationException;
    }

    static Stream<String> catalogs() throws IOException {
        return inputs("catalog", ".csv");
    }

    static Stream<String> rulesFiles() throws IOException {
        return inputs("rules", ".xml");
    }

    private static Stream<String> inputs(String folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(MALFORMED.resolve(folder))) {
            return files.map(p -> folder + "/" + p.getFileName()).filter(p -> p.endsWith(extension)).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogs")
    void aBrokenCatalogIsOneErrorAtItsLine(String relative) throws IOException {
        assertRefused(relative, StatusCatalog::load);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesFiles")
    void aBrokenRulesFileIsOneErrorAtItsLine(String relative) throws IOException {
        assertRefused(relative, file -> CheckEngine.load(file.toString(), Map.of()));
    }

    private static void assertRefused(String relative, Loader loader) throws IOException {
        Path file = MALFORMED.resolve(relative);
        List<Expected> expected = Expectations.of(file);
        assertEquals(1, expected.size(), relative + " needs one expectation in its .expect sidecar");
        Expected error = expected.get(0);
        DcsConfigurationException thrown = assertTimeoutPreemptively(TIME_BOUND,
                () -> assertThrows(DcsConfigurationException.class, () -> loader.load(file), relative));
        String message = thrown.getMessage();
        String where = file + ":" + error.line() + ":";
        assertTrue(message.startsWith(where), relative + ": expected the error at " + where + " but got: " + message);
        assertTrue(message.contains(error.fragment()), relative + ": no \"" + error.fragment() + "\" in: " + message);
        assertFalse(message.endsWith("."), "one sentence without a trailing period: " + message);
        assertFalse(message.contains("root:x:0:0"), "the message shows /etc/passwd: " + message);
    }

    @Test
    void theSuiteIsThere() throws IOException {
        assertTrue(catalogs().count() >= 10, "catalog inputs");
        assertTrue(rulesFiles().count() >= 8, "rules-file inputs");
    }

    /**
     * "Must not be resolved", checked where it would show: an entity naming a local HTTP server
     * must not make even one connection to it (a rules file loads in well under a second, so a
     * connection would come while the server waits).
     */
    @Test
    void anExternalEntityIsNeverFetched(@TempDir Path dir) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil";
            Path rules = Files.writeString(dir.resolve("rules.xml"), "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE module [\n"
                    + "  <!ENTITY % remote SYSTEM \"" + url + ".dtd\">\n"
                    + "  <!ENTITY general SYSTEM \"" + url + ".txt\">\n"
                    + "  %remote;\n"
                    + "]>\n"
                    + "<module name=\"Checker\">&general;</module>\n");
            DcsConfigurationException thrown = assertTimeoutPreemptively(TIME_BOUND, () -> assertThrows(
                    DcsConfigurationException.class, () -> CheckEngine.load(rules.toString(), Map.of())));
            assertTrue(thrown.getMessage().startsWith(rules + ":3:"), thrown.getMessage());
            server.setSoTimeout(1_000);
            try {
                server.accept().close();
                throw new AssertionError("loading the rules file connected to " + url);
            } catch (SocketTimeoutException expected) {
                // nobody came: nothing was fetched
            }
        }
    }

    /** The same for a file: the entity names a file holding a marker, which must appear nowhere. */
    @Test
    void anExternalFileEntityIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "marker-5f1d2c");
        Path rules = Files.writeString(dir.resolve("rules.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE module [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<module name=\"Checker\">\n"
                + "  <property name=\"charset\" value=\"UTF-8\"/>\n"
                + "  <module name=\"MalformedTable\"><!-- &e; is not expanded in a comment -->&e;</module>\n"
                + "</module>\n");
        DcsConfigurationException thrown = assertThrows(DcsConfigurationException.class,
                () -> CheckEngine.load(rules.toString(), Map.of()));
        assertTrue(thrown.getMessage().startsWith(rules + ":2:"), thrown.getMessage());
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("marker-5f1d2c"), "the entity was read: " + t);
        }
    }
}
