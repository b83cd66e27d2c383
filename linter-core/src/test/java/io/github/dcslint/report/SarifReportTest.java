package io.github.dcslint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.dcslint.check.RuleInfo;
import io.github.dcslint.check.Rules;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.DcsRunner;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    private static String write(DcsResult result) throws Exception {
        StringWriter out = new StringWriter();
        new SarifReport().write(result, out);
        return out.toString();
    }

    /**
     * Errors of {@code sarif} against the published SARIF 2.1.0 schema: OASIS's
     * {@code sarif-schema-2.1.0.json} (errata01), copied from ../shared/schemas into
     * testdata/schemas so the test needs no network and no corpus.
     */
    static List<Error> schemaErrors(String sarif) throws Exception {
        Path schemaFile = Expectations.testdata().resolve("schemas/sarif-schema-2.1.0.json");
        try (InputStream in = Files.newInputStream(schemaFile)) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
            return schema.validate(sarif, InputFormat.JSON);
        }
    }

    @Test
    void reportIsValidSarif210() throws Exception {
        String sarif = write(ReportFixtures.twoRoots(base));
        assertEquals(List.of(), schemaErrors(sarif));
    }

    @Test
    void schemaCheckCatchesABrokenReport() throws Exception {
        // the validation above is only worth something if it can fail
        String broken = write(ReportFixtures.twoRoots(base)).replace("\"startLine\"", "\"startLineNumber\"");
        assertFalse(schemaErrors(broken).isEmpty());
    }

    @Test
    void resultsPointAtTheCellRelativeToTheirSourceRoot() throws Exception {
        JsonNode run = new ObjectMapper().readTree(write(ReportFixtures.twoRoots(base))).get("runs").get(0);
        JsonNode results = run.get("results");
        assertEquals(4, results.size());
        JsonNode first = results.get(0);
        assertEquals("UnknownStatusCode", first.get("ruleId").asText());
        assertEquals("error", first.get("level").asText());
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertEquals("api/create.rst", location.get("artifactLocation").get("uri").asText());
        assertEquals("SRCROOT", location.get("artifactLocation").get("uriBaseId").asText());
        assertEquals(12, location.get("region").get("startLine").asInt());
        assertEquals(5, location.get("region").get("startColumn").asInt());

        JsonNode md = results.get(3).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertEquals("users.md", md.get("uri").asText());
        assertEquals("SRCROOT2", md.get("uriBaseId").asText());
        assertEquals("note", results.get(3).get("level").asText());

        // a consumer resolving uri against its base gets the file back
        URI root2 = URI.create(run.get("originalUriBaseIds").get("SRCROOT2").get("uri").asText());
        assertEquals(base.resolve("api-md/users.md"), Path.of(root2.resolve("users.md")));
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        assertEquals("skipped symbolic link x: it loops", run.get("invocations").get(0)
                .get("toolExecutionNotifications").get(0).get("message").get("text").asText());
    }

    @Test
    void everyRegisteredRuleIsDescribedAndEveryResultPointsAtItsRule() throws Exception {
        JsonNode driver = new ObjectMapper().readTree(write(ReportFixtures.twoRoots(base)))
                .get("runs").get(0).get("tool").get("driver");
        JsonNode rules = driver.get("rules");
        Set<String> described = new HashSet<>();
        for (JsonNode rule : rules) {
            described.add(rule.get("id").asText());
            assertFalse(rule.get("shortDescription").get("text").asText().isBlank(), rule.toString());
        }
        for (RuleInfo rule : Rules.all()) {
            assertTrue(described.contains(rule.id()), "rule " + rule.id() + " missing from tool.driver.rules");
            JsonNode node = rules.get(indexOf(rules, rule.id()));
            assertEquals(rule.summary(), node.get("shortDescription").get("text").asText());
            assertTrue(node.get("help").get("text").asText().contains(rule.docPath()), node.toString());
        }
        JsonNode results = new ObjectMapper().readTree(write(ReportFixtures.twoRoots(base)))
                .get("runs").get(0).get("results");
        for (JsonNode result : results) {
            assertEquals(result.get("ruleId").asText(),
                    rules.get(result.get("ruleIndex").asInt()).get("id").asText());
        }
    }

    private static int indexOf(JsonNode rules, String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void pathsBecomeRelativeUriReferences() {
        assertEquals("api/create.rst", SarifReport.relativeUri("api/create.rst"));
        assertEquals("my%20docs/st%C3%A4tus.rst", SarifReport.relativeUri("my docs/stätus.rst"));
        assertEquals("./a:b/c.rst", SarifReport.relativeUri("a:b/c.rst"));
        assertEquals("100%25.md", SarifReport.relativeUri("100%.md"));
    }

    /** Paths kept as they are come out as the URI encoding would make them. */
    @Test
    void plainPathsAreTheirOwnUri() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "ab/.-_~09AZ :%?#é[]@!$&'()*+,;=\\\u00a0";
        int kept = 0;
        for (int i = 0; i < 20000; i++) {
            StringBuilder path = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                path.append(alphabet.charAt(random.nextInt(i % 2 == 0 ? 11 : alphabet.length())));
            }
            String p = path.toString();
            if (p.startsWith("/")) {
                continue; // the scan's paths are relative
            }
            String encoded;
            try {
                encoded = SarifReport.encodedUri(p);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (SarifReport.relativeUri(p).equals(p)) {
                kept++;
            }
            assertEquals(encoded, SarifReport.relativeUri(p), p);
        }
        assertTrue(kept > 5000, "plain paths must be among the cases: " + kept);
    }

    @Test
    void everyResultHasAStableFingerprintAndStillValidates() throws Exception {
        // dcs-review: partialFingerprints (SarifFingerprints) must keep the report schema-valid
        String sarif = write(ReportFixtures.twoRoots(base));
        assertEquals(List.of(), schemaErrors(sarif));
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode result : new ObjectMapper().readTree(sarif).get("runs").get(0).get("results")) {
            String fingerprint = result.path("partialFingerprints").path(SarifFingerprints.NAME).asText();
            assertTrue(fingerprint.matches("[0-9a-f]{64}:\\d+"), result.toString());
            fingerprints.add(fingerprint);
        }
        assertEquals(4, fingerprints.size());
        String broken = sarif.replaceFirst("\"partialFingerprints\" : \\{", "\"partialFingerprints\" : [ {")
                .replaceFirst("(\"dcsFindingKey/v1\" : \"[0-9a-f:]+\")\\s*}", "$1 } ]");
        assertFalse(schemaErrors(broken).isEmpty(), "the schema checks partialFingerprints' type");
    }

    @Test
    void emptyRunIsStillValid() throws Exception {
        DcsResult empty = new DcsResult(List.of(base), List.of(), List.of(), List.of(), Map.of());
        assertEquals(List.of(), schemaErrors(write(empty)));
    }

    @Test
    void reportOfARealRunOnTheSampleDocsIsValidSarif() throws Exception {
        Path root = Expectations.projectRoot();
        DcsResult result = new DcsRunner().check(
                DcsRequest.builder(root).sourceRoot(Path.of("testdata/sample-docs")).build());
        String sarif = write(result);
        assertEquals(List.of(), schemaErrors(sarif));
        JsonNode results = new ObjectMapper().readTree(sarif).get("runs").get(0).get("results");
        assertEquals(result.findings().size(), results.size());
        assertTrue(results.size() > 0, "the sample docs have known defects");
    }
}
