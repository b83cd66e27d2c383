package io.github.dcslint.run;

import io.github.dcslint.cache.DocumentCache;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.report.ConsoleReport;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DcsRunnerTest {

    @TempDir
    Path temp;

    /** The sample docs' findings, as testdata/sample-docs/expected-output.txt lists them by hand. */
    @Test
    void sampleDocsGiveTheHandWrittenConsoleOutput() throws Exception {
        Path root = Expectations.projectRoot();
        DcsRequest request = DcsRequest.builder(root).sourceRoot(Path.of("testdata/sample-docs")).build();
        DcsResult result = new DcsRunner().check(request);
        List<String> expected = Files.readAllLines(
                Expectations.testdata().resolve("sample-docs/expected-output.txt"), StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", new ConsoleReport(root).lines(result)));
    }

    @Test
    void reportsAreWrittenIntoTheOutputDirectoryAndNoTemporaryFileIsLeft() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("index.md"), "# Errors\n\n| Status Code | Name |\n|---|---|\n| 404 | Not found |\n");
        DcsRequest request = DcsRequest.builder(temp).sourceRoot(Path.of("docs"))
                .outputDirectory(Path.of("out")).formats(List.of(ReportFormat.PLAIN)).build();
        DcsResult result = new DcsRunner().run(request);
        assertEquals(Map.of(ReportFormat.XML, temp.resolve("out/dcs-result.xml"),
                ReportFormat.SARIF, temp.resolve("out/dcs-result.sarif"),
                ReportFormat.PLAIN, temp.resolve("out/dcs-result.txt")), result.reports());
        try (var listing = Files.list(temp.resolve("out"))) {
            assertEquals(3, listing.count());
        }
        String plain = Files.readString(temp.resolve("out/dcs-result.txt"));
        assertTrue(plain.startsWith("docs/index.md:5:9: error: Status 404 is named \"Not found\""), plain);
    }

    @Test
    void everyFileIsParsedOnceAndDocumentsKeepScanOrderWhateverTheThreads() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = String.format("p%02d.md", i);
            Files.writeString(temp.resolve(name), "# Page " + i + "\n");
            files.add(new SourceFile(temp, temp.resolve(name), name));
        }
        List<ParsedDocument> documents = DcsRunner.parseAll(files, 4);
        assertEquals(files.stream().map(SourceFile::path).toList(),
                documents.stream().map(ParsedDocument::path).toList());
    }

    @Test
    void aFileThatCannotBeDecodedBecomesAFindingAndTheRunGoesOn() throws Exception {
        Files.write(temp.resolve("broken.rst"), new byte[] {'a', '\n', (byte) 0xC3, '(', '\n'});
        Files.writeString(temp.resolve("good.md"), "| Status Code | Name |\n|---|---|\n| 404 | Not found |\n");
        DcsResult result = new DcsRunner().check(DcsRequest.builder(temp).build());
        assertEquals(2, result.files().size());
        assertEquals(List.of("broken.rst:2:1:MalformedTable", "good.md:3:9:StatusNameMismatch"),
                result.findings().stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + ":" + f.ruleId())
                        .toList());
    }

    @Test
    void relativeRulesFileIsResolvedAgainstTheBaseDirectory() {
        DcsRequest request = DcsRequest.builder(temp).rulesLocation("config/missing-rules.xml").build();
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> new DcsRunner().check(request));
        assertTrue(e.getMessage().contains(temp.resolve("config/missing-rules.xml").toString()), e.getMessage());
    }

    @Test
    void locationsWithASchemeAreKeptAsGiven() {
        assertEquals("classpath:dcs/dcs-rules.xml", DcsRunner.resolveLocation("classpath:dcs/dcs-rules.xml", temp));
        assertEquals("https://example.org/r.xml", DcsRunner.resolveLocation("https://example.org/r.xml", temp));
        assertEquals(temp.resolve("r.xml").toString(), DcsRunner.resolveLocation("./r.xml", temp));
    }

    @Test
    void exportWritesOneJsonObjectPerTableWithThePathRelativeToItsRoot() throws Exception {
        Path a = Files.createDirectories(temp.resolve("a/sub"));
        Path b = Files.createDirectories(temp.resolve("b"));
        Files.writeString(a.resolve("one.md"), "| Code | Name |\n|---|---|\n| 200 | OK |\n\ntext\n\n| x |\n|---|\n| y |\n");
        Files.writeString(b.resolve("two.md"), "# T\n\n| Status Code | Description |\n|---|---|\n| 404 | Gone |\n");
        DcsRequest request = DcsRequest.builder(temp).sourceRoot(Path.of("a")).sourceRoot(Path.of("b")).build();
        TablesExport export = new DcsRunner().exportTables(request);
        assertEquals(temp.resolve("target/dcs/tables.jsonl"), export.tablesFile());
        List<String> lines = Files.readAllLines(export.tablesFile());
        assertEquals(3, lines.size());
        assertEquals(3, export.tables());
        ObjectMapper json = new ObjectMapper();
        List<String> where = new ArrayList<>();
        for (String line : lines) {
            JsonNode table = json.readTree(line);
            where.add(table.get("file").asText() + ":" + table.get("line").asInt());
        }
        assertEquals(List.of("sub/one.md:1", "sub/one.md:7", "two.md:3"), where);
        assertTrue(Files.exists(export.problemsFile()));
    }

    @Test
    void catalogsReachTheChecksLayeredOverTheShippedOnes() throws Exception {
        Files.copy(Expectations.testdata().resolve("config/unknown-status-code-with-catalogs.xml"),
                temp.resolve("rules.xml"));
        Files.writeString(temp.resolve("org.csv"), "Code,Name\n494,Request Header Too Large\n");
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("p.md"), "| Status Code | Description |\n|---|---|\n| 494 | x |\n| 509 | y |\n");
        DcsRequest.Builder request = DcsRequest.builder(temp).sourceRoot(Path.of("docs")).rulesLocation("rules.xml");

        List<String> unknownWithoutCatalog = new DcsRunner().check(request.build()).findings().stream()
                .map(f -> f.line() + ":" + f.ruleId()).toList();
        assertEquals(List.of("3:UnknownStatusCode", "4:UnknownStatusCode"), unknownWithoutCatalog);

        DcsRequest withCatalog = request.catalogs(List.of("org.csv")).build();
        assertEquals("classpath:dcs/iana-http-status-codes.csv,classpath:dcs/legacy-names.csv,"
                + temp.resolve("org.csv"), DcsRunner.catalogsProperty(withCatalog));
        List<String> unknownWithCatalog = new DcsRunner().check(withCatalog).findings().stream()
                .map(f -> f.line() + ":" + f.ruleId()).toList();
        assertEquals(List.of("4:UnknownStatusCode"), unknownWithCatalog);
    }

    @Test
    void catalogUrlsAreReadOnceAndHandedToTheChecksAsFiles() throws Exception {
        Path org = Files.writeString(temp.resolve("org.csv"), "Code,Name\n494,Request Header Too Large\n");
        Path downloads = temp.resolve("out/catalogs");
        // file: URLs are files already
        assertEquals(org.toString(), DcsRunner.localCatalog(org.toUri().toString(), downloads, 0));
        // any other URL is copied; a jar: URL stands in for https: here (no network in tests)
        Path jar = temp.resolve("catalogs.jar");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("org/codes.csv"));
            zip.write(Files.readAllBytes(org));
        }
        String copied = DcsRunner.localCatalog("jar:" + jar.toUri() + "!/org/codes.csv", downloads, 3);
        assertEquals(downloads.resolve("3-codes.csv").toString(), copied);
        assertEquals(Files.readString(org), Files.readString(Path.of(copied)));
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> DcsRunner.localCatalog("jar:" + jar.toUri() + "!/missing.csv", downloads, 4));
        assertTrue(e.getMessage().startsWith("jar:"), e.getMessage());
        assertEquals("classpath:dcs/x.csv", DcsRunner.localCatalog("classpath:dcs/x.csv", downloads, 5));
    }

    @Test
    @org.junit.jupiter.api.Timeout(30) // without the extra thread, a.md would wait forever
    void aParseThatNeverEndsCostsOneFileNotTheBuild() throws Exception {
        List<SourceFile> files = new ArrayList<>();
        for (String name : List.of("loops.md", "a.md", "b.md")) {
            files.add(new SourceFile(temp, temp.resolve(name), name));
        }
        java.util.concurrent.atomic.AtomicBoolean release = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            // one thread, and the first file spins ignoring interrupts, like a parser bug would
            List<ParsedDocument> documents = DcsRunner.parseAll(files, 1, java.time.Duration.ofMillis(300), file -> {
                if (file.path().equals("loops.md")) {
                    while (!release.get()) {
                        Thread.onSpinWait();
                    }
                }
                return new ParsedDocument(file.file(), file.path(), io.github.dcslint.model.DocumentFormat.MARKDOWN,
                        "ok", List.of(), List.of(), List.of());
            });
            assertEquals(List.of("loops.md", "a.md", "b.md"), documents.stream().map(ParsedDocument::path).toList());
            assertTrue(documents.get(0).problems().get(0).message().startsWith(
                    "reading the file took longer than 300 ms, so it is not checked"),
                    documents.get(0).problems().toString());
            assertEquals("ok", documents.get(1).title());
            assertEquals("ok", documents.get(2).title());
        } finally {
            release.set(true);
        }
    }

    private static final String RULES_DOCTYPE = "<?xml version=\"1.0\"?>\n<!DOCTYPE module PUBLIC"
            + " \"-//Checkstyle//DTD Checkstyle Configuration 1.3//EN\"\n"
            + " \"https://checkstyle.org/dtds/configuration_1_3.dtd\">\n";

    /**
     * The rules load while the files are scanned and parsed; their error is still the run's, and
     * comes first when something else is broken too (column roles, a source root).
     */
    @Test
    void brokenRulesAreTheRunsErrorWhateverElseIsBroken() throws Exception {
        Files.writeString(temp.resolve("rules.xml"), RULES_DOCTYPE
                + "<module name=\"Checker\">\n<module name=\"NoSuchRule\"/>\n</module>\n");
        Files.writeString(temp.resolve("roles.properties"), "not a role line\n");
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("p.md"), "| Status Code | Description |\n|---|---|\n| 200 | OK |\n");
        DcsRequest.Builder request = DcsRequest.builder(temp).sourceRoot(docs).rulesLocation("rules.xml");
        for (DcsRequest broken : List.of(request.build(), request.columnRoles("roles.properties").build(),
                DcsRequest.builder(temp).sourceRoot(temp.resolve("no-such-folder")).rulesLocation("rules.xml").build())) {
            for (DocumentCache cache : List.of(DocumentCache.none(), DocumentCache.open(temp.resolve("cache")))) {
                io.github.dcslint.DcsConfigurationException e = org.junit.jupiter.api.Assertions.assertThrows(
                        io.github.dcslint.DcsConfigurationException.class, () -> new DcsRunner(cache).check(broken));
                assertTrue(e.getMessage().contains("rules.xml:5: unknown module \"NoSuchRule\""), e.getMessage());
            }
        }
        // with the rules mended, the column roles' error is the run's
        Files.writeString(temp.resolve("rules.xml"), RULES_DOCTYPE
                + "<module name=\"Checker\">\n<module name=\"InvalidStatusCode\"/>\n</module>\n");
        io.github.dcslint.DcsConfigurationException roles = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.dcslint.DcsConfigurationException.class,
                () -> new DcsRunner().check(request.columnRoles("roles.properties").build()));
        assertTrue(roles.getMessage().contains("roles.properties"), roles.getMessage());
    }
}
