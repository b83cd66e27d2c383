package io.github.dcslint.corpus;

import io.github.dcslint.facts.DocSet;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.report.Finding;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static Path otc;
    private static Workspace workspace;
    private static List<Finding> findings;
    private static CorpusFindings run;

    @BeforeAll
    static void runDefaultRulesOverTheCorpus() throws Exception {
        otc = Expectations.shared().resolve("corpus/otc");
        run = CorpusFindings.run("OTC corpus", otc);
        workspace = run.workspace;
        findings = run.findings;
    }

    @Test
    void everyExpectedFindingIsReported() throws IOException {
        run.assertExpectedReported("OTC corpus", Expectations.testdata().resolve("corpus/otc-expected.txt"));
    }

    @Test
    void noInternalErrors() {
        run.assertNoInternalErrors();
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
