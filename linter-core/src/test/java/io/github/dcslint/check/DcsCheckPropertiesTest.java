package io.github.dcslint.check;

import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.report.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * dcs checks get their properties through {@link DcsCheckProperties}, not through Checkstyle's
 * BeanUtils; for every property type the checks declare, with good values, values written the
 * many ways Checkstyle accepts them, and values it refuses, the engine must find what it finds
 * with every module configured by Checkstyle, and refuse what that refuses.
 */
class DcsCheckPropertiesTest {

    @TempDir
    Path dir;

    private Path appendix;
    private Path page;

    @BeforeEach
    void docSet() throws Exception {
        appendix = dir.resolve("appendix/status_codes.md");
        Files.createDirectories(appendix.getParent());
        Files.writeString(appendix, """
                # Status Codes

                | Status Code | Name | Description |
                |---|---|---|
                | 200 | ok | Success |
                | 404 | Not Found | gone |
                | 404 | Not Found | twice |
                | 413 | Request Entity Too Large | big |
                """);
        page = dir.resolve("api.md");
        Files.writeString(page, """
                # API

                **Status code: 201**

                | Status Code | Description |
                |---|---|
                | 200 | OK |
                | 404 | Not found |
                | 4O4 | typo |
                | default | openapi |
                | 418 | teapot |
                | 494 | nonstandard |
                """);
    }

    /** Properties of each type, written as Checkstyle accepts or refuses them. */
    private static final List<String> CASES = List.of(
            // boolean, as commons-beanutils reads it
            "StatusNameMismatch ignoreCase true", "StatusNameMismatch ignoreCase TRUE", "StatusNameMismatch ignoreCase yes",
            "StatusNameMismatch ignoreCase on", "StatusNameMismatch ignoreCase 1", "StatusNameMismatch ignoreCase y",
            "StatusNameMismatch ignoreCase false", "StatusNameMismatch ignoreCase Off", "StatusNameMismatch ignoreCase 0",
            "StatusNameMismatch ignoreCase maybe", "StatusNameMismatch ignoreCase ' true'",
            "DuplicateStatusCode checkApiPages no", "ResponseSectionMismatch checkTableCodes true",
            "MissingStatusCode checkUsed false", "MissingStatusCode checkRequired yes",
            // int
            "MissingStatusCode maxPagesNamed 1", "MissingStatusCode maxPagesNamed 0", "MissingStatusCode maxPagesNamed -1",
            "MissingStatusCode maxPagesNamed x", "MissingStatusCode maxPagesNamed ''", "MissingStatusCode maxPagesNamed 99999999999",
            // Pattern
            "InvalidStatusCode allowedPattern ^default$", "InvalidStatusCode allowedPattern [", "InvalidStatusCode allowedPattern ''",
            // String[] (catalogs, fileExtensions)
            "UnknownStatusCode catalogs classpath:dcs/iana-http-status-codes.csv",
            "UnknownStatusCode catalogs ' , classpath:dcs/iana-http-status-codes.csv ,, classpath:dcs/legacy-names.csv '",
            "UnknownStatusCode catalogs no-such-catalog.csv", "UnknownStatusCode fileExtensions md",
            "UnknownStatusCode fileExtensions '.rst, md'", "UnknownStatusCode fileExtensions rst",
            // String: severity and id, good and bad; properties that do not exist
            "LegacyStatusName severity error", "LegacyStatusName severity ignore", "LegacyStatusName severity loud",
            "UnlistedStatusCode id mine", "UnlistedStatusCode noSuchProperty x", "UnlistedStatusCode Catalogs x",
            "StatusDescriptionMismatch appendixOnly false", "ConflictingCatalogs ignoreCase true");

    @Test
    void theEngineConfiguresChecksAsCheckstyleDoes() throws Exception {
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(dir));
        Workspace workspace = Workspace.build(List.of(dir), List.of(parser.parse(appendix), parser.parse(page)),
                io.github.dcslint.facts.WorkspaceOptions.defaults());
        Outcomes outcomes = sameAsCheckstyle(CASES, line -> {
            String[] words = split(line);
            return rules(words[0], words[1], words[2]);
        }, workspace);
        assertTrue(outcomes.refused() >= 8, "bad values must be among the cases: " + outcomes.refused());
        assertTrue(outcomes.found().size() >= 10, "the values must change what is found: " + outcomes.found().size());
    }

    /**
     * The suppression filters of the default rules are set up through their setters too: with
     * each of their properties, good and bad, the engine must find and refuse what it does with
     * every module configured by Checkstyle. Each case is a filter and its properties.
     */
    private static final List<List<String>> FILTER_CASES = List.of(
            List.of("SuppressWithPlainTextCommentFilter"),
            List.of("SuppressWithPlainTextCommentFilter", "offCommentFormat", "<!-- dcs-lint off -->"),
            List.of("SuppressWithPlainTextCommentFilter", "offCommentFormat", "<!-- dcs-lint off -->",
                    "onCommentFormat", "<!-- dcs-lint on -->"),
            List.of("SuppressWithPlainTextCommentFilter", "offCommentFormat", "<!-- dcs-lint off -->",
                    "onCommentFormat", "<!-- dcs-lint on -->", "checkFormat", "Unknown"),
            List.of("SuppressWithPlainTextCommentFilter", "offCommentFormat", "<!-- dcs-lint off -->",
                    "messageFormat", "4O4"),
            List.of("SuppressWithPlainTextCommentFilter", "offCommentFormat", "<!-- dcs-lint off -->",
                    "idFormat", "mine"),
            List.of("SuppressWithPlainTextCommentFilter", "offCommentFormat", "["),
            List.of("SuppressWithPlainTextCommentFilter", "offCommentFormat", "<!-- dcs-lint off -->",
                    "checkFormat", "("),
            List.of("SuppressWithPlainTextCommentFilter", "offCommentFormat", ""),
            List.of("SuppressWithPlainTextCommentFilter", "severity", "warning"),
            List.of("SuppressionFilter", "file", "suppressions.xml"),
            List.of("SuppressionFilter", "file", "suppressions.xml", "optional", "false"),
            List.of("SuppressionFilter", "file", "no-such-file.xml", "optional", "true"),
            List.of("SuppressionFilter", "file", "no-such-file.xml", "optional", "yes"),
            List.of("SuppressionFilter", "file", "no-such-file.xml", "optional", "false"),
            List.of("SuppressionFilter", "file", "no-such-file.xml", "optional", "maybe"),
            List.of("SuppressionFilter", "file", "not-suppressions.xml"),
            List.of("SuppressionFilter", "optional", "true"));

    @Test
    void theEngineConfiguresSuppressionFiltersAsCheckstyleDoes() throws Exception {
        Path suppressed = dir.resolve("suppressed.md");
        Files.writeString(suppressed, """
                # API

                <!-- dcs-lint off -->

                | Status Code | Description |
                |---|---|
                | 4O4 | typo |
                | 494 | nonstandard |

                <!-- dcs-lint on -->

                | Status Code | Description |
                |---|---|
                | 4X4 | typo |
                | 495 | nonstandard |
                """);
        Files.writeString(dir.resolve("suppressions.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE suppressions PUBLIC "-//Checkstyle//DTD SuppressionFilter Configuration 1.2//EN"
                    "https://checkstyle.org/dtds/suppressions_1_2.dtd">
                <suppressions>
                  <suppress checks="UnknownStatusCode" files="suppressed\\.md"/>
                </suppressions>
                """);
        Files.writeString(dir.resolve("not-suppressions.xml"), "<suppressions><oops></suppressions>");
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(dir));
        Workspace workspace = Workspace.build(List.of(dir),
                List.of(parser.parse(appendix), parser.parse(page), parser.parse(suppressed)),
                io.github.dcslint.facts.WorkspaceOptions.defaults());
        Outcomes outcomes = sameAsCheckstyle(FILTER_CASES, this::filterRules, workspace);
        assertTrue(outcomes.refused() >= 5, "bad values must be among the cases: " + outcomes.refused());
        assertTrue(outcomes.found().size() >= 5, "the filters must change what is found: " + outcomes.found().size());
    }

    /** A setter the fast path cannot see (a property Checkstyle does not know) leaves the message to Checkstyle. */
    @Test
    void anUnknownPropertyIsCheckstylesMessage() throws Exception {
        Path rules = rules("UnlistedStatusCode", "noSuchProperty", "x");
        DcsConfigurationException e = org.junit.jupiter.api.Assertions.assertThrows(DcsConfigurationException.class,
                () -> CheckEngine.load(rules.toString(), Map.of()));
        assertTrue(e.getMessage().contains("noSuchProperty"), e.getMessage());
    }

    /** How many cases the engine refused, and the different sets of findings of the others. */
    private record Outcomes(int refused, java.util.Set<String> found) {
    }

    /** The rules file of one case (written again for each). */
    private interface RulesOf<T> {
        Path write(T testCase) throws Exception;
    }

    /** Asserts that each case's rules find, or are refused, alike with both loaders; what the engine did. */
    private static <T> Outcomes sameAsCheckstyle(List<T> cases, RulesOf<T> rulesOf, Workspace workspace)
            throws Exception {
        int refused = 0;
        java.util.Set<String> found = new java.util.HashSet<>();
        for (T testCase : cases) {
            Path rules = rulesOf.write(testCase);
            String checkstyle = run(CheckEngine::loadConfiguredByCheckstyle, rules, workspace);
            String engine = run(CheckEngine::load, rules, workspace);
            if (engine.equals("refused")) {
                refused++;
            } else {
                found.add(engine);
            }
            assertEquals(checkstyle, engine, testCase.toString());
        }
        return new Outcomes(refused, found);
    }

    /** What the rules find, or "refused", with every module configured by the given loader. */
    private static String run(Loader loader, Path rules, Workspace workspace) {
        try {
            TreeSet<String> events = new TreeSet<>();
            for (Finding f : loader.load(rules.toString(), Map.of()).run(workspace)) {
                events.add(f.path() + ":" + f.line() + ":" + f.column() + " " + f.severity() + " " + f.message());
            }
            return events.toString();
        } catch (DcsConfigurationException e) {
            return "refused";
        }
    }

    private interface Loader {
        CheckEngine load(String location, Map<String, String> properties) throws DcsConfigurationException;
    }

    /** A rules file's start: the Checker, reading Markdown files. */
    private static final String RULES_HEAD = """
            <?xml version="1.0"?>
            <!DOCTYPE module PUBLIC "-//Checkstyle//DTD Checkstyle Configuration 1.3//EN"
                "https://checkstyle.org/dtds/configuration_1_3.dtd">
            <module name="Checker">
              <property name="fileExtensions" value="md"/>
            """;

    /** {@code value} escaped for a double-quoted XML attribute. */
    private static String xmlAttribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    private Path rules(String module, String property, String value) throws Exception {
        Path file = dir.resolve("rules-" + module + ".xml");
        Files.writeString(file, RULES_HEAD + """
                  <module name="%s">
                    <property name="%s" value="%s"/>
                  </module>
                </module>
                """.formatted(module, property, xmlAttribute(value)));
        return file;
    }

    /** Rules with the filter and its properties, then three checks for it to filter. */
    private Path filterRules(List<String> filter) throws Exception {
        StringBuilder properties = new StringBuilder();
        for (int i = 1; i < filter.size(); i += 2) {
            String value = filter.get(i + 1);
            if (filter.get(i).equals("file")) {
                value = dir.resolve(value).toString();
            }
            properties.append("    <property name=\"%s\" value=\"%s\"/>\n".formatted(filter.get(i),
                    xmlAttribute(value)));
        }
        Path file = dir.resolve("rules-filter.xml");
        Files.writeString(file, RULES_HEAD + """
                  <module name="%s">
                %s  </module>
                  <module name="UnknownStatusCode"><property name="id" value="mine"/></module>
                  <module name="InvalidStatusCode"/>
                  <module name="UnlistedStatusCode"/>
                </module>
                """.formatted(filter.get(0), properties));
        return file;
    }

    /** "Rule property value", the value in single quotes when it has spaces or is empty. */
    private static String[] split(String line) {
        int first = line.indexOf(' ');
        int second = line.indexOf(' ', first + 1);
        String value = line.substring(second + 1);
        if (value.startsWith("'") && value.endsWith("'")) {
            value = value.substring(1, value.length() - 1);
        }
        return new String[] {line.substring(0, first), line.substring(first + 1, second), value};
    }
}
