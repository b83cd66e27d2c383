package io.github.dcslint.corpus;

import io.github.dcslint.check.CheckEngine;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.report.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The default rules over a corpus folder (its own source root), and its expected findings. */
final class CorpusFindings {

    private static final Pattern EXPECTED = Pattern.compile("^(\\w+)\\s+(\\S+):(\\d+):(\\d+)\\s+\"(.*)\"\\s*$");

    final Workspace workspace;
    final List<Finding> findings;

    private CorpusFindings(Workspace workspace, List<Finding> findings) {
        this.workspace = workspace;
        this.findings = findings;
    }

    /** Parses every document under {@code root} once, builds the facts, runs the default rules. */
    static CorpusFindings run(String name, Path root) throws Exception {
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(root));
        long parseStart = System.nanoTime();
        List<ParsedDocument> documents;
        try (Stream<Path> files = Files.walk(root)) {
            documents = files.filter(Files::isRegularFile)
                    .filter(p -> DocumentFormat.forFileName(p.getFileName().toString()) != null)
                    .sorted().map(parser::parse).toList();
        }
        long parseMillis = (System.nanoTime() - parseStart) / 1_000_000;
        long start = System.nanoTime();
        Workspace workspace = Workspace.build(List.of(root), documents);
        long factsMillis = (System.nanoTime() - start) / 1_000_000;
        List<Finding> findings = CheckEngine.load(CheckEngine.DEFAULT_RULES, Map.of()).run(workspace);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> totals = new TreeMap<>(findings.stream()
                .collect(Collectors.groupingBy(Finding::ruleId, Collectors.counting())));
        System.out.println(name + ": " + documents.size() + " documents, " + workspace.docSets().size()
                + " doc sets, " + findings.size() + " findings; parsing " + parseMillis + " ms, facts " + factsMillis
                + " ms, facts and checks " + millis + " ms");
        totals.forEach((rule, count) -> System.out.println("  " + rule + ": " + count));
        return new CorpusFindings(workspace, findings);
    }

    record ExpectedFinding(String rule, String path, int line, int column, String fragment) {
        boolean matches(Finding f) {
            return f.ruleId().equals(rule) && f.path().equals(path) && f.line() == line && f.column() == column
                    && f.message().contains(fragment);
        }

        @Override
        public String toString() {
            return rule + " " + path + ":" + line + ":" + column + " \"" + fragment + "\"";
        }
    }

    static List<ExpectedFinding> expected(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " is missing: the expected corpus findings must be there");
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

    /** Every expected finding is reported; prints how many reported findings were not expected. */
    void assertExpectedReported(String name, Path expectedFile) throws IOException {
        List<ExpectedFinding> expected = expected(expectedFile);
        List<ExpectedFinding> missing = expected.stream().filter(e -> findings.stream().noneMatch(e::matches)).toList();
        List<Finding> unexpected = findings.stream().filter(f -> expected.stream().noneMatch(e -> e.matches(f)))
                .toList();
        System.out.println(name + ": " + (expected.size() - missing.size()) + " of " + expected.size()
                + " expected findings reported; " + unexpected.size() + " findings not in the expectations");
        unexpected.stream().limit(40).forEach(f -> System.out.println("  not expected: " + f.ruleId() + " "
                + f.path() + ":" + f.line() + ":" + f.column() + " " + f.message()));
        assertEquals(List.of(), missing.stream().map(ExpectedFinding::toString).toList(),
                "expected findings that were not reported");
    }

    void assertNoInternalErrors() {
        assertEquals(List.of(), findings.stream().filter(f -> f.ruleId().equals("InternalError"))
                .map(f -> f.path() + ": " + f.message()).toList());
    }
}
