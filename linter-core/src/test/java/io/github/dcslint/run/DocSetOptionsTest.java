package io.github.dcslint.run;

import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.report.Finding;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The request's appendix patterns, appendix title and column roles reach the checks. */
class DocSetOptionsTest {

    /** A doc set whose appendix is reference/http-codes.rst, titled "HTTP Codes"; the API page uses 401, unlisted. */
    private static final Path DOC_SET = Expectations.testdata().resolve("appendix-option");

    /** Read by hand from the two files: 401 is used on the page (line 18, column 3) and missing at the appendix table. */
    private static final List<String> WITH_APPENDIX = List.of(
            "apis/signing_data.rst:18:3:UnlistedStatusCode",
            "reference/http-codes.rst:8:1:MissingStatusCode");

    @TempDir
    Path temp;

    private DcsRequest.Builder request() {
        return DcsRequest.builder(temp).sourceRoot(DOC_SET).outputDirectory(temp.resolve("out"));
    }

    private static List<String> found(DcsResult result) {
        return result.findings().stream().map(DocSetOptionsTest::where).sorted().toList();
    }

    private static String where(Finding f) {
        return f.path() + ":" + f.line() + ":" + f.column() + ":" + f.ruleId();
    }

    @Test
    void anAppendixOutsideTheDefaultPatternsAndTitleIsNotFound() throws Exception {
        assertEquals(List.of(), found(new DcsRunner().check(request().build())), "no appendix: nothing is checked");
    }

    @Test
    void theAppendixPatternFindsIt() throws Exception {
        DcsResult result = new DcsRunner().check(request().appendixPatterns(List.of("reference/http-codes.rst")).build());
        assertEquals(WITH_APPENDIX, found(result));
        assertTrue(result.findings().stream().allMatch(f -> f.message().contains("401")), result.findings().toString());
    }

    @Test
    void theAppendixTitleFindsIt() throws Exception {
        DcsResult result = new DcsRunner().check(request().appendixTitle("Status Codes?|HTTP Codes").build());
        assertEquals(WITH_APPENDIX, found(result));
    }

    @Test
    void aTitleThatIsNoRegularExpressionIsAConfigurationErrorNamingIt() {
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> new DcsRunner().check(request().appendixTitle("HTTP (Codes").build()));
        assertTrue(e.getMessage().contains("\"HTTP (Codes\""), e.getMessage());
    }

    @Test
    void columnRolesFromAFileMakeATableAStatusTable() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("fehler.md"), "# Fehler\n\n| Antwort | Bedeutung |\n|---|---|\n| 404 | Not found |\n");
        DcsRequest.Builder builder = DcsRequest.builder(temp).sourceRoot(Path.of("docs"));
        assertEquals(List.of(), found(new DcsRunner().check(builder.build())), "German headers are no status table");
        Files.writeString(temp.resolve("roles.properties"), "code = antwort\nname = bedeutung\n");
        DcsResult result = new DcsRunner().check(builder.columnRoles("roles.properties").build());
        assertEquals(List.of("fehler.md:5:9:StatusNameMismatch"), found(result));
    }

    /** Reports read a row's code as the run did: with the request's column roles, not the shipped ones. */
    @Test
    void reportsReadCodesWithTheRequestsColumnRoles() throws Exception {
        Path docs = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(docs.resolve("fehler.md"), "# Fehler\n\n| Antwort | Bedeutung |\n|---|---|\n| 4O4 | Not Found |\n| 500 | Internal Server Error |\n");
        Files.writeString(temp.resolve("roles.properties"), "code = antwort\nname = bedeutung\n");
        DcsResult result = new DcsRunner().check(DcsRequest.builder(temp).sourceRoot(Path.of("docs"))
                .columnRoles("roles.properties").build());
        Finding invalid = result.findings().stream().filter(f -> f.ruleId().equals("InvalidStatusCode")).findFirst()
                .orElseThrow(() -> new AssertionError(result.findings().toString()));
        assertEquals("4O4", io.github.dcslint.report.FindingContexts.parsing(result).contextOf(invalid).code());
    }

    @Test
    void columnRolesThatCannotBeReadAreAConfigurationErrorNamingThem() {
        DcsConfigurationException missing = assertThrows(DcsConfigurationException.class,
                () -> new DcsRunner().check(request().columnRoles("no-such-roles.properties").build()));
        assertTrue(missing.getMessage().contains("no-such-roles.properties"), missing.getMessage());
        DcsConfigurationException resource = assertThrows(DcsConfigurationException.class,
                () -> new DcsRunner().check(request().columnRoles("classpath:dcs/nothing.properties").build()));
        assertTrue(resource.getMessage().contains("classpath:dcs/nothing.properties"), resource.getMessage());
    }

    @Test
    void aBadLineInColumnRolesIsAConfigurationErrorWithItsLine() throws Exception {
        Files.writeString(temp.resolve("roles.properties"), "code = antwort\nthis is no role line\n");
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> new DcsRunner().check(request().columnRoles("roles.properties").build()));
        assertTrue(e.getMessage().contains("roles.properties:2"), e.getMessage());
    }

    @Test
    void theShippedColumnRolesCanBeNamedOnTheClassPath() throws Exception {
        DcsResult result = new DcsRunner().check(request().columnRoles("classpath:dcs/column-roles.properties")
                .appendixPatterns(List.of("reference/http-codes.rst")).build());
        assertEquals(WITH_APPENDIX, found(result));
    }
}
