package io.github.dcslint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parsing and exit codes of {@code dcs}, run in this JVM on small docs trees written by each test. */
class DcsCliTest {

    @TempDir
    Path temp;

    private record Outcome(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private Outcome dcs(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DcsCli.execute(temp, new PrintWriter(out), new PrintWriter(err), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private void write(String path, String text) throws Exception {
        Path file = temp.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A Markdown page whose one status row has the name {@code name}. */
    private static String page(String name) {
        return "# Errors\n\n| Status Code | Name |\n|---|---|\n| 404 | " + name + " |\n";
    }

    @Test
    void cleanDocsExitZeroAndTheReportsAreWritten() throws Exception {
        write("docs/errors.md", page("Not Found"));
        Outcome run = dcs("verify", "docs");
        assertEquals(DcsCli.EXIT_OK, run.code(), run.err());
        assertEquals("dcs checked 1 file: 0 errors, 0 warnings, 0 info", run.outLines().get(0));
        assertTrue(Files.isRegularFile(temp.resolve("target/dcs/dcs-result.xml")));
        assertTrue(Files.isRegularFile(temp.resolve("target/dcs/dcs-result.sarif")));
    }

    @Test
    void aFindingExitsOneWithItsLineAndWhatToRunNext() throws Exception {
        write("docs/errors.md", page("Not found"));
        Outcome run = dcs("verify", "docs");
        assertEquals(DcsCli.EXIT_FINDINGS, run.code());
        assertTrue(run.outLines().get(0).startsWith("docs/errors.md:5:9: error: Status 404 is named \"Not found\""),
                run.out());
        assertTrue(run.err().contains("--no-fail-on-violation"), run.err());
    }

    @Test
    void noFailOnViolationReportsButExitsZero() throws Exception {
        write("docs/errors.md", page("Not found"));
        Outcome run = dcs("verify", "--no-fail-on-violation", "docs");
        assertEquals(DcsCli.EXIT_OK, run.code());
        assertTrue(run.out().contains("[StatusNameMismatch]"), run.out());
    }

    /** 413 "Request Entity Too Large" is a LegacyStatusName warning: below the default threshold. */
    @Test
    void theThresholdDecidesWhetherAWarningFails() throws Exception {
        write("docs/errors.md", "# Errors\n\n| Status Code | Name |\n|---|---|\n| 413 | Request Entity Too Large |\n");
        assertEquals(DcsCli.EXIT_OK, dcs("verify", "docs").code());
        Outcome strict = dcs("verify", "--violation-severity=WARNING", "docs");
        assertEquals(DcsCli.EXIT_FINDINGS, strict.code(), strict.out());
        assertTrue(strict.err().contains("of severity warning or above"), strict.err());
    }

    @Test
    void aFileOverMaxFileBytesIsOneMalformedTableFinding() throws Exception {
        write("docs/errors.md", page("Not Found"));
        Outcome limited = dcs("verify", "--max-file-bytes=10", "--no-cache", "docs");
        assertEquals(DcsCli.EXIT_FINDINGS, limited.code(), limited.out());
        assertTrue(limited.outLines().get(0).startsWith("docs/errors.md:1:1: error: file is"), limited.out());
        assertTrue(limited.out().contains("[MalformedTable]"), limited.out());
        assertEquals(DcsCli.EXIT_OK, dcs("verify", "--no-cache", "docs").code());
    }

    @Test
    void withoutPathTheCurrentDirectoryIsChecked() throws Exception {
        write("a/errors.md", page("Not found"));
        Outcome run = dcs("verify");
        assertEquals(DcsCli.EXIT_FINDINGS, run.code());
        assertTrue(run.out().startsWith("a/errors.md:5:9: "), run.out());
    }

    @Test
    void theSecondRunReadsTheCacheAndPrintsTheSameLines() throws Exception {
        write("docs/errors.md", page("Not found"));
        write("docs/more.md", page("Not Found"));
        Outcome first = dcs("verify", "docs");
        assertTrue(Files.isDirectory(temp.resolve(CacheOptions.DEFAULT_DIRECTORY)));
        Outcome second = dcs("verify", "docs");
        assertEquals(first, second);
        Outcome elsewhere = dcs("verify", "--cache-dir=build/c", "docs");
        assertEquals(first, elsewhere);
        assertTrue(Files.isDirectory(temp.resolve("build/c")));
    }

    @Test
    void noCacheWritesNoCache() throws Exception {
        write("docs/errors.md", page("Not Found"));
        assertEquals(DcsCli.EXIT_OK, dcs("verify", "--no-cache", "docs").code());
        assertFalse(Files.exists(temp.resolve(CacheOptions.DEFAULT_DIRECTORY)));
    }

    @Test
    void optionsMapToTheRequestAsTheMavenParametersDo() throws Exception {
        write("docs/errors.md", page("Not found"));
        write("docs/skipped/errors.md", page("Not found"));
        write("docs/notes.txt", "not a document");
        Outcome run = dcs("verify", "--exclude=skipped", "--include=**/*.md", "-o", "reports", "--formats=plain",
                "docs");
        assertEquals(DcsCli.EXIT_FINDINGS, run.code());
        assertEquals(List.of("docs/errors.md"), run.outLines().stream().filter(l -> l.contains(": error: "))
                .map(l -> l.substring(0, l.indexOf(':'))).toList());
        assertTrue(Files.isRegularFile(temp.resolve("reports/dcs-result.txt")));
        assertTrue(Files.isRegularFile(temp.resolve("reports/dcs-result.sarif")), "always written");
    }

    /** The shipped rules file does not read ${dcs.catalogs}; a custom one does (docs/catalogs.md). */
    @Test
    void catalogsReachACustomRulesFile() throws Exception {
        Files.copy(Path.of(System.getProperty("dcs.projectRoot"), "testdata/config/unknown-status-code-with-catalogs.xml"),
                temp.resolve("rules.xml"));
        write("org.csv", "Code,Name\n494,Request Header Too Large\n");
        write("docs/p.md", "| Status Code | Description |\n|---|---|\n| 494 | x |\n");
        Outcome without = dcs("verify", "--rules=rules.xml", "docs");
        assertEquals(DcsCli.EXIT_FINDINGS, without.code(), without.out() + without.err());
        assertTrue(without.out().contains("[UnknownStatusCode]"), without.out());
        Outcome with = dcs("verify", "--rules=rules.xml", "--catalogs=org.csv", "docs");
        assertEquals(DcsCli.EXIT_OK, with.code(), with.out() + with.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Outcome run = dcs("verify", "--frobnicate");
        assertEquals(DcsCli.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void badSeverityIsAUsageErrorNamingTheValidOnes() {
        Outcome run = dcs("verify", "--violation-severity=fatal");
        assertEquals(DcsCli.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("\"fatal\" is not one of error, warning, info"), run.err());
    }

    @Test
    void badFormatIsAUsageError() {
        Outcome run = dcs("verify", "--formats=html");
        assertEquals(DcsCli.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("unknown report format \"html\""), run.err());
    }

    @Test
    void aMissingPathIsAConfigurationError() {
        Outcome run = dcs("verify", "no-such-dir");
        assertEquals(DcsCli.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("no-such-dir does not exist"), run.err());
    }

    @Test
    void aFileAsPathIsAConfigurationError() throws Exception {
        write("page.md", page("Not Found"));
        Outcome run = dcs("verify", "page.md");
        assertEquals(DcsCli.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("is not a directory"), run.err());
    }

    @Test
    void aBrokenRulesFileIsAConfigurationErrorWithItsLine() throws Exception {
        write("docs/errors.md", page("Not Found"));
        write("rules.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE module PUBLIC\n"
                + "    \"-//Checkstyle//DTD Checkstyle Configuration 1.3//EN\"\n"
                + "    \"https://checkstyle.org/dtds/configuration_1_3.dtd\">\n"
                + "<module name=\"Checker\">\n  <module name=\"NoSuchRule\"/>\n</module>\n");
        Outcome run = dcs("verify", "--rules=rules.xml", "docs");
        assertEquals(DcsCli.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("rules.xml:6: unknown module \"NoSuchRule\""), run.err());
    }

    @Test
    void noCommandIsAUsageErrorThatSaysWhatToRun() {
        Outcome run = dcs();
        assertEquals(DcsCli.EXIT_USAGE, run.code());
        assertTrue(run.err().contains("run 'dcs verify'"), run.err());
        assertTrue(run.err().contains("Usage: dcs"), run.err());
    }

    @Test
    void helpAndVersionExitZero() {
        Outcome help = dcs("verify", "--help");
        assertEquals(DcsCli.EXIT_OK, help.code());
        assertTrue(help.out().startsWith("Usage: dcs verify"), help.out());
        assertTrue(help.out().contains("--violation-severity=LEVEL"), help.out());
        assertFalse(help.out().contains("null"), "every ${...} in a description must be escaped: " + help.out());
        Outcome version = dcs("--version");
        assertEquals(DcsCli.EXIT_OK, version.code());
        assertTrue(version.out().startsWith("dcs "), version.out());
    }

    @Test
    void aBaselineAcceptsTodaysFindingsAndVerifyFailsOnlyOnNewOnes() throws Exception {
        write("docs/errors.md", page("Not found"));
        Outcome baseline = dcs("baseline", "docs");
        assertEquals(DcsCli.EXIT_OK, baseline.code(), baseline.err());
        assertTrue(Files.isRegularFile(temp.resolve("dcs-baseline.json")));
        assertTrue(baseline.out().startsWith("dcs baseline: 1 findings of 1 files"), baseline.out());

        Outcome accepted = dcs("verify", "--baseline=dcs-baseline.json", "docs");
        assertEquals(DcsCli.EXIT_OK, accepted.code(), accepted.out() + accepted.err());
        assertFalse(accepted.out().contains("[StatusNameMismatch]"), accepted.out());

        write("docs/more.md", "# More\n\n| Status Code | Name |\n|---|---|\n| 500 | internal error |\n");
        Outcome fresh = dcs("verify", "--baseline=dcs-baseline.json", "docs");
        assertEquals(DcsCli.EXIT_FINDINGS, fresh.code(), fresh.out() + fresh.err());
        List<String> reported = fresh.outLines().stream().filter(l -> l.contains(": error: ")).toList();
        assertEquals(1, reported.size(), fresh.out());
        assertTrue(reported.get(0).startsWith("docs/more.md:5:"), reported.get(0));
    }

    @Test
    void githubFormatWritesAnnotationsToStandardOutput() throws Exception {
        write("docs/errors.md", page("Not found"));
        Outcome run = dcs("verify", "--formats=xml,github", "docs");
        assertEquals(DcsCli.EXIT_FINDINGS, run.code(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("::error ")), run.out());
    }

    @Test
    void exportTablesWritesTheTablesAndExitsZero() throws Exception {
        write("docs/errors.md", page("Not found"));
        Outcome run = dcs("export-tables", "-o", "out", "docs");
        assertEquals(DcsCli.EXIT_OK, run.code(), run.err());
        List<String> tables = Files.readAllLines(temp.resolve("out/tables.jsonl"));
        assertEquals(1, tables.size());
        assertTrue(tables.get(0).contains("\"file\":\"errors.md\""), tables.get(0));
        assertTrue(run.out().startsWith("dcs exported 1 table from 1 file"), run.out());
    }

    /** testdata/appendix-option: its appendix is reference/http-codes.rst, which only the option finds. */
    @Test
    void anAppendixAtAnotherPathIsRecognisedOnlyWithTheOption() {
        String docSet = System.getProperty("dcs.projectRoot") + "/testdata/appendix-option";
        Outcome without = dcs("verify", "--no-cache", docSet);
        assertEquals(DcsCli.EXIT_OK, without.code(), without.out() + without.err());
        Outcome with = dcs("verify", "--no-cache", "--appendix-patterns=reference/http-codes.rst", docSet);
        assertEquals(DcsCli.EXIT_FINDINGS, with.code(), with.out() + with.err());
        assertTrue(with.out().contains("apis/signing_data.rst:18:3: error: Status 401"), with.out());
        assertTrue(with.out().contains("reference/http-codes.rst:8:1: error:"), with.out());
        Outcome byTitle = dcs("verify", "--no-cache", "--appendix-title=HTTP Codes", docSet);
        assertEquals(DcsCli.EXIT_FINDINGS, byTitle.code(), byTitle.out() + byTitle.err());
    }

    @Test
    void aBadAppendixTitleOrUnreadableColumnRolesIsAConfigurationErrorNamingTheValue() throws Exception {
        write("docs/errors.md", page("Not Found"));
        Outcome title = dcs("verify", "--appendix-title=Status (Codes", "docs");
        assertEquals(DcsCli.EXIT_USAGE, title.code());
        assertTrue(title.err().contains("\"Status (Codes\""), title.err());
        Outcome roles = dcs("export-tables", "--column-roles=missing-roles.properties", "docs");
        assertEquals(DcsCli.EXIT_USAGE, roles.code());
        assertTrue(roles.err().contains("missing-roles.properties"), roles.err());
    }
}
