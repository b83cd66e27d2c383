package io.github.dcslint.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.check.CheckEngine;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.report.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fuzz target for the checks: one document (RST when the first byte is even, Markdown when odd),
 * parsed and checked by every rule of the default rules file, as a run does. Whatever the tables
 * hold, no check may throw (the engine would turn it into an "internal error" finding, which
 * fails here), and every finding must point inside the document. Seeds:
 * {@code PipelineFuzzTestInputs/defaultRules/}.
 */
class PipelineFuzzTest {

    private static final long MAX_MILLIS_PER_INPUT = 10_000;
    private static final Path ROOT;
    private static final CheckEngine ENGINE;
    private static final DocumentParser PARSER;

    static {
        try {
            ROOT = Files.createTempDirectory("dcs-fuzz").toRealPath();
            ENGINE = CheckEngine.load(CheckEngine.DEFAULT_RULES, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DcsConfigurationException e) {
            throw new IllegalStateException(e);
        }
        PARSER = new DocumentParser(ParseOptions.forRoot(ROOT));
    }

    @FuzzTest(maxDuration = "30s")
    void defaultRules(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        DocumentFormat format = (input[0] & 1) == 0 ? DocumentFormat.RST : DocumentFormat.MARKDOWN;
        byte[] content = Arrays.copyOfRange(input, 1, input.length);
        // Checkstyle reads the file itself: the document must be on disk, under the root
        Path file = Files.write(ROOT.resolve(format == DocumentFormat.RST ? "fuzz.rst" : "fuzz.md"), content);
        long start = System.nanoTime();
        ParsedDocument document = PARSER.parse(file);
        List<Finding> findings = ENGINE.run(Workspace.build(List.of(ROOT), List.of(document)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > MAX_MILLIS_PER_INPUT) {
            throw new AssertionError("checking " + content.length + " bytes took " + millis + " ms");
        }
        DocumentInvariants invariants = DocumentInvariants.of(new String(content, StandardCharsets.UTF_8)
                .replaceFirst("^\uFEFF", ""));
        for (Finding finding : findings) {
            if (finding.message().startsWith("internal error")) {
                throw new AssertionError(format + ": " + finding.message());
            }
            if (finding.severity() == null || finding.ruleId() == null || finding.message().isBlank()) {
                throw new AssertionError("incomplete finding " + finding);
            }
            invariants.checkPosition("finding " + finding, finding.line(), finding.column());
        }
        Files.delete(file);
    }
}
