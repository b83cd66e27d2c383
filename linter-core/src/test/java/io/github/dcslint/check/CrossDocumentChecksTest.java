package io.github.dcslint.check;

import io.github.dcslint.facts.DocSet;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.StatusHeading;
import io.github.dcslint.model.Table;
import io.github.dcslint.report.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Doc sets, appendix catalogs and the cross-document rules, on documents built in code (tables
 * and their positions are the model's; the files exist only for Checkstyle to open).
 */
class CrossDocumentChecksTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE module PUBLIC "-//Checkstyle//DTD Checkstyle Configuration 1.3//EN"
                "https://checkstyle.org/dtds/configuration_1_3.dtd">
            """;
    private static final int[] COLUMNS = {3, 20, 40};
    private static final String[] HEADER = {"Status Code", "Name", "Description"};

    @TempDir
    Path root;

    private ParsedDocument dcsAppendix;
    private ParsedDocument dcsApi;
    private ParsedDocument dcsApi2;
    private ParsedDocument kmsAppendix;
    private ParsedDocument kmsApi;
    private ParsedDocument nakedApi;
    private ParsedDocument mystPage;
    private ParsedDocument readme;

    private ParsedDocument doc(String path, String title, List<Table> tables, List<StatusHeading> headings)
            throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "text\n");
        return TestTables.document(file, root.relativize(file).toString(), title, tables, headings, List.of());
    }

    @BeforeEach
    void docSets() throws Exception {
        Files.createDirectories(root.resolve("dcs/source"));
        Files.writeString(root.resolve("dcs/source/conf.py"), "");
        doc("dcs/source/index.rst", "DCS", List.of(), List.of());
        dcsAppendix = doc("dcs/source/appendix/status_codes.rst", "Status Codes", List.of(
                TestTables.table(10, COLUMNS, HEADER,
                        new String[] {"201", "Created", "Made."},
                        new String[] {"404", "NotFound", "Gone."},
                        new String[] {"404", "Not Found", "Again."})), List.of());
        dcsApi = doc("dcs/source/apis/delete.rst", "Deleting", List.of(
                TestTables.table(50, COLUMNS, HEADER, new String[] {"200", "OK", ""},
                        new String[] {"404", "Not Found", ""})),
                List.of(new StatusHeading(40, 17, "200"), new StatusHeading(45, 17, "202")));
        dcsApi2 = doc("dcs/source/apis/create.rst", "Creating", List.of(
                TestTables.table(30, COLUMNS, HEADER, new String[] {"200", "OK", ""},
                        new String[] {"200", "OK", "again"})), List.of());
        Files.createDirectories(root.resolve("kms/api-ref/source/nested"));
        doc("kms/api-ref/source/index.rst", "KMS", List.of(), List.of());
        doc("kms/api-ref/source/nested/index.rst", "nested", List.of(), List.of());
        kmsAppendix = doc("kms/api-ref/source/common/codes.rst", "Status Code", List.of(
                TestTables.table(8, COLUMNS, HEADER, new String[] {"200", "OK", ""},
                        new String[] {"404", "Not Found", ""})), List.of());
        kmsApi = doc("kms/api-ref/source/nested/sign.rst", "Signing", List.of(
                TestTables.table(20, COLUMNS, HEADER, new String[] {"200", "OK", ""},
                        new String[] {"201", "Created", ""})), List.of());
        mystPage = doc("dcs/source/guide/intro.md", "Intro", List.of(), List.of());
        readme = doc("kms/README.md", "KMS docs", List.of(), List.of());
        nakedApi = doc("naked/page.rst", "Page", List.of(
                TestTables.table(5, COLUMNS, HEADER, new String[] {"418", "I'm a teapot", ""})), List.of());
    }

    private List<ParsedDocument> all() {
        List<ParsedDocument> docs = new ArrayList<>();
        for (ParsedDocument d : List.of(dcsAppendix, dcsApi, dcsApi2, kmsAppendix, kmsApi, nakedApi, mystPage, readme)) {
            docs.add(d);
        }
        return docs;
    }

    private Workspace workspace(List<ParsedDocument> docs) {
        return Workspace.build(List.of(root), docs, TestTables.options());
    }

    private List<String> run(String modules) throws Exception {
        Path rules = root.resolve("rules.xml");
        Files.writeString(rules, HEAD + "<module name=\"Checker\">\n" + modules + "\n</module>\n");
        List<Finding> findings = CheckEngine.load(rules.toString(), Map.of("root", root.toString()))
                .run(workspace(all()));
        return findings.stream().map(f -> f.ruleId() + " " + f.path() + ":" + f.line() + ":" + f.column() + " "
                + f.message()).toList();
    }

    @Test
    void docSetsAreConfPyFoldersOrTopmostIndexFolders() {
        Workspace ws = workspace(all());
        assertEquals(root.resolve("dcs/source"), ws.docSetOf(dcsApi).root());
        assertEquals(root.resolve("kms/api-ref/source"), ws.docSetOf(kmsApi).root(), "topmost index.rst wins");
        assertEquals(root, ws.docSetOf(nakedApi).root(), "no conf.py or index.rst: the source root");
        assertEquals(root.resolve("dcs/source"), ws.docSetOf(mystPage).root(), "Markdown beside conf.py: Sphinx's");
        assertEquals(root, ws.docSetOf(readme).root(), "other Markdown: the source root");
        assertTrue(ws.isAppendix(dcsAppendix), "by path glob");
        assertTrue(ws.isAppendix(kmsAppendix), "by title");
        assertFalse(ws.isAppendix(dcsApi));
        DocSet kms = ws.docSetOf(kmsApi);
        assertEquals(List.of(200, 404), List.copyOf(kms.listedCodes().keySet()));
        assertEquals(List.of(200, 201), List.copyOf(kms.usedCodes().keySet()));
        assertEquals(List.of(201), List.copyOf(kms.unlistedUses().keySet()));
        assertFalse(ws.docSetOf(nakedApi).hasAppendix());
    }

    @Test
    void factsDoNotDependOnFileOrder() {
        List<ParsedDocument> reversed = all();
        Collections.reverse(reversed);
        Workspace a = workspace(all());
        Workspace b = workspace(reversed);
        assertEquals(a.docSets().toString(), b.docSets().toString());
        assertEquals(a.docSetOf(dcsApi).unlistedUses().keySet(), b.docSetOf(dcsApi).unlistedUses().keySet());
        assertEquals(a.documents().stream().map(ParsedDocument::path).toList(),
                b.documents().stream().map(ParsedDocument::path).toList());
    }

    @Test
    void unlistedCodesAreCheckedAgainstTheirOwnDocSetsAppendixOnly() throws Exception {
        assertEquals(List.of(
                "UnlistedStatusCode dcs/source/apis/create.rst:31:3 Status 200 is used here but the appendix "
                        + "appendix/status_codes.rst does not list it; add it to the appendix or fix the code",
                "UnlistedStatusCode dcs/source/apis/create.rst:32:3 Status 200 is used here but the appendix "
                        + "appendix/status_codes.rst does not list it; add it to the appendix or fix the code",
                "UnlistedStatusCode dcs/source/apis/delete.rst:51:3 Status 200 is used here but the appendix "
                        + "appendix/status_codes.rst does not list it; add it to the appendix or fix the code",
                "UnlistedStatusCode kms/api-ref/source/nested/sign.rst:22:3 Status 201 is used here but the appendix "
                        + "common/codes.rst does not list it; add it to the appendix or fix the code"),
                run("<module name=\"UnlistedStatusCode\"/>"));
    }

    @Test
    void missingCodesAreReportedOnceAtTheAppendixTable() throws Exception {
        assertEquals(List.of(
                "MissingStatusCode dcs/source/appendix/status_codes.rst:10:3 The appendix does not list status 200, "
                        + "which 2 page(s) of this doc set use (apis/create.rst, apis/delete.rst); add a row for 200",
                "MissingStatusCode kms/api-ref/source/common/codes.rst:8:3 The appendix does not list status 201, "
                        + "which 1 page(s) of this doc set use (nested/sign.rst); add a row for 201"),
                run("<module name=\"MissingStatusCode\"/>"));
        assertEquals(List.of(
                "MissingStatusCode dcs/source/appendix/status_codes.rst:10:3 The appendix does not list status 200, "
                        + "which 2 page(s) of this doc set use (apis/create.rst, ...); add a row for 200",
                "MissingStatusCode kms/api-ref/source/common/codes.rst:8:3 The appendix does not list status 201, "
                        + "which 1 page(s) of this doc set use (nested/sign.rst); add a row for 201"),
                run("<module name=\"MissingStatusCode\"><property name=\"maxPagesNamed\" value=\"1\"/></module>"));
    }

    @Test
    void requiredCodesFromAnOrganisationCatalog() throws Exception {
        Files.writeString(root.resolve("org.csv"), "Code,Required\n201,yes\n500,yes\n");
        List<String> findings = run("""
                <module name="MissingStatusCode">
                  <property name="checkUsed" value="false"/>
                  <property name="catalogs" value="classpath:dcs/iana-http-status-codes.csv, ${root}/org.csv"/>
                </module>""");
        assertEquals(List.of(
                "MissingStatusCode dcs/source/appendix/status_codes.rst:10:3 The appendix does not list status 500 "
                        + "(Internal Server Error), which " + root.resolve("org.csv") + " marks required; add a row for 500",
                "MissingStatusCode kms/api-ref/source/common/codes.rst:8:3 The appendix does not list status 201 "
                        + "(Created), which " + root.resolve("org.csv") + " marks required; add a row for 201",
                "MissingStatusCode kms/api-ref/source/common/codes.rst:8:3 The appendix does not list status 500 "
                        + "(Internal Server Error), which " + root.resolve("org.csv") + " marks required; add a row for 500"),
                findings);
    }

    @Test
    void duplicatesInCatalogTablesOnlyUnlessApiPagesAreAskedFor() throws Exception {
        assertEquals(List.of("DuplicateStatusCode dcs/source/appendix/status_codes.rst:13:3 Status 404 is listed "
                        + "again in this table (first at line 12); keep one row per code"),
                run("<module name=\"DuplicateStatusCode\"/>"));
        assertEquals(2, run("<module name=\"DuplicateStatusCode\"><property name=\"checkApiPages\" value=\"true\"/>"
                + "</module>").size());
    }

    @Test
    void responseHeadingsMustBeInTheTable() throws Exception {
        assertEquals(List.of("ResponseSectionMismatch dcs/source/apis/delete.rst:45:17 Response section \"Status code: "
                        + "202\" has no row in this page's status-code table; add 202 to the table or fix the heading"),
                run("<module name=\"ResponseSectionMismatch\"/>"));
        assertEquals(List.of("ResponseSectionMismatch dcs/source/apis/delete.rst:45:17 Response section \"Status code: "
                        + "202\" has no row in this page's status-code table; add 202 to the table or fix the heading",
                        "ResponseSectionMismatch dcs/source/apis/delete.rst:52:3 Status 404 is in this page's "
                                + "status-code table but has no \"Status code: 404\" response section; add one or remove the row"),
                run("<module name=\"ResponseSectionMismatch\"><property name=\"checkTableCodes\" value=\"true\"/></module>"));
    }

    @Test
    void namesAndDescriptions() throws Exception {
        assertEquals(List.of("StatusNameMismatch dcs/source/appendix/status_codes.rst:12:20 Status 404 is named "
                        + "\"NotFound\"; the catalog says \"Not Found\" (words run together)",
                        "StatusNameMismatch naked/page.rst:6:20 Status 418 is named \"I'm a teapot\" but the IANA "
                                + "registry marks 418 (Unused); remove the row"),
                run("<module name=\"StatusNameMismatch\"/>"));
        Files.writeString(root.resolve("org.csv"), "Code,Description\n404,Gone.\n");
        assertEquals(List.of("StatusDescriptionMismatch dcs/source/appendix/status_codes.rst:13:40 Status 404 is "
                        + "described as \"Again.\"; the catalog says \"Gone.\""),
                run("<module name=\"StatusDescriptionMismatch\"><property name=\"catalogs\" "
                        + "value=\"classpath:dcs/iana-http-status-codes.csv, ${root}/org.csv\"/></module>"));
    }

    @Test
    void twoCatalogPagesOfOneDocSetThatDisagree() throws Exception {
        ParsedDocument second = doc("dcs/source/appendix/status_codes_v1.rst", "Status Codes (V1)", List.of(
                TestTables.table(7, COLUMNS, HEADER, new String[] {"201", "Created", ""},
                        new String[] {"404", "Resource Not Found", ""})), List.of());
        List<ParsedDocument> docs = all();
        docs.add(second);
        Path rules = root.resolve("rules.xml");
        Files.writeString(rules, HEAD + "<module name=\"Checker\"><module name=\"ConflictingCatalogs\"/>"
                + "</module>\n");
        List<String> findings = CheckEngine.load(rules.toString(), Map.of()).run(workspace(docs)).stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.message()).toList();
        assertEquals(List.of("dcs/source/appendix/status_codes_v1.rst:9:20 Status 404 is named \"Resource Not Found\" here but "
                + "\"NotFound\" in appendix/status_codes.rst line 12; make the catalog pages agree"), findings);
    }
}
