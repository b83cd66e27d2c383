package io.github.dcslint.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** dcs:baseline, then verify-docs with dcs.baseline and dcs.ratchetFrom, over the real checks. */
class BaselineMojoTest {

    /** Four StatusNameMismatch findings (three alike: "400 BadRequest"), expectations written in the file. */
    private static final Path INPUT = Path.of(System.getProperty("dcs.projectRoot"))
            .resolve("testdata/rules/StatusNameMismatch/bad-graph-code-and-name.md");

    @TempDir
    Path base;

    private Path page;

    private Path placeInput() throws Exception {
        page = base.resolve("docs/cancel.md");
        Files.createDirectories(page.getParent());
        return Files.copy(INPUT, page);
    }

    private BaselineMojo baselineMojo() {
        BaselineMojo mojo = new BaselineMojo();
        mojo.baseDirectory = base.toFile();
        mojo.sources = List.of("docs");
        mojo.includes = "**/*.md";
        mojo.excludes = "target";
        mojo.rules = "classpath:dcs/dcs-rules.xml";
        mojo.baseline = "dcs-baseline.json";
        mojo.outputDirectory = base.resolve("target/dcs").toFile();
        return mojo;
    }

    private VerifyDocsMojo verifyMojo() {
        VerifyDocsMojo mojo = new VerifyDocsMojo();
        mojo.baseDirectory = base.toFile();
        mojo.sources = List.of("docs");
        mojo.includes = "**/*.md";
        mojo.excludes = "target";
        mojo.rules = "classpath:dcs/dcs-rules.xml";
        mojo.failOnViolation = true;
        mojo.violationSeverity = "error";
        mojo.formats = "xml,sarif";
        mojo.outputDirectory = base.resolve("target/dcs").toFile();
        return mojo;
    }

    @Test
    void baselinedFindingsPassAfterAnEditAboveThemWhileNewOnesFail() throws Exception {
        placeInput();
        MojoFailureException before = assertThrows(MojoFailureException.class, verifyMojo()::execute);
        assertTrue(before.getMessage().startsWith("You have 4 documentation findings"), before.getMessage());

        baselineMojo().execute();
        Path baselineFile = base.resolve("dcs-baseline.json");
        String json = Files.readString(baselineFile);
        assertTrue(json.contains("\"count\" : 3"), json); // the three "400 BadRequest" rows: one entry

        VerifyDocsMojo withBaseline = verifyMojo();
        withBaseline.baseline = baselineFile.toFile();
        withBaseline.execute(); // every finding is in the baseline

        // The edit: a paragraph above the table (every row moves down 3 lines), a fourth
        // "400 BadRequest" row and a misnamed 404 at the table's end (the file ends with the table).
        String text = Files.readString(page);
        text = text.replace("### Response\n", "### Response\n\nCancelling twice is an error.\n\n");
        text = text + "| 400 BadRequest | The request was cancelled already. |\n| 404 NotFound | No such request. |\n";
        Files.writeString(page, text);

        VerifyDocsMojo afterEdit = verifyMojo();
        afterEdit.baseline = baselineFile.toFile();
        MojoFailureException after = assertThrows(MojoFailureException.class, afterEdit::execute);
        assertTrue(after.getMessage().startsWith("You have 2 documentation findings"), after.getMessage());
        String summary = Files.readString(base.resolve("target/dcs/dcs-summary.md"));
        // the new rows are the last two lines of the file
        long lines = text.lines().count();
        assertTrue(summary.contains("docs/cancel.md:" + (lines - 1) + " | StatusNameMismatch"), summary);
        assertTrue(summary.contains("docs/cancel.md:" + lines + " | StatusNameMismatch"), summary);
        assertTrue(summary.contains("4 findings are in the baseline"), summary);
    }

    @Test
    void fixedFindingIsReportedAsAStaleEntry() throws Exception {
        placeInput();
        baselineMojo().execute();
        Files.writeString(page, Files.readString(page).replace("| 403 UnAuthorized |", "| 403 Forbidden |"));
        VerifyDocsMojo verify = verifyMojo();
        verify.baseline = base.resolve("dcs-baseline.json").toFile();
        verify.execute();
        String summary = Files.readString(base.resolve("target/dcs/dcs-summary.md"));
        assertTrue(summary.contains("3 findings are in the baseline"), summary);
        assertTrue(summary.contains("1 entry is stale"), summary);
    }

    @Test
    void brokenBaselineIsABrokenConfiguration() throws Exception {
        placeInput();
        Files.writeString(base.resolve("bad.json"), "[]");
        VerifyDocsMojo verify = verifyMojo();
        verify.baseline = base.resolve("bad.json").toFile();
        MojoExecutionException e = assertThrows(MojoExecutionException.class, verify::execute);
        assertTrue(e.getMessage().contains("not a dcs baseline"), e.getMessage());
    }

    @Test
    void formatGithubPrintsAnnotationsOnStandardOutput() throws Exception {
        placeInput();
        VerifyDocsMojo verify = verifyMojo();
        verify.formats = "xml, github";
        verify.failOnViolation = false;
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            verify.execute();
        } finally {
            System.setOut(original);
        }
        List<String> commands = captured.toString(java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("::")).toList();
        assertEquals(4, commands.size(), () -> String.join("\n", commands));
        // the base directory is no git checkout: paths are relative to it
        assertTrue(commands.get(0).startsWith("::error file=docs/cancel.md,line="), commands.get(0));
        assertTrue(commands.get(0).contains(",title=StatusNameMismatch::"), commands.get(0));
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.invalid",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
    }

    @Test
    void ratchetLeavesUnchangedFilesOutAndAnUnknownRefIsABrokenConfiguration() throws Exception {
        placeInput();
        git("init", "-q");
        git("add", "-A");
        git("commit", "-q", "-m", "docs");

        VerifyDocsMojo unchanged = verifyMojo();
        unchanged.ratchetFrom = "HEAD";
        unchanged.execute(); // four findings, none in a changed file

        Files.writeString(page, Files.readString(page) + "| 404 NotFound | No such request. |\n");
        VerifyDocsMojo changed = verifyMojo();
        changed.ratchetFrom = "HEAD";
        MojoFailureException e = assertThrows(MojoFailureException.class, changed::execute);
        assertTrue(e.getMessage().startsWith("You have 5 documentation findings"), e.getMessage());

        VerifyDocsMojo unknown = verifyMojo();
        unknown.ratchetFrom = "origin/nope";
        MojoExecutionException bad = assertThrows(MojoExecutionException.class, unknown::execute);
        assertTrue(bad.getMessage().contains("dcs.ratchetFrom=origin/nope names no commit"), bad.getMessage());
    }
}
