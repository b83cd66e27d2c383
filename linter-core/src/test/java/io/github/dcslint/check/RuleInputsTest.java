package io.github.dcslint.check;

import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.report.Finding;
import io.github.dcslint.testing.Expectations;
import io.github.dcslint.testing.Expectations.Expected;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs each rule over its inputs under {@code testdata/rules/<ID>/} and compares the findings with
 * the expectations written by hand inside the inputs: {@code bad-*} inputs (a file, or a folder
 * holding a small doc set) must give exactly their expected findings, {@code good-*} inputs none.
 * Only the rule named by the folder runs, with the engine's catalog setup and the input's
 * {@code dcs-config} properties; nothing else (no suppression filters).
 */
class RuleInputsTest {

    /** {@code .. dcs-config: StatusNameMismatch ignoreCase=true, ignoreSpacing=true} (RST or Markdown comment). */
    private static final Pattern INLINE_CONFIG = Pattern.compile(
            "^\\s*(?:\\.\\.|<!--)\\s*dcs-config:\\s*(\\w+)\\s+(.*?)\\s*(?:-->)?\\s*$");
    /** A folder case's {@code dcs-config.txt} line: {@code StatusNameMismatch ignoreCase=true}. */
    private static final Pattern FOLDER_CONFIG = Pattern.compile("^\\s*(\\w+)\\s+(.*?)\\s*$");
    private static final Pattern PROPERTY_SEPARATOR = Pattern.compile(",\\s*(?=[\\w.]+\\s*=)");

    @TestFactory
    Stream<DynamicNode> everyRuleInput() throws IOException {
        Path rules = Expectations.testdata().resolve("rules");
        List<DynamicNode> containers = new ArrayList<>();
        if (!Files.isDirectory(rules)) {
            return Stream.empty();
        }
        try (Stream<Path> ruleDirs = Files.list(rules)) {
            for (Path ruleDir : ruleDirs.filter(Files::isDirectory).sorted().toList()) {
                String ruleId = ruleDir.getFileName().toString();
                List<DynamicNode> cases = new ArrayList<>();
                for (Path input : inputsOf(ruleDir)) {
                    String name = Expectations.testdata().relativize(input).toString().replace('\\', '/');
                    cases.add(DynamicTest.dynamicTest(name, input.toUri(), () -> verify(ruleId, input)));
                }
                containers.add(DynamicContainer.dynamicContainer(ruleId, cases));
            }
        }
        return containers.stream();
    }

    /** The inputs of one rule folder: {@code bad-*} / {@code good-*} documents and folders. */
    static List<Path> inputsOf(Path ruleDir) throws IOException {
        try (Stream<Path> children = Files.list(ruleDir)) {
            return children.filter(p -> {
                String name = p.getFileName().toString();
                boolean caseName = name.startsWith("bad-") || name.startsWith("good-");
                return caseName && (Files.isDirectory(p) || DocumentFormat.forFileName(name) != null);
            }).sorted().toList();
        }
    }

    /** Runs {@code ruleId} alone over one input and compares with its hand-written expectations. */
    static void verify(String ruleId, Path input) throws Exception {
        boolean folder = Files.isDirectory(input);
        Path root = folder ? input : input.getParent();
        List<Path> files = folder ? documentsUnder(input) : List.of(input);
        Map<String, String> properties = folder ? folderConfig(input, ruleId) : inlineConfig(input, ruleId);

        List<Finding> actual = run(ruleId, properties, root, files).stream()
                .filter(f -> f.ruleId().equals(ruleId) || f.ruleId().equals(FindingCollector.INTERNAL_ERROR))
                .toList();
        List<Located> expected = new ArrayList<>();
        for (Path file : files) {
            for (Expected e : Expectations.of(file, ruleId)) {
                expected.add(new Located(file.toAbsolutePath().normalize(), e));
            }
        }
        boolean bad = input.getFileName().toString().startsWith("bad-");
        if (bad) {
            assertFalse(expected.isEmpty(), input + " is a bad- input but expects no " + ruleId + " finding");
        } else {
            assertTrue(expected.isEmpty(), input + " is a good- input but expects " + ruleId + " findings");
        }
        compare(input, expected, actual);
    }

    private record Located(Path file, Expected expected) {
    }

    private static void compare(Path input, List<Located> expected, List<Finding> actual) {
        List<Finding> unmatched = new ArrayList<>(actual);
        List<Located> missing = new ArrayList<>();
        for (Located e : expected) {
            Finding match = null;
            for (Finding f : unmatched) {
                if (f.file().toAbsolutePath().normalize().equals(e.file()) && f.line() == e.expected().line()
                        && f.column() == e.expected().column() && f.message().contains(e.expected().fragment())) {
                    match = f;
                    break;
                }
            }
            if (match == null) {
                missing.add(e);
            } else {
                unmatched.remove(match);
            }
        }
        if (!missing.isEmpty() || !unmatched.isEmpty()) {
            StringBuilder sb = new StringBuilder(input + ": findings differ from the expectations\n");
            for (Located e : missing) {
                sb.append("  expected, not found: ").append(root(input, e.file())).append(' ')
                        .append(e.expected()).append('\n');
            }
            for (Finding f : unmatched) {
                sb.append("  found, not expected: ").append(f.path()).append(' ').append(f.line()).append(':')
                        .append(f.column()).append(' ').append(f.ruleId()).append(" \"").append(f.message())
                        .append("\"\n");
            }
            fail(sb.toString());
        }
    }

    private static String root(Path input, Path file) {
        Path base = Files.isDirectory(input) ? input : input.getParent();
        return base.relativize(file).toString();
    }

    /** Runs one rule, with properties, over files under {@code root}; the engine's full path. */
    static List<Finding> run(String ruleId, Map<String, String> properties, Path root, List<Path> files)
            throws Exception {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE module PUBLIC "-//Checkstyle//DTD Checkstyle Configuration 1.3//EN"
                    "https://checkstyle.org/dtds/configuration_1_3.dtd">
                <module name="Checker">
                  <property name="charset" value="UTF-8"/>
                """);
        xml.append("  <module name=\"").append(ruleId).append("\">\n");
        for (Map.Entry<String, String> p : properties.entrySet()) {
            xml.append("    <property name=\"").append(escape(p.getKey())).append("\" value=\"")
                    .append(escape(p.getValue())).append("\"/>\n");
        }
        xml.append("  </module>\n</module>\n");
        Path rulesFile = Files.createTempFile("dcs-rule-" + ruleId, ".xml");
        try {
            Files.writeString(rulesFile, xml, StandardCharsets.UTF_8);
            CheckEngine engine = CheckEngine.load(rulesFile.toString(), Map.of("inputDir", root.toString()));
            DocumentParser parser = new DocumentParser(ParseOptions.forRoot(root));
            List<ParsedDocument> documents = files.stream().map(parser::parse).toList();
            return engine.run(Workspace.build(List.of(root), documents));
        } finally {
            Files.deleteIfExists(rulesFile);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static List<Path> documentsUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> DocumentFormat.forFileName(p.getFileName().toString()) != null)
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    /** The input's {@code dcs-config} lines for {@code ruleId}. */
    static Map<String, String> inlineConfig(Path input, String ruleId) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String text = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
        for (String line : text.split("\r\n|\r|\n")) {
            Matcher m = INLINE_CONFIG.matcher(line);
            if (m.matches() && m.group(1).equals(ruleId)) {
                parseProperties(m.group(2), out, input);
            }
        }
        return out;
    }

    static Map<String, String> folderConfig(Path folder, String ruleId) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Path config = folder.resolve("dcs-config.txt");
        if (!Files.exists(config)) {
            return out;
        }
        for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            Matcher m = FOLDER_CONFIG.matcher(line);
            if (m.matches() && m.group(1).equals(ruleId)) {
                parseProperties(m.group(2), out, config);
            }
        }
        return out;
    }

    private static void parseProperties(String text, Map<String, String> out, Path where) {
        for (String part : PROPERTY_SEPARATOR.split(text)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(where + ": not property=value: " + part);
            }
            out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
    }

    @org.junit.jupiter.api.Test
    void configLinesAreReadForTheirRuleOnly() throws IOException {
        Path file = Files.createTempFile("dcs-config", ".rst");
        try {
            Files.writeString(file, ".. dcs-config: StatusNameMismatch ignoreCase=true, catalogs=a.csv, b.csv\n"
                    + ".. dcs-config: DuplicateStatusCode checkApiPages=true\n\nText\n");
            assertEquals(Map.of("ignoreCase", "true", "catalogs", "a.csv, b.csv"),
                    inlineConfig(file, "StatusNameMismatch"));
            assertEquals(Map.of("checkApiPages", "true"), inlineConfig(file, "DuplicateStatusCode"));
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
