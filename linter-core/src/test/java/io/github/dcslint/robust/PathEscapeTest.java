package io.github.dcslint.robust;

import io.github.dcslint.report.Finding;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.DcsRunner;
import io.github.dcslint.run.SourceFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing outside the source roots is read, through the whole pipeline: csv-table {@code :file:}
 * and {@code include} that lead out (by {@code ..}, by an absolute path or through a symbolic
 * link) are findings at their directive, links that leave the root or loop are skipped by the scan
 * with a warning, and a secret planted outside never shows in any finding or table.
 */
class PathEscapeTest {

    private static final String SECRET = "secret-7c41";

    @TempDir
    Path dir;
    private Path root;
    private Path outside;

    @BeforeEach
    void tree() throws IOException {
        root = Files.createDirectories(dir.resolve("docs"));
        outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("codes.csv"), "Code,Name\n200," + SECRET + "\n");
        Files.writeString(outside.resolve("page.rst"), "Outside\n=======\n\n.. csv-table::\n\n   200, " + SECRET + "\n");
        Files.writeString(outside.resolve("page.md"), "| Code |\n|---|\n| " + SECRET + " |\n");
        Path api = Files.createDirectories(root.resolve("api"));
        Files.createSymbolicLink(api.resolve("codes.csv"), outside.resolve("codes.csv"));
        Files.createSymbolicLink(api.resolve("loop.csv"), api.resolve("loop.csv"));
        Files.createSymbolicLink(api.resolve("included.rst.txt"), outside.resolve("page.rst"));
        Files.writeString(api.resolve("inside.csv"), "Code,Name\n200,OK\n");
        Files.writeString(api.resolve("page.rst"), String.join("\n",
                "Codes",                                      // 1
                "=====",                                      // 2
                "",                                           // 3
                ".. csv-table:: Through a link",              // 4
                "   :file: codes.csv",                        // 5
                "   :header-rows: 1",                         // 6
                "",                                           // 7
                ".. csv-table:: A link to itself",            // 8
                "   :file: loop.csv",                         // 9
                "",                                           // 10
                ".. include:: included.rst.txt",              // 11
                "",                                           // 12
                ".. csv-table:: Inside, read",                // 13
                "   :file: inside.csv",                       // 14
                "   :header-rows: 1",                         // 15
                ""));
        // the scan's cases: a directory and a file leading out, a loop, a link to itself
        Files.createSymbolicLink(root.resolve("out"), outside);
        Files.createSymbolicLink(root.resolve("escape.md"), outside.resolve("page.md"));
        Files.createSymbolicLink(api.resolve("up"), root);
        Files.createSymbolicLink(root.resolve("self.rst"), root.resolve("self.rst"));
    }

    private DcsResult run(Path sourceRoot) {
        DcsRequest request = DcsRequest.builder(dir).sourceRoot(sourceRoot).outputDirectory(dir.resolve("out-reports"))
                .threads(1).build();
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new DcsRunner().check(request));
    }

    @Test
    void nothingOutsideTheRootIsRead() {
        DcsResult result = run(root);
        List<String> checked = result.files().stream().map(SourceFile::path).toList();
        assertEquals(List.of("api/page.rst"), checked, "only the one document really inside the root");
        for (Finding finding : result.findings()) {
            assertFalse(finding.message().contains(SECRET), "read from outside: " + finding);
        }
        List<String> malformed = result.findings().stream().filter(f -> f.ruleId().equals("MalformedTable"))
                .map(f -> f.line() + ":" + f.column() + " " + f.message()).toList();
        assertEquals(3, malformed.size(), malformed.toString());
        assertTrue(malformed.get(0).startsWith("4:1 ") && malformed.get(0).contains("symbolic link"), malformed.get(0));
        assertTrue(malformed.get(1).startsWith("8:1 ") && malformed.get(1).contains("cannot be followed"),
                malformed.get(1));
        assertTrue(malformed.get(2).startsWith("11:1 ") && malformed.get(2).contains("symbolic link"), malformed.get(2));
    }

    @Test
    void theScanSaysWhatItSkipped() {
        List<String> warnings = run(root).warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.contains("out") && w.contains("outside the source root")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("escape.md") && w.contains("outside the source root")),
                warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("self.rst")), warnings.toString());
        // api/up points back at the root: the scan notices the loop instead of walking it forever
        assertTrue(warnings.stream().anyMatch(w -> w.contains("up") && w.contains("loop")), warnings.toString());
    }

    /** A root reached through a link is not "outside itself": its own files are read as usual. */
    @Test
    void aSourceRootThatIsALinkReadsItsOwnFiles() throws IOException {
        Path linkedRoot = Files.createSymbolicLink(dir.resolve("docs-link"), root);
        DcsResult result = run(linkedRoot);
        assertEquals(List.of("api/page.rst"), result.files().stream().map(SourceFile::path).toList());
        assertEquals(3, result.findings().stream().filter(f -> f.ruleId().equals("MalformedTable")).count(),
                result.findings().toString());
    }
}
