package io.github.dcslint.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.dcslint.DcsConfigurationException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceScannerTest {

    @TempDir
    Path temp;

    private Path file(String relative) throws IOException {
        Path path = temp.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "Title\n=====\n");
        return path;
    }

    private static List<String> paths(SourceScanner.ScanResult result) {
        return result.files().stream().map(SourceFile::path).toList();
    }

    private static SourceScanner defaults() throws DcsConfigurationException {
        return new SourceScanner(DcsRequest.DEFAULT_INCLUDES, DcsRequest.DEFAULT_EXCLUDES);
    }

    @Test
    void defaultsFindRstAndMarkdownAtEveryDepthInPathOrder() throws Exception {
        file("z.md");
        file("index.rst");
        file("api/v1/errors.rst");
        file("api/notes.txt");
        file("conf.py");
        SourceScanner.ScanResult result = defaults().scan(List.of(temp));
        assertEquals(List.of("api/v1/errors.rst", "index.rst", "z.md"), paths(result));
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        assertEquals(temp, result.files().get(0).root());
    }

    /** The scan's look at each file is the caches' stamp of it: size and modification time, as a look of its own. */
    @Test
    void scanSeesEachFilesStampWithOrWithoutLinks() throws Exception {
        file("index.rst");
        Files.writeString(file("api/errors.md"), "longer text\n");
        Files.setLastModifiedTime(temp.resolve("index.rst"), java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        SourceScanner.ScanResult linkFree = defaults().scan(List.of(temp));
        Files.createSymbolicLink(temp.resolve("alias.md"), temp.resolve("api/errors.md"));
        SourceScanner.ScanResult withLink = defaults().scan(List.of(temp));
        for (SourceScanner.ScanResult result : List.of(linkFree, withLink)) {
            assertEquals(2, result.files().size(), paths(result).toString());
            for (SourceFile file : result.files()) {
                assertEquals(io.github.dcslint.cache.DocumentCache.FileStamp.of(Files.readAttributes(file.file(),
                        java.nio.file.attribute.BasicFileAttributes.class)), result.stamps().get(file.file()), file.path());
            }
        }
        assertEquals(1_000_000_000_000L, linkFree.stamps().get(temp.resolve("index.rst")).modifiedNanos());
    }

    @Test
    void defaultExcludesSkipBuildOutputAndVcsDirectoriesAtAnyDepth() throws Exception {
        file("index.rst");
        file("target/copy.rst");
        file(".git/x.md");
        file("web/node_modules/pkg/README.md");
        file("doc/_build/html/index.rst");
        assertEquals(List.of("index.rst"), paths(defaults().scan(List.of(temp))));
    }

    @Test
    void pathExcludesMatchFilesAndDirectories() throws Exception {
        file("api/a.rst");
        file("api/old/b.rst");
        file("drafts/c.md");
        SourceScanner scanner = new SourceScanner(List.of("**/*.rst", "**/*.md"), List.of("api/old", "**/c.md"));
        assertEquals(List.of("api/a.rst"), paths(scanner.scan(List.of(temp))));
    }

    @Test
    void nameIncludeMatchesAnywhere() throws Exception {
        file("a/errors.rst");
        file("a/index.rst");
        SourceScanner scanner = new SourceScanner(List.of("errors.rst"), List.of());
        assertEquals(List.of("a/errors.rst"), paths(scanner.scan(List.of(temp))));
    }

    @Test
    void symbolicLinkLeavingTheRootIsSkippedWithAWarning() throws Exception {
        Path root = Files.createDirectories(temp.resolve("docs"));
        Files.writeString(root.resolve("index.rst"), "x\n");
        Path outside = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(outside.resolve("secret.rst"), "x\n");
        Files.createSymbolicLink(root.resolve("linked-dir"), outside);
        Files.createSymbolicLink(root.resolve("linked.rst"), outside.resolve("secret.rst"));
        SourceScanner.ScanResult result = defaults().scan(List.of(root));
        assertEquals(List.of("index.rst"), paths(result));
        assertEquals(2, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().stream().allMatch(w -> w.contains("outside the source root")),
                result.warnings().toString());
    }

    @Test
    void symbolicLinkInsideTheRootIsFollowedButEachFileCheckedOnce() throws Exception {
        file("real/a.rst");
        Files.createSymbolicLink(temp.resolve("alias"), temp.resolve("real"));
        SourceScanner.ScanResult result = defaults().scan(List.of(temp));
        assertEquals(1, result.files().size(), paths(result).toString());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
    }

    /** A tree is walked first without following links; a link met late makes the scan start over, following them. */
    @Test
    void linkMetAfterOtherFilesStartsTheScanOverAndListsEachFileOnce() throws Exception {
        file("a/one.rst");
        file("b/two.rst");
        file("c/three.md");
        Files.createSymbolicLink(temp.resolve("zz"), temp.resolve("b"));
        Files.createSymbolicLink(temp.resolve("zz.rst"), temp.resolve("a/one.rst"));
        SourceScanner.ScanResult result = defaults().scan(List.of(temp));
        assertEquals(List.of("a/one.rst", "b/two.rst", "c/three.md"), paths(result));
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
    }

    @Test
    void rootThatIsALinkIsWalkedThroughIt() throws Exception {
        file("real/api/a.rst");
        file("real/index.rst");
        Path root = Files.createSymbolicLink(temp.resolve("docs"), temp.resolve("real"));
        SourceScanner.ScanResult result = defaults().scan(List.of(root));
        assertEquals(List.of("api/a.rst", "index.rst"), paths(result));
        assertEquals(root.resolve("api/a.rst"), result.files().get(0).file());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
    }

    @Test
    void linkLoopIsReportedAndTheScanFinishes() throws Exception {
        file("a/index.rst");
        Files.createSymbolicLink(temp.resolve("a/loop"), temp.resolve("a"));
        SourceScanner.ScanResult result = defaults().scan(List.of(temp));
        assertEquals(List.of("a/index.rst"), paths(result));
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("loops")), result.warnings().toString());
    }

    @Test
    void brokenLinkIsReportedNotFatal() throws Exception {
        file("index.rst");
        Files.createSymbolicLink(temp.resolve("gone.rst"), temp.resolve("missing.rst"));
        SourceScanner.ScanResult result = defaults().scan(List.of(temp));
        assertEquals(List.of("index.rst"), paths(result));
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("gone.rst") && w.contains("broken")),
                result.warnings().toString());
    }

    @Test
    void overlappingRootsCheckAFileOnceUnderTheFirstRoot() throws Exception {
        file("api/a.rst");
        SourceScanner.ScanResult result = defaults().scan(List.of(temp, temp.resolve("api")));
        assertEquals(List.of("api/a.rst"), paths(result));
    }

    @Test
    void missingRootIsAConfigurationError() throws Exception {
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> defaults().scan(List.of(temp.resolve("nope"))));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void noIncludeIsAConfigurationError() {
        assertThrows(DcsConfigurationException.class, () -> new SourceScanner(List.of(" "), List.of()));
    }
}
