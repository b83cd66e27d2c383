package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.FileStatefulCheck;
import com.puppycrawl.tools.checkstyle.GlobalStatefulCheck;
import com.puppycrawl.tools.checkstyle.StatelessCheck;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything a rule needs, as Checkstyle's AllChecksTest demands it of checks: a check class with
 * a thread-safety annotation, a {@link Rules#all()} entry, message keys that exist (and no key no
 * check uses), a doc page, a bad and a good input, and a place in the default rules file at its
 * default severity.
 */
class AllRulesTest {

    private static final String CHECK_PACKAGE = "io.github.dcslint.check";

    @Test
    void everyCheckClassHasARuleAndEveryRuleAClass() throws IOException {
        Set<String> classes = new TreeSet<>(checkClassIds());
        Set<String> rules = new TreeSet<>();
        Rules.all().forEach(r -> rules.add(r.id()));
        assertEquals(rules, classes, "check classes (<ID>Check) and Rules.all() must name the same rules");
        assertEquals(11, rules.size(), "dcs has eleven rules");
    }

    @Test
    void everyCheckIsAnnotatedForThreadSafetyAndExtendsTheBase() throws Exception {
        for (RuleInfo rule : Rules.all()) {
            Class<?> type = Class.forName(CHECK_PACKAGE + "." + rule.id() + "Check");
            assertTrue(AbstractDcsCheck.class.isAssignableFrom(type), type + " must extend AbstractDcsCheck");
            assertTrue(type.isAnnotationPresent(StatelessCheck.class) || type.isAnnotationPresent(FileStatefulCheck.class)
                    || type.isAnnotationPresent(GlobalStatefulCheck.class), type + " lacks a thread-safety annotation");
        }
    }

    @Test
    void messageKeysExistAndEveryKeyIsUsed() throws Exception {
        Properties messages = new Properties();
        try (InputStream in = AbstractDcsCheck.class.getResourceAsStream("messages.properties")) {
            messages.load(in);
        }
        Set<String> used = new HashSet<>(messageKeys(AbstractDcsCheck.class));
        for (RuleInfo rule : Rules.all()) {
            Class<?> type = Class.forName(CHECK_PACKAGE + "." + rule.id() + "Check");
            List<String> keys = messageKeys(type);
            assertTrue(!keys.isEmpty(), type + " declares no MSG_ key");
            for (String key : keys) {
                assertTrue(messages.containsKey(key), type.getSimpleName() + "'s key " + key
                        + " is missing from messages.properties");
                String text = messages.getProperty(key);
                assertTrue(!text.endsWith("."), key + ": messages are one sentence with no trailing period");
            }
            used.addAll(keys);
        }
        Set<String> unused = new TreeSet<>(messages.stringPropertyNames());
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "messages.properties holds keys no check uses");
    }

    @Test
    void everyRuleHasItsDocPageAndInputs() throws IOException {
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : Rules.all()) {
            Path doc = Expectations.projectRoot().resolve(rule.docPath());
            if (!Files.isRegularFile(doc)) {
                problems.add(rule.id() + ": no doc page " + rule.docPath());
            }
            Path inputs = Expectations.testdata().resolve("rules").resolve(rule.id());
            List<Path> cases = Files.isDirectory(inputs) ? RuleInputsTest.inputsOf(inputs) : List.of();
            if (cases.stream().noneMatch(p -> p.getFileName().toString().startsWith("bad-"))) {
                problems.add(rule.id() + ": no bad- input under testdata/rules/" + rule.id());
            }
            if (cases.stream().noneMatch(p -> p.getFileName().toString().startsWith("good-"))) {
                problems.add(rule.id() + ": no good- input under testdata/rules/" + rule.id());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void defaultRulesFileHasEveryRuleAtItsDefaultSeverity() throws Exception {
        Configuration checker = CheckEngine.load(CheckEngine.DEFAULT_RULES, Map.of()).configuration();
        Map<String, String> severities = new HashMap<>();
        for (Configuration child : checker.getChildren()) {
            String severity = "error";
            for (String name : child.getPropertyNames()) {
                if (name.equals("severity")) {
                    severity = child.getProperty(name);
                }
            }
            severities.put(child.getName(), severity);
        }
        for (RuleInfo rule : Rules.all()) {
            assertTrue(severities.containsKey(rule.id()), rule.id() + " is missing from " + CheckEngine.DEFAULT_RULES);
            assertEquals(rule.defaultSeverity().getName(), severities.get(rule.id()),
                    rule.id() + "'s severity in the default rules file");
        }
    }

    /** A check's own properties (its setters) are documented on its doc page. */
    @Test
    void everyPropertyIsOnTheDocPage() throws Exception {
        List<String> problems = new ArrayList<>();
        for (RuleInfo rule : Rules.all()) {
            Path doc = Expectations.projectRoot().resolve(rule.docPath());
            if (!Files.isRegularFile(doc)) {
                continue; // reported by everyRuleHasItsDocPageAndInputs
            }
            String page = Files.readString(doc, StandardCharsets.UTF_8);
            Class<?> type = Class.forName(CHECK_PACKAGE + "." + rule.id() + "Check");
            for (java.lang.reflect.Method method : type.getDeclaredMethods()) {
                String name = method.getName();
                if (name.startsWith("set") && name.length() > 3 && Modifier.isPublic(method.getModifiers())) {
                    String property = Character.toLowerCase(name.charAt(3)) + name.substring(4);
                    if (!page.contains(property)) {
                        problems.add(rule.docPath() + " does not mention the property " + property);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Each setter of a check documents itself as Checkstyle's do: "Setter to specify ...". */
    @Test
    void everyPropertySetterHasSetterJavadoc() throws IOException {
        Path sources = Expectations.projectRoot().resolve("linter-core/src/main/java/io/github/dcslint/check");
        Pattern setter = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public void (set\\w+)\\(", Pattern.DOTALL);
        Pattern anySetter = Pattern.compile("public void (set\\w+)\\(");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith("Check.java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Set<String> documented = new HashSet<>();
                Matcher m = setter.matcher(text);
                while (m.find()) {
                    if (m.group(1).contains("Setter to specify")) {
                        documented.add(m.group(2));
                    }
                }
                Matcher all = anySetter.matcher(text);
                while (all.find()) {
                    if (!documented.contains(all.group(1))) {
                        problems.add(file.getFileName() + ": " + all.group(1) + " lacks \"Setter to specify\" Javadoc");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static List<String> messageKeys(Class<?> type) throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (field.getName().startsWith("MSG_") && Modifier.isStatic(field.getModifiers())
                    && Modifier.isPublic(field.getModifiers()) && field.getType() == String.class) {
                keys.add((String) field.get(null));
            }
        }
        return keys;
    }

    private static List<String> checkClassIds() throws IOException {
        Path sources = Expectations.projectRoot().resolve("linter-core/src/main/java/io/github/dcslint/check");
        try (Stream<Path> files = Files.list(sources)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith("Check.java") && !n.startsWith("Abstract"))
                    .map(n -> n.substring(0, n.length() - "Check.java".length()))
                    .toList();
        }
    }
}
