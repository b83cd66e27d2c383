package io.github.dcslint.run;

import io.github.dcslint.check.CheckEngine;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.report.Finding;
import io.github.dcslint.report.FindingContext;
import io.github.dcslint.report.FindingContexts;
import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runner checks one doc set after another and lets each go (so its heap does not grow with
 * the files), and resolves what each finding points at before it does: on the whole shared
 * corpus (seven doc sets under one root), exactly the findings of one check run over every
 * document at once, and the contexts a report would find by parsing the files again.
 */
class DocSetByDocSetTest {

    @Test
    void theCorpusDocSetByDocSetGivesTheFindingsOfOneRunOverAll() throws Exception {
        Path corpus = Expectations.shared().resolve("corpus").toAbsolutePath().normalize();
        DcsRequest request = DcsRequest.builder(corpus).sourceRoot(corpus)
                .outputDirectory(Files.createTempDirectory("dcs-docsets")).build();
        DcsResult byDocSet = new DcsRunner().check(request);

        List<ParsedDocument> all;
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(corpus));
        try (Stream<Path> files = Files.walk(corpus)) {
            all = files.filter(Files::isRegularFile)
                    .filter(p -> DocumentFormat.forFileName(p.getFileName().toString()) != null)
                    .sorted().map(parser::parse).toList();
        }
        Workspace everything = Workspace.build(List.of(corpus), all);
        List<Finding> atOnce = CheckEngine.load(CheckEngine.DEFAULT_RULES, Map.of()).run(everything);

        assertTrue(everything.docSets().size() > 1, "the corpus must hold several doc sets: " + everything.docSets());
        assertTrue(atOnce.size() > 200, "the corpus has its known findings: " + atOnce.size());
        assertEquals(atOnce, byDocSet.findings());

        // contexts resolved while the documents were held = those found by parsing the files again
        FindingContexts parsing = FindingContexts.parsing(new DcsResult(byDocSet.sourceRoots(), byDocSet.files(),
                byDocSet.findings(), byDocSet.warnings(), Map.of()));
        assertEquals(byDocSet.findings().size(), byDocSet.contexts().size());
        int inCells = 0;
        for (Finding finding : byDocSet.findings()) {
            FindingContext resolved = byDocSet.contexts().get(finding);
            FindingContext parsed = parsing.contextOf(finding);
            assertNotNull(resolved, finding.toString());
            assertEquals(parsed.code(), resolved.code(), finding.toString());
            assertEquals(parsed.text(), resolved.text(), finding.toString());
            assertEquals(parsed.cell(), resolved.cell(), finding.toString());
            assertEquals(parsed.row(), resolved.row(), finding.toString());
            if (resolved.table() != null) {
                inCells++;
                // the table keeps what a report shows of it, its header and the finding's row
                assertEquals(parsed.table().header(), resolved.table().header(), finding.toString());
                assertEquals(parsed.table().line(), resolved.table().line(), finding.toString());
                assertTrue(resolved.table().body().size() <= 1, finding.toString());
            }
        }
        assertTrue(inCells > 150, "most findings are about a cell: " + inCells);
    }

    /**
     * Rules with a Checkstyle cache file make Checkstyle's own loop run, which keys its cache on
     * the whole run: the runner then checks every document in one run, and finds the same.
     */
    @Test
    void rulesThatNeedOneRunGetOneRunAndTheSameFindings(@TempDir Path temp) throws Exception {
        Path otc = Expectations.shared().resolve("corpus/otc").toAbsolutePath().normalize();
        String shipped;
        try (var in = getClass().getClassLoader().getResourceAsStream("dcs/dcs-rules.xml")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withCacheFile = shipped.replaceFirst("<module name=\"Checker\">", "<module name=\"Checker\">\n"
                + "  <property name=\"cacheFile\" value=\"" + temp.resolve("checkstyle.cache").toString()
                .replace('\\', '/') + "\"/>");
        assertTrue(withCacheFile.contains("cacheFile"));
        Path rules = Files.writeString(temp.resolve("rules.xml"), withCacheFile, StandardCharsets.UTF_8);
        try (CheckEngine.Session session = CheckEngine.load(rules.toString(), Map.of()).open()) {
            assertFalse(session.runsDocSetsApart());
        }

        DcsResult apart = new DcsRunner().check(DcsRequest.builder(otc).sourceRoot(otc)
                .outputDirectory(temp.resolve("apart")).build());
        DcsResult together = new DcsRunner().check(DcsRequest.builder(otc).sourceRoot(otc)
                .outputDirectory(temp.resolve("together")).rulesLocation(rules.toString()).build());
        assertTrue(apart.findings().size() > 100, "the OTC corpus has its known findings");
        assertEquals(apart.findings(), together.findings());
        assertEquals(apart.contexts(), together.contexts());
    }
}
