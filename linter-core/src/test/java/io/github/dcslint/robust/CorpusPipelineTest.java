package io.github.dcslint.robust;

import io.github.dcslint.report.Finding;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.DcsRunner;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline (scan, parse, checks, reports in memory) over every real document in
 * ../shared/corpus: no exception, no finding from a safety net, every finding inside its file,
 * and no {@code MalformedTable} on the OTC files, which docutils 0.19 parses without a single
 * warning (checked with {@code rst_tables.py --messages --report-level warning}: 0 messages for
 * 535 files). Bounded in time, so a slow path in any stage shows here.
 */
class CorpusPipelineTest {

    private static final long TIME_BOUND_MILLIS = 30_000;
    private static final Path CORPUS = Expectations.shared().resolve("corpus");

    private static DcsResult result;
    private static long millis;

    @BeforeAll
    static void runOverTheCorpus(@TempDir Path output) throws Exception {
        DcsRequest request = DcsRequest.builder(CORPUS)
                .sourceRoot(Path.of("otc"))
                .sourceRoot(Path.of("markdown"))
                .outputDirectory(output)
                .threads(2)
                .build();
        long start = System.nanoTime();
        result = new DcsRunner().check(request);
        millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("corpus: %d files, %d findings in %d ms; by rule: %s%n", result.files().size(),
                result.findings().size(), millis, result.findings().stream()
                        .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting())));
        result.findings().stream().filter(f -> f.ruleId().equals("MalformedTable"))
                .collect(Collectors.groupingBy(f -> f.message().replaceAll("[0-9]+", "N").replaceAll("\\s*;.*", ""),
                        TreeMap::new, Collectors.counting()))
                .forEach((message, count) -> System.out.println("  MalformedTable x" + count + ": " + message));
    }

    @Test
    void everyDocumentIsRead() throws IOException {
        long documents;
        try (var files = Files.walk(CORPUS)) {
            documents = files.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rst") || n.endsWith(".md"))
                    .count();
        }
        assertEquals(documents, result.files().size(), "files checked");
        assertEquals(List.of(), result.warnings(), "scan warnings");
    }

    @Test
    void inTime() {
        assertTrue(millis < TIME_BOUND_MILLIS, "the corpus took " + millis + " ms");
    }

    @Test
    void noSafetyNetFired() {
        List<Finding> internal = result.findings().stream()
                .filter(f -> f.message().startsWith("internal error") || f.message().contains("please report"))
                .toList();
        assertEquals(List.of(), internal);
    }

    @Test
    void noMalformedTableWhereDocutilsReadsEveryTable() {
        List<Finding> malformed = result.findings().stream()
                .filter(f -> f.ruleId().equals("MalformedTable"))
                .filter(f -> f.file().startsWith(CORPUS.resolve("otc")))
                .toList();
        assertEquals(List.of(), malformed);
    }

    @Test
    void everyFindingPointsInsideItsFile() throws IOException {
        Map<Path, List<Finding>> byFile = result.findings().stream().collect(Collectors.groupingBy(Finding::file));
        for (Map.Entry<Path, List<Finding>> entry : byFile.entrySet()) {
            String[] lines = Files.readString(entry.getKey(), StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
            for (Finding finding : entry.getValue()) {
                assertTrue(finding.line() >= 1 && finding.line() <= lines.length, finding.toString());
                String line = lines[finding.line() - 1];
                int width = line.codePointCount(0, line.length()) + 8 * (int) line.chars().filter(c -> c == '\t').count();
                assertTrue(finding.column() >= 1 && finding.column() <= width + 1, finding.toString());
            }
        }
    }
}
