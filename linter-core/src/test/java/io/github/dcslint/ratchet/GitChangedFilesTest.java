package io.github.dcslint.ratchet;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.report.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.dcslint.testing.TestGit.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs against real repositories made with the git command line in a temporary folder. */
class GitChangedFilesTest {

    @TempDir
    Path repo;

    private Path write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @BeforeEach
    void baseCommit() throws Exception {
        git(repo, "init", "-q");
        write("docs/committed.md", "a\n");
        write("docs/staged.md", "a\n");
        write("docs/modified.md", "a\n");
        write("docs/untouched.md", "a\n");
        write(".gitignore", "ignored.md\n");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "base");
        git(repo, "tag", "base");
    }

    private Set<String> changed(ChangedFiles files) {
        Set<String> names = new TreeSet<>();
        for (Path file : files.files()) {
            names.add(files.repositoryRoot().relativize(file).toString().replace('\\', '/'));
        }
        return names;
    }

    @Test
    void committedStagedModifiedAndNewFilesAreChangedIgnoredAndUntouchedAreNot() throws Exception {
        write("docs/committed.md", "b\n");
        git(repo, "commit", "-q", "-am", "second");
        write("docs/staged.md", "b\n");
        git(repo, "add", "docs/staged.md");
        write("docs/modified.md", "b\n");
        write("docs/new page.md", "new\n");
        write("docs/ignored.md", "x\n");

        ChangedFiles files = new GitChangedFiles().since(repo.resolve("docs"), "base");

        assertEquals(Set.of("docs/committed.md", "docs/staged.md", "docs/modified.md", "docs/new page.md"),
                changed(files));
        assertTrue(files.commit().matches("[0-9a-f]{40}"), files.commit());
        assertTrue(files.contains(repo.resolve("docs/../docs/modified.md")));
    }

    @Test
    void changesOnTheBaseBranchAfterTheBranchLeftItAreNotThePullRequests() throws Exception {
        git(repo, "checkout", "-q", "-b", "feature");
        write("docs/modified.md", "feature\n");
        git(repo, "commit", "-q", "-am", "feature work");
        git(repo, "checkout", "-q", "main");
        write("docs/untouched.md", "changed on main later\n");
        git(repo, "commit", "-q", "-am", "main moves on");
        String mainHead = git(repo, "rev-parse", "HEAD").strip();
        git(repo, "checkout", "-q", "feature");

        ChangedFiles files = new GitChangedFiles().since(repo, "main");

        assertEquals(Set.of("docs/modified.md"), changed(files));
        assertEquals(git(repo, "rev-parse", "base").strip(), files.commit(), "compared with the merge base");
        assertTrue(!files.commit().equals(mainHead));
    }

    @Test
    void filterKeepsOnlyFindingsInChangedFiles() throws Exception {
        write("docs/modified.md", "b\n");
        ChangedFiles files = new GitChangedFiles().since(repo, "HEAD");
        Finding inChanged = new Finding(repo.resolve("docs/modified.md"), "modified.md", 1, 1, SeverityLevel.ERROR,
                "R", "m");
        Finding inUntouched = new Finding(repo.resolve("docs/untouched.md"), "untouched.md", 1, 1,
                SeverityLevel.ERROR, "R", "m");
        assertEquals(List.of(inChanged), files.filter(List.of(inUntouched, inChanged)));
    }

    @Test
    void unknownRefSaysSoAndHowToFix() {
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> new GitChangedFiles().since(repo, "origin/no-such-branch"));
        assertTrue(e.getMessage().startsWith("dcs.ratchetFrom=origin/no-such-branch names no commit in "),
                e.getMessage());
        assertTrue(e.getMessage().contains("fetch-depth: 0"), e.getMessage());
    }

    @Test
    void refThatLooksLikeAnOptionIsJustAnUnknownRef() {
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> new GitChangedFiles().since(repo, "--output=/tmp/x"));
        assertTrue(e.getMessage().contains("names no commit"), e.getMessage());
    }

    @Test
    void noRepositorySaysSo(@TempDir Path notARepo) {
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> new GitChangedFiles().since(notARepo, "main"));
        assertTrue(e.getMessage().contains("needs a git repository, but " + notARepo.toAbsolutePath().normalize()
                + " is not inside one"), e.getMessage());
    }

    @Test
    void missingGitSaysToInstallIt() {
        DcsConfigurationException e = assertThrows(DcsConfigurationException.class,
                () -> new GitChangedFiles("/no/such/git-binary").since(repo, "main"));
        assertTrue(e.getMessage().contains("install git"), e.getMessage());
    }
}
