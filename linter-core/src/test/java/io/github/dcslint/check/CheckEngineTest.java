package io.github.dcslint.check;

import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.model.Table;
import io.github.dcslint.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckEngineTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE module PUBLIC "-//Checkstyle//DTD Checkstyle Configuration 1.3//EN"
                "https://checkstyle.org/dtds/configuration_1_3.dtd">
            """;

    @TempDir
    Path dir;

    private Path rules(String body) throws Exception {
        Path file = dir.resolve("rules.xml");
        Files.writeString(file, HEAD + body, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void defaultRulesLoad() throws Exception {
        CheckEngine engine = CheckEngine.load(CheckEngine.DEFAULT_RULES, Map.of());
        assertEquals(CheckEngine.DEFAULT_RULES, engine.location());
    }

    @Test
    void rulesFromAFileUrl() throws Exception {
        Path file = rules("<module name=\"Checker\">\n  <module name=\"StatusNameMismach\"/>\n</module>\n");
        String url = file.toUri().toString();
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class, () -> CheckEngine.load(url, Map.of()));
        assertTrue(e.getMessage().startsWith(url + ":5: unknown module \"StatusNameMismach\""), e.getMessage());
        Files.writeString(file, HEAD + "<module name=\"Checker\">\n  <module name=\"StatusNameMismatch\"/>\n</module>\n");
        assertEquals(url, CheckEngine.load(url, Map.of()).location());
    }

    @Test
    void customExampleLoadsWithItsOrganisationCatalog() throws Exception {
        CheckEngine engine = CheckEngine.load("classpath:dcs/examples/custom-rules.xml",
                Map.of("orgCatalog", "classpath:dcs/examples/acme-codes.csv"));
        assertEquals(14, engine.configuration().getChildren().length, "3 filters and the 11 checks");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path file = dir.resolve("xxe.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <module name="Checker">
                  <module name="MalformedTable">
                    <property name="id" value="&e;"/>
                  </module>
                </module>
                """);
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> CheckEngine.load(file.toString(), Map.of()));
        assertTrue(e.getMessage().startsWith(file + ":2: declares external entity e"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void notXmlNamesFileAndLine() throws Exception {
        Path file = dir.resolve("broken.xml");
        Files.writeString(file, "<module name=\"Checker\">\n  <module name=\"MalformedTable\">\n</module>\n");
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> CheckEngine.load(file.toString(), Map.of()));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("not a well-formed XML rules file"), e.getMessage());
    }

    @Test
    void unknownModuleNamesItsLine() throws Exception {
        Path file = rules("""
                <module name="Checker">
                  <module name="MalformedTable"/>
                  <module name="StatusNameMismach"/>
                </module>
                """);
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> CheckEngine.load(file.toString(), Map.of()));
        assertTrue(e.getMessage().startsWith(file + ":6: unknown module \"StatusNameMismach\""), e.getMessage());
    }

    @Test
    void unknownPropertyNamesItsLine() throws Exception {
        Path file = rules("""
                <module name="Checker">
                  <module name="StatusNameMismatch">
                    <property name="ignoreCase" value="true"/>
                    <property name="ignoreKase" value="true"/>
                  </module>
                </module>
                """);
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> CheckEngine.load(file.toString(), Map.of()));
        assertTrue(e.getMessage().startsWith(file + ":7: "), e.getMessage());
        assertTrue(e.getMessage().contains("ignoreKase"), e.getMessage());
    }

    @Test
    void badValueNamesItsLine() throws Exception {
        Path file = rules("""
                <module name="Checker">
                  <module name="MissingStatusCode">
                    <property name="maxPagesNamed" value="0"/>
                  </module>
                </module>
                """);
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> CheckEngine.load(file.toString(), Map.of()));
        assertTrue(e.getMessage().startsWith(file + ":6: "), e.getMessage());
        assertTrue(e.getMessage().contains("maxPagesNamed"), e.getMessage());
    }

    @Test
    void badCatalogRowNamesCatalogFileAndLine() throws Exception {
        Path catalog = dir.resolve("org.csv");
        Files.writeString(catalog, "Code,Name\n404,Not Found\n4O4,Not Found\n");
        Path file = rules("""
                <module name="Checker">
                  <module name="StatusNameMismatch">
                    <property name="catalogs" value="classpath:dcs/iana-http-status-codes.csv, ${dir}/org.csv"/>
                  </module>
                </module>
                """);
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> CheckEngine.load(file.toString(), Map.of("dir", dir.toString())));
        assertTrue(e.getMessage().contains(catalog + ":3: code \"4O4\" is not three digits 100-599"),
                e.getMessage());
    }

    @Test
    void unsetPlaceholderNamesItsLine() throws Exception {
        Path file = rules("""
                <module name="Checker">
                  <module name="StatusNameMismatch">
                    <property name="catalogs" value="${orgCatalog}"/>
                  </module>
                </module>
                """);
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> CheckEngine.load(file.toString(), Map.of()));
        assertTrue(e.getMessage().startsWith(file + ":6: property ${orgCatalog} has no value"), e.getMessage());
    }

    @Test
    void rulesWithoutDoctypeNameTheLine() throws Exception {
        Path file = dir.resolve("nodoctype.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<module name=\"Checker\"/>\n");
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> CheckEngine.load(file.toString(), Map.of()));
        assertTrue(e.getMessage().startsWith(file + ":2: "), e.getMessage());
    }

    @Test
    void missingRulesFileIsAConfigurationError() {
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> CheckEngine.load(dir.resolve("none.xml").toString(), Map.of()));
        assertTrue(e.getMessage().contains("none.xml:1: cannot read rules file"), e.getMessage());
    }

    /**
     * The reported column is the model's column, even on lines with tabs and astral characters,
     * where Checkstyle's own log(line, col) would expand tabs and count UTF-16 units.
     */
    @Test
    void columnsAreTheModelsColumnsExactly() throws Exception {
        Path file = dir.resolve("tabs.md");
        Files.writeString(file, "# T\n\n|\tStatus Code\t|\n|---|\n|\t\uD83D\uDE00 4O4\t|\n", StandardCharsets.UTF_8);
        Table table = TestTables.table(3, new int[] {11}, new String[] {"Status Code"}, new String[] {"4O4"});
        ParsedDocument doc = TestTables.document(file, "tabs.md", "T", List.of(table), List.of(), List.of());
        List<Finding> findings = run("<module name=\"InvalidStatusCode\"/>", doc);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(4, findings.get(0).line());
        assertEquals(11, findings.get(0).column());
        assertEquals("tabs.md", findings.get(0).path());
        assertEquals("InvalidStatusCode", findings.get(0).ruleId());
        assertEquals("\"4O4\" is not a status code; write 404 if that is what you mean", findings.get(0).message());
    }

    /** The engine checks the workspace's parsed documents, never re-parsing the file. */
    @Test
    void checksSeeTheWorkspacesDocument() throws Exception {
        Path file = dir.resolve("a.rst");
        Files.writeString(file, "No table in this text\n");
        ParsedDocument doc = TestTables.document(file, "sub/a.rst", null, List.of(), List.of(),
                List.of(new Problem(1, 5, "grid table border does not line up; align the + signs")));
        List<Finding> findings = run("<module name=\"MalformedTable\"/>", doc);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals("sub/a.rst", f.path());
        assertEquals(1, f.line());
        assertEquals(5, f.column());
        assertEquals("grid table border does not line up; align the + signs", f.message());
    }

    /**
     * What the parse threads found in a text ({@link CommentLiterals}) stands in for reading the
     * file: here the file holds a comment the text seen did not, so the comment is not read; a
     * file whose text was not seen is read as before.
     */
    @Test
    void literalsFoundWhileParsingStandInForReadingTheFile() throws Exception {
        Path seen = dir.resolve("seen.rst");
        Files.writeString(seen, RST_OFF_AROUND_4O4);
        Path unseen = dir.resolve("unseen.rst");
        Files.writeString(unseen, RST_OFF_AROUND_4O4);
        CheckEngine engine = CheckEngine.load(CheckEngine.DEFAULT_RULES, Map.of());
        CommentLiterals literals = new CommentLiterals();
        List<String> invalid;
        try (CheckEngine.Session session = engine.open()) {
            session.readCommentLiteralsFrom(literals);
            literals.seen(seen, "Title\nheader\nrow 4O4\nrow 4O5\n"); // as if parsed before the comments were added
            invalid = invalidCodeLines(session.run(workspaceOfCodeTables(seen, unseen)));
        }
        assertEquals(List.of("seen.rst:4", "seen.rst:6", "unseen.rst:6"), invalid);
    }

    /** Texts seen before the rules said what to look for are not searched; a checked doc set's are dropped. */
    @Test
    void commentLiteralsKnowOnlyTextsSeenWhileWatching() {
        CommentLiterals literals = new CommentLiterals();
        Path early = dir.resolve("early.rst");
        Path late = dir.resolve("late.rst");
        Path without = dir.resolve("without.rst");
        literals.seen(early, ".. dcs-lint: off");
        literals.watch(List.of("dcs-lint", "nolint"));
        literals.seen(late, ".. dcs-lint: off");
        literals.seen(without, "no comment here");
        assertNull(literals.in(early));
        assertEquals(java.util.Set.of("dcs-lint"), literals.in(late));
        assertEquals(java.util.Set.of(), literals.in(without));
        literals.forget(List.of(late));
        assertNull(literals.in(late));
        assertEquals(java.util.Set.of(), literals.in(without));
    }

    @Test
    void dcsLintOffAndOnSuppressInRstAndMarkdown() throws Exception {
        Path rst = dir.resolve("a.rst");
        Files.writeString(rst, RST_OFF_AROUND_4O4);
        Path md = dir.resolve("b.md");
        Files.writeString(md, "# Title\n<!-- dcs-lint off -->\nheader\nrow 4O4\n<!-- dcs-lint on -->\nrow 4O5\n");
        CheckEngine engine = CheckEngine.load(CheckEngine.DEFAULT_RULES, Map.of());
        assertEquals(List.of("a.rst:6", "b.md:6"), invalidCodeLines(engine.run(workspaceOfCodeTables(rst, md))));
    }

    /** Comments that turn the checks off around line 4 (row 4O4) and on again before line 6 (row 4O5). */
    private static final String RST_OFF_AROUND_4O4 =
            "Title\n.. dcs-lint: off\nheader\nrow 4O4\n.. dcs-lint: on\nrow 4O5\n";

    /**
     * A workspace of these files, each parsed as one table whose code column has its header on
     * line 3, 4O4 on line 4 and 4O5 on line 6 (the lines of the texts the tests write).
     */
    private Workspace workspaceOfCodeTables(Path... files) {
        Table table = TestTables.table(3, new int[] {5}, new String[] {"Status Code"},
                new String[] {"4O4"}, new String[] {""}, new String[] {"4O5"});
        List<ParsedDocument> documents = java.util.Arrays.stream(files).map(file -> TestTables.document(file,
                dir.relativize(file).toString(), "Title", List.of(table), List.of(), List.of())).toList();
        return Workspace.build(List.of(dir), documents, TestTables.options());
    }

    /** The InvalidStatusCode findings as "path:line". */
    private static List<String> invalidCodeLines(List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals("InvalidStatusCode"))
                .map(f -> f.path() + ":" + f.line()).toList();
    }

    @Test
    void commentPatternsHaveARequiredLiteralOnlyWhenEveryMatchHoldsIt() {
        assertEquals("dcs-lint", DcsChecker.requiredLiteral(
                java.util.regex.Pattern.compile("^\\s*\\.\\.\\s+dcs-lint:\\s*off\\b")));
        assertEquals("dcs-lint", DcsChecker.requiredLiteral(
                java.util.regex.Pattern.compile("^\\s*<!--\\s*dcs-lint:?\\s+off\\s*-->")));
        // a quantifier applies to the last character of a run only
        assertEquals("nocheck", DcsChecker.requiredLiteral(java.util.regex.Pattern.compile("nocheckx?")));
        // \s is an escape, not the letter s; groups and classes may be optional or varied
        assertEquals("off", DcsChecker.requiredLiteral(java.util.regex.Pattern.compile("\\soff(abcdef)?")));
        assertNull(DcsChecker.requiredLiteral(java.util.regex.Pattern.compile("dcs-lint off|nolint")));
        assertNull(DcsChecker.requiredLiteral(java.util.regex.Pattern.compile("(?i)dcs-lint off")));
        assertNull(DcsChecker.requiredLiteral(
                java.util.regex.Pattern.compile("dcs-lint", java.util.regex.Pattern.CASE_INSENSITIVE)));
        assertNull(DcsChecker.requiredLiteral(java.util.regex.Pattern.compile("[a-z]+ o\\w")));
        // the digits of \x41 are part of the escape, not text to look for
        assertEquals("dcs", DcsChecker.requiredLiteral(java.util.regex.Pattern.compile("\\x41bc dcs")));
    }

    @Test
    void suppressionsFileFromProperty() throws Exception {
        Path rst = dir.resolve("a.rst");
        Files.writeString(rst, "Title\nheader\nrow\n");
        Path suppressions = dir.resolve("suppressions.xml");
        Files.writeString(suppressions, """
                <?xml version="1.0"?>
                <!DOCTYPE suppressions PUBLIC "-//Checkstyle//DTD SuppressionFilter Configuration 1.2//EN"
                    "https://checkstyle.org/dtds/suppressions_1_2.dtd">
                <suppressions>
                  <suppress files="a\\.rst$" checks="InvalidStatusCode"/>
                </suppressions>
                """);
        Table table = TestTables.table(2, new int[] {1}, new String[] {"Status Code"}, new String[] {"2xx"});
        Workspace workspace = Workspace.build(List.of(dir), List.of(
                TestTables.document(rst, "a.rst", "Title", List.of(table), List.of(), List.of())), TestTables.options());
        long unsuppressed = CheckEngine.load(CheckEngine.DEFAULT_RULES, Map.of()).run(workspace).stream()
                .filter(f -> f.ruleId().equals("InvalidStatusCode")).count();
        long suppressed = CheckEngine.load(CheckEngine.DEFAULT_RULES, Map.of("dcs.suppressions", suppressions.toString()))
                .run(workspace).stream().filter(f -> f.ruleId().equals("InvalidStatusCode")).count();
        assertEquals(1, unsuppressed);
        assertEquals(0, suppressed);
    }

    /**
     * With Checkstyle's cache on, an API page without findings is skipped next run unless an
     * external resource changed: the appendix it is checked against is one.
     */
    @Test
    void cacheIsClearedWhenTheAppendixChanges() throws Exception {
        Path appendixFile = dir.resolve("appendix/status_codes.md");
        Files.createDirectories(appendixFile.getParent());
        Path apiFile = dir.resolve("api.md");
        Files.writeString(apiFile, "# API\n");
        Path rules = rules("<module name=\"Checker\">\n  <property name=\"cacheFile\" value=\"${cache}\"/>\n"
                + "  <module name=\"UnlistedStatusCode\"/>\n</module>\n");
        Map<String, String> properties = Map.of("cache", dir.resolve("cache.properties").toString());
        int[] columns = {3};
        ParsedDocument api = TestTables.document(apiFile, "api.md", "API", List.of(
                TestTables.table(3, columns, new String[] {"Status Code"}, new String[] {"200"})), List.of(), List.of());

        Files.writeString(appendixFile, "# Status Codes\n200 listed\n");
        ParsedDocument listing = TestTables.document(appendixFile, "appendix/status_codes.md", "Status Codes", List.of(
                TestTables.table(3, columns, new String[] {"Status Code"}, new String[] {"200"})), List.of(), List.of());
        List<Finding> first = CheckEngine.load(rules.toString(), properties)
                .run(Workspace.build(List.of(dir), List.of(api, listing), TestTables.options()));
        assertEquals(List.of(), first);

        Files.writeString(appendixFile, "# Status Codes\n201 listed\n");
        ParsedDocument notListing = TestTables.document(appendixFile, "appendix/status_codes.md", "Status Codes",
                List.of(TestTables.table(3, columns, new String[] {"Status Code"}, new String[] {"201"})), List.of(),
                List.of());
        List<Finding> second = CheckEngine.load(rules.toString(), properties)
                .run(Workspace.build(List.of(dir), List.of(api, notListing), TestTables.options()));
        assertEquals(List.of("api.md:4:3"), second.stream().map(f -> f.path() + ":" + f.line() + ":" + f.column()).toList());
    }

    @Test
    void catalogsFromFileUrls() throws Exception {
        Path catalog = dir.resolve("org.csv");
        Files.writeString(catalog, "Code,Name\n499,Client Closed Request\n");
        Path md = dir.resolve("a.md");
        Files.writeString(md, "text\n");
        Table table = TestTables.table(1, new int[] {3}, new String[] {"Status Code"}, new String[] {"499"},
                new String[] {"498"});
        ParsedDocument doc = TestTables.document(md, "a.md", null, List.of(table), List.of(), List.of());
        List<Finding> findings = run("<module name=\"UnknownStatusCode\"><property name=\"catalogs\" value=\""
                + "classpath:dcs/iana-http-status-codes.csv, " + catalog.toUri() + "\"/></module>", doc);
        assertEquals(List.of("Status 498 is in no catalog; use a registered code or add 498 to the organisation catalog"),
                findings.stream().map(Finding::message).toList());
    }

    /** A check that throws on one file gives a finding there, and the run goes on with the next file. */
    @Test
    void aFailingCheckBecomesAFindingAndTheRunGoesOn() throws Exception {
        Path boom = dir.resolve("boom.md");
        Path fine = dir.resolve("fine.md");
        Files.writeString(boom, "x\n");
        Files.writeString(fine, "x\n");
        List<Finding> findings = run("<module name=\"io.github.dcslint.check.ThrowingCheck\"/>",
                TestTables.document(boom, "boom.md", null, List.of(), List.of(), List.of()),
                TestTables.document(fine, "fine.md", null, List.of(), List.of(), List.of()));
        assertEquals(List.of(
                "boom.md:1:1 Throwing Internal error in ThrowingCheck while checking this file, please report it: "
                        + "java.lang.IllegalStateException: boom in boom.md",
                "fine.md:1:1 Throwing Internal error in ThrowingCheck while checking this file, please report it: "
                        + "not thrown"),
                findings.stream().map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId() + " "
                        + f.message()).toList());
    }

    /** A file gone between parsing and checking is reported at the file; the other files are checked. */
    @Test
    void anUnreadableFileBecomesAFinding() throws Exception {
        Path gone = dir.resolve("gone.md");
        Path there = dir.resolve("there.md");
        Files.writeString(there, "x\n");
        Table table = TestTables.table(1, new int[] {3}, new String[] {"Status Code"}, new String[] {"2xx"});
        List<Finding> findings = run("<module name=\"InvalidStatusCode\"/>",
                TestTables.document(gone, "gone.md", null, List.of(table), List.of(), List.of()),
                TestTables.document(there, "there.md", null, List.of(table), List.of(), List.of()));
        assertEquals(List.of("gone.md InternalError", "there.md InvalidStatusCode"),
                findings.stream().map(f -> f.path() + " " + f.ruleId()).toList());
    }

    /** The Checker's own fileExtensions still chooses the files the checks see (DcsChecker keeps it). */
    @Test
    void theCheckersFileExtensionsLimitWhichFilesAreChecked() throws Exception {
        Path rst = dir.resolve("a.rst");
        Path md = dir.resolve("b.md");
        Files.writeString(rst, "x\n");
        Files.writeString(md, "x\n");
        Table table = TestTables.table(1, new int[] {3}, new String[] {"Status Code"}, new String[] {"2xx"});
        List<Finding> onlyMarkdown = run("<property name=\"fileExtensions\" value=\"md\"/>\n"
                        + "<module name=\"InvalidStatusCode\"/>",
                TestTables.document(rst, "a.rst", null, List.of(table), List.of(), List.of()),
                TestTables.document(md, "b.md", null, List.of(table), List.of(), List.of()));
        assertEquals(List.of("b.md InvalidStatusCode"),
                onlyMarkdown.stream().map(f -> f.path() + " " + f.ruleId()).toList());
        List<Finding> both = run("<module name=\"InvalidStatusCode\"/>",
                TestTables.document(rst, "a.rst", null, List.of(table), List.of(), List.of()),
                TestTables.document(md, "b.md", null, List.of(table), List.of(), List.of()));
        assertEquals(List.of("a.rst InvalidStatusCode", "b.md InvalidStatusCode"),
                both.stream().map(f -> f.path() + " " + f.ruleId()).toList());
    }

    /**
     * A run checks doc set after doc set through one configured Checker (configuring the rules
     * costs more than checking a doc set): each workspace gets what a run of its own gets.
     */
    @Test
    void oneSessionChecksWorkspacesOneAfterAnother() throws Exception {
        Path rst = dir.resolve("a/a.rst");
        Path md = dir.resolve("b/b.md");
        Files.createDirectories(rst.getParent());
        Files.createDirectories(md.getParent());
        Files.writeString(rst, "a\n");
        Files.writeString(md, "b\n");
        ParsedDocument invalid = TestTables.document(rst, "a/a.rst", null, List.of(TestTables.table(3, new int[] {3},
                new String[] {"Status Code"}, new String[] {"4O4"})), List.of(), List.of());
        ParsedDocument unknown = TestTables.document(md, "b/b.md", null, List.of(TestTables.table(5, new int[] {3},
                new String[] {"Status Code"}, new String[] {"499"}, new String[] {"299"})), List.of(), List.of());
        Path file = rules("<module name=\"Checker\">\n<module name=\"InvalidStatusCode\"/>\n"
                + "<module name=\"UnknownStatusCode\"/>\n</module>\n");
        CheckEngine engine = CheckEngine.load(file.toString(), Map.of());
        Workspace first = Workspace.build(List.of(dir), List.of(invalid), TestTables.options());
        Workspace second = Workspace.build(List.of(dir), List.of(unknown), TestTables.options());
        List<Finding> firstAlone = engine.run(first);
        List<Finding> secondAlone = engine.run(second);
        assertEquals(List.of("a/a.rst:4:3 InvalidStatusCode"), firstAlone.stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId()).toList());
        assertEquals(List.of("b/b.md:6:3 UnknownStatusCode", "b/b.md:7:3 UnknownStatusCode"), secondAlone.stream()
                .map(f -> f.path() + ":" + f.line() + ":" + f.column() + " " + f.ruleId()).toList());
        try (CheckEngine.Session session = engine.open()) {
            assertTrue(session.runsDocSetsApart());
            assertEquals(firstAlone, session.run(first));
            assertEquals(secondAlone, session.run(second));
            assertEquals(firstAlone, session.run(first));
        }
    }

    /**
     * Rules that make Checkstyle's own loop run (a cache file; an audit listener as a module,
     * which expects one audit per run) get every document in one run, as before.
     */
    @Test
    void aCacheFileOrAListenerModuleKeepsOneRunForAllDocSets() throws Exception {
        Path cached = rules("<module name=\"Checker\">\n  <property name=\"cacheFile\" value=\""
                + dir.resolve("cache.properties").toString().replace('\\', '/') + "\"/>\n"
                + "  <module name=\"InvalidStatusCode\"/>\n</module>\n");
        try (CheckEngine.Session session = CheckEngine.load(cached.toString(), Map.of()).open()) {
            assertFalse(session.runsDocSetsApart());
        }
        Path listening = rules("<module name=\"Checker\">\n  <module name=\"" + ModuleAuditListener.class.getName()
                + "\"/>\n  <module name=\"InvalidStatusCode\"/>\n</module>\n");
        try (CheckEngine.Session session = CheckEngine.load(listening.toString(), Map.of()).open()) {
            assertFalse(session.runsDocSetsApart());
        }
        Path plain = rules("<module name=\"Checker\">\n  <module name=\"InvalidStatusCode\"/>\n</module>\n");
        try (CheckEngine.Session session = CheckEngine.load(plain.toString(), Map.of()).open()) {
            assertTrue(session.runsDocSetsApart());
        }
    }

    /**
     * The Checker's severity reaches every check, as Checkstyle's own set-up passes it; a
     * module's severity property wins; without either a finding is an error.
     */
    @Test
    void theCheckersSeverityIsEachChecksUnlessTheModuleSetsOne() throws Exception {
        Path md = dir.resolve("a.md");
        Files.writeString(md, "a\n");
        ParsedDocument doc = TestTables.document(md, "a.md", null, List.of(TestTables.table(3, new int[] {3},
                new String[] {"Status Code"}, new String[] {"4O4"})), List.of(), List.of());
        Workspace workspace = Workspace.build(List.of(dir), List.of(doc), TestTables.options());
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("<module name=\"Checker\"><module name=\"InvalidStatusCode\"/></module>", "error");
        cases.put("<module name=\"Checker\"><property name=\"severity\" value=\"warning\"/>"
                + "<module name=\"InvalidStatusCode\"/></module>", "warning");
        cases.put("<module name=\"Checker\"><property name=\"severity\" value=\"warning\"/>"
                + "<module name=\"InvalidStatusCode\"><property name=\"severity\" value=\"info\"/></module>"
                + "</module>", "info");
        cases.put("<module name=\"Checker\"><module name=\"InvalidStatusCode\">"
                + "<property name=\"severity\" value=\"warning\"/></module></module>", "warning");
        for (Map.Entry<String, String> rules : cases.entrySet()) {
            List<Finding> findings = CheckEngine.load(rules(rules.getKey()).toString(), Map.of()).run(workspace);
            assertEquals(List.of(rules.getValue()), findings.stream().map(f -> f.severity().getName()).toList(),
                    rules.getKey());
        }
    }

    private List<Finding> run(String modules, ParsedDocument... docs) throws Exception {
        Path file = rules("<module name=\"Checker\">\n" + modules + "\n</module>\n");
        CheckEngine engine = CheckEngine.load(file.toString(), Map.of());
        return engine.run(Workspace.build(List.of(dir), List.of(docs), TestTables.options()));
    }
}
