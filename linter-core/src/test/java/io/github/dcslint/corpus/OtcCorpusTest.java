package io.github.dcslint.corpus;

import io.github.dcslint.check.CheckEngine;
import io.github.dcslint.facts.DocSet;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.report.Finding;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default rules over the real OTC corpus ({@code ../shared/corpus/otc}, six doc sets in one
 * folder): every finding of {@code testdata/corpus/otc-expected.txt} (written by reading the
 * documents) must be reported, and each doc set is checked against its own appendix only.
 * Prints the totals per rule.
 */
class OtcCorpusTest {

    private static final Pattern EXPECTED = Pattern.compile("^(\\w+)\\s+(\\S+):(\\d+):(\\d+)\\s+\"(.*)\"\\s*$");

    private static Path otc;
    private static Workspace workspace;
    private static List<Finding> findings;

    @BeforeAll
    static void runDefaultRulesOverTheCorpus() throws Exception {
        otc = Expectations.shared().resolve("corpus/otc");
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(otc));
        List<ParsedDocument> documents;
        try (Stream<Path> files = Files.walk(otc)) {
            documents = files.filter(Files::isRegularFile)
                    .filter(p -> DocumentFormat.forFileName(p.getFileName().toString()) != null)
                    .sorted().map(parser::parse).toList();
        }
        long start = System.nanoTime();
        workspace = Workspace.build(List.of(otc), documents);
        findings = CheckEngine.load(CheckEngine.DEFAULT_RULES, Map.of()).run(workspace);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> totals = new TreeMap<>(findings.stream()
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
        System.out.println("OTC corpus: " + documents.size() + " documents, " + workspace.docSets().size()
                + " doc sets, " + findings.size() + " findings in " + millis + " ms (facts + checks)");
        totals.forEach((rule, count) -> System.out.println("  " + rule + ": " + count));
    }

    private record ExpectedFinding(String rule, String path, int line, int column, String fragment) {
        boolean matches(Finding f) {
            return f.ruleId().equals(rule) && f.path().equals(path) && f.line() == line && f.column() == column
                    && f.message().contains(fragment);
        }

        @Override
        public String toString() {
            return rule + " " + path + ":" + line + ":" + column + " \"" + fragment + "\"";
        }
    }

    private static List<ExpectedFinding> expected() throws IOException {
        Path file = Expectations.testdata().resolve("corpus/otc-expected.txt");
        assertTrue(Files.isRegularFile(file), file + " is missing: the expected corpus findings (wt-rules) must be there");
        List<ExpectedFinding> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            Matcher m = EXPECTED.matcher(line);
            assertTrue(m.matches(), file + ":" + n + ": not RuleId PATH:LINE:COL \"fragment\": " + line);
            out.add(new ExpectedFinding(m.group(1), m.group(2), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), m.group(5)));
        }
        return out;
    }

    @Test
    void everyExpectedFindingIsReported() throws IOException {
        List<ExpectedFinding> expected = expected();
        List<ExpectedFinding> missing = expected.stream().filter(e -> findings.stream().noneMatch(e::matches)).toList();
        List<Finding> unexpected = findings.stream().filter(f -> expected.stream().noneMatch(e -> e.matches(f)))
                .toList();
        System.out.println("OTC corpus: " + (expected.size() - missing.size()) + " of " + expected.size()
                + " expected findings reported; " + unexpected.size() + " findings not in the expectations");
        unexpected.stream().limit(40).forEach(f -> System.out.println("  not expected: " + f.ruleId() + " "
                + f.path() + ":" + f.line() + ":" + f.column() + " " + f.message()));
        assertEquals(List.of(), missing.stream().map(ExpectedFinding::toString).toList(),
                "expected findings that were not reported");
    }

    @Test
    void noInternalErrors() {
        assertEquals(List.of(), findings.stream().filter(f -> f.ruleId().equals("InternalError"))
                .map(f -> f.path() + ": " + f.message()).toList());
    }

    @Test
    void sixDocSetsEachWithItsOwnAppendix() {
        Set<String> roots = new TreeSet<>();
        for (DocSet docSet : workspace.docSets()) {
            if (docSet.documents().stream().allMatch(d -> workspace.statusTables(d).isEmpty())) {
                continue; // SOURCES.md at the corpus root: a Markdown doc set with no status table
            }
            roots.add(otc.relativize(docSet.root()).toString().replace('\\', '/'));
            assertTrue(docSet.hasAppendix(), docSet + " has no appendix");
        }
        assertEquals(Set.of("distributed-cache-service/api-ref/source", "document-database-service/api-ref/source",
                "domain-name-service/api-ref/source", "key-management-service/api-ref/source",
                "nat-gateway/api-ref/source", "virtual-private-network/api-ref/source"), roots);
    }

    /** KMS's small appendix: the codes reported missing are exactly those its pages use and it lacks. */
    @Test
    void kmsMissingCodesAreTheUnlistedUses() {
        DocSet kms = workspace.docSets().stream()
                .filter(d -> d.root().toString().contains("key-management-service")).findFirst().orElseThrow();
        Set<String> missing = new TreeSet<>();
        for (Finding f : findings) {
            if (f.ruleId().equals("MissingStatusCode") && f.path().startsWith("key-management-service/")) {
                Matcher m = Pattern.compile("status (\\d{3})").matcher(f.message());
                assertTrue(m.find(), f.message());
                missing.add(m.group(1));
            }
        }
        Set<String> unlisted = new TreeSet<>();
        kms.unlistedUses().keySet().forEach(code -> unlisted.add(String.valueOf(code)));
        assertFalse(unlisted.isEmpty(), "KMS pages use codes its appendix lacks");
        assertEquals(unlisted, missing);
    }

    /** DNS writes code and name in one cell: "500 internal Server Error", "413 Payload Too Large". */
    @Test
    void dnsCodeAndNameCells() {
        List<String> dns = findings.stream()
                .filter(f -> f.path().equals("domain-name-service/api-ref/source/appendix/status_code.rst"))
                .map(f -> f.ruleId() + " " + f.message()).toList();
        assertTrue(dns.stream().anyMatch(s -> s.startsWith("StatusNameMismatch Status 500 is named \"internal Server Error\"")),
                dns.toString());
        assertTrue(dns.stream().anyMatch(s -> s.startsWith("LegacyStatusName Status 413 is named \"Payload Too Large\"")),
                dns.toString());
    }
}
