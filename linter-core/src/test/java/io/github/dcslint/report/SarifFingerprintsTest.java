package io.github.dcslint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.SourceFile;
import io.github.dcslint.testing.Expectations;
import io.github.dcslint.testing.HandWrittenFindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifFingerprintsTest {

    private static final Path INPUTS = Expectations.testdata().resolve("review/baseline");

    @TempDir
    Path root;

    /** The SARIF of a run over {@code input} placed at errors.md: fingerprint by message. */
    private Map<String, String> fingerprintsOf(String input, boolean parsedByRunner) throws Exception {
        Path file = Files.copy(INPUTS.resolve(input), root.resolve("errors.md"), StandardCopyOption.REPLACE_EXISTING);
        List<Finding> findings = HandWrittenFindings.of(file, "errors.md");
        DcsResult result = new DcsResult(List.of(root), List.of(new SourceFile(root, file, "errors.md")), findings,
                List.of(), Map.of());
        SarifReport report = parsedByRunner
                ? new SarifReport(FindingContexts.of(List.of(new DocumentParser(ParseOptions.forRoot(root)).parse(file))))
                : new SarifReport();
        StringWriter out = new StringWriter();
        report.write(result, out);
        Map<String, String> byMessage = new HashMap<>();
        for (JsonNode r : new ObjectMapper().readTree(out.toString()).path("runs").path(0).path("results")) {
            byMessage.put(r.path("message").path("text").asText(),
                    r.path("partialFingerprints").path(SarifFingerprints.NAME).asText());
        }
        return byMessage;
    }

    @Test
    void fingerprintSurvivesLinesShiftingAndANewFindingGetsItsOwn() throws Exception {
        Map<String, String> before = fingerprintsOf("errors.md", true);
        Map<String, String> after = fingerprintsOf("errors-edited.md", true);

        assertTrue(before.get("Not found").matches("[0-9a-f]{64}:0"), before.get("Not found"));
        assertEquals(before.get("Not found"), after.get("Not found"));
        assertEquals(before.get("4O5"), after.get("4O5"));
        assertNotEquals(after.get("Gone away"), after.get("Not found"));
        assertEquals(3, after.size());
    }

    @Test
    void sameWithOrWithoutTheRunnersDocuments() throws Exception {
        assertEquals(fingerprintsOf("errors.md", true), fingerprintsOf("errors.md", false));
    }

    @Test
    void equalKeysAreToldApartByOccurrenceIndex() throws Exception {
        Path file = Files.copy(INPUTS.resolve("errors.md"), root.resolve("errors.md"));
        Finding notFound = HandWrittenFindings.of(file, "errors.md").stream()
                .filter(f -> f.message().equals("Not found")).findFirst().orElseThrow();
        List<Finding> twice = new ArrayList<>(List.of(notFound, notFound));
        SarifFingerprints fingerprints = new SarifFingerprints(twice, FindingContexts.of(List.of()));
        assertTrue(fingerprints.of(0).endsWith(":0"), fingerprints.of(0));
        assertTrue(fingerprints.of(1).endsWith(":1"), fingerprints.of(1));
        assertEquals(fingerprints.of(0).split(":")[0], fingerprints.of(1).split(":")[0]);
    }
}
