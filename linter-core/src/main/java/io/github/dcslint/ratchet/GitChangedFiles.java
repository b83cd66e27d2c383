package io.github.dcslint.ratchet;


import io.github.dcslint.DcsConfigurationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Asks the git command line which files changed since a ref ({@code -Ddcs.ratchetFrom=REF}).
 *
 * <p>Why the git CLI and not JGit (which Spotless uses): no new dependency (JGit brings its own
 * jars and logging), and git itself answers exactly as the user's {@code git status} does: same
 * config, worktrees, sparse checkouts, {@code .gitignore} rules. CI machines that check out the
 * repository have git; without it the goal says so and how to proceed.
 */
public final class GitChangedFiles {

    private static final long TIMEOUT_SECONDS = 120;

    private final String git;

    /** Runs {@code git} from the PATH. */
    public GitChangedFiles() {
        this("git");
    }

    /** Runs the given git executable (tests, unusual installations). */
    public GitChangedFiles(String gitExecutable) {
        this.git = gitExecutable;
    }

    /**
     * The files changed since {@code ref} in the repository holding {@code directory}.
     *
     * @throws DcsConfigurationException when git is missing, {@code directory} is in no git
     *                                   repository, or the ref is unknown; the message says what to do
     */
    public ChangedFiles since(Path directory, String ref) throws DcsConfigurationException {
        if (ref == null || ref.isBlank()) {
            throw new DcsConfigurationException("dcs.ratchetFrom is empty; name a branch, tag or commit, "
                    + "e.g. -Ddcs.ratchetFrom=origin/main");
        }
        Path dir = directory.toAbsolutePath().normalize();
        Result top = run(dir, "rev-parse", "--show-toplevel");
        if (top.exit != 0) {
            throw new DcsConfigurationException("dcs.ratchetFrom=" + ref + " needs a git repository, but " + dir
                    + " is not inside one (" + firstLine(top.err) + "); run in a git checkout or leave out "
                    + "dcs.ratchetFrom");
        }
        Path root = ChangedFiles.realPath(Path.of(top.out.strip()));
        // "--end-of-options" keeps a ref such as "--output=x" from being read as an option.
        Result commit = run(root, "rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}");
        if (commit.exit != 0) {
            throw new DcsConfigurationException("dcs.ratchetFrom=" + ref + " names no commit in " + root
                    + "; name an existing branch, tag or commit (in a shallow CI clone, fetch it first, "
                    + "e.g. actions/checkout with fetch-depth: 0)");
        }
        String sha = commit.out.strip();
        // As Spotless does, compare with the merge base of the ref and HEAD: files changed on
        // origin/main after the branch left it are not the pull request's changes. With no
        // common history (or no HEAD yet), the ref itself.
        Result mergeBase = run(root, "merge-base", sha, "HEAD");
        String base = mergeBase.exit == 0 && !mergeBase.out.isBlank() ? mergeBase.out.strip() : sha;
        Set<Path> files = new HashSet<>();
        // Compared with the working tree, "git diff <commit>" covers what was committed since,
        // what is staged and what is only modified on disk.
        Result diff = run(root, "diff", "--name-only", "--no-renames", "-z", base, "--");
        requireSuccess(diff, "git diff");
        addPaths(files, root, diff.out);
        // New files that are not yet added: a page being written is a changed page.
        Result untracked = run(root, "ls-files", "--others", "--exclude-standard", "-z");
        requireSuccess(untracked, "git ls-files");
        addPaths(files, root, untracked.out);
        return new ChangedFiles(root, ref, base, files);
    }

    private static void addPaths(Set<Path> files, Path root, String nulSeparated) {
        for (String path : nulSeparated.split("\0")) {
            if (!path.isEmpty()) {
                files.add(ChangedFiles.realPath(root.resolve(path)));
            }
        }
    }

    private static void requireSuccess(Result result, String what) throws DcsConfigurationException {
        if (result.exit != 0) {
            throw new DcsConfigurationException(what + " failed (exit " + result.exit + "): " + firstLine(result.err)
                    + "; check the repository with git status");
        }
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline);
    }

    private record Result(int exit, String out, String err) {
    }

    /** Runs git in {@code directory}; output goes through files so a full pipe can never hang it. */
    private Result run(Path directory, String... arguments) throws DcsConfigurationException {
        List<String> command = new ArrayList<>();
        command.add(git);
        command.addAll(List.of(arguments));
        Path out = null;
        Path err = null;
        Process process = null;
        try {
            out = Files.createTempFile("dcs-git", ".out");
            err = Files.createTempFile("dcs-git", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            Map<String, String> env = builder.environment();
            env.put("GIT_TERMINAL_PROMPT", "0");
            // A read-only question: do not take the index lock another git command may hold.
            env.put("GIT_OPTIONAL_LOCKS", "0");
            env.put("LC_ALL", "C");
            process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new DcsConfigurationException("git " + String.join(" ", arguments) + " did not finish in "
                        + TIMEOUT_SECONDS + " s in " + directory + "; check the repository with git status");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DcsConfigurationException("dcs.ratchetFrom needs the git command, but it could not be run ("
                    + e.getMessage() + "); install git or leave out dcs.ratchetFrom", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DcsConfigurationException("interrupted while waiting for git", e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a leftover temporary file is not worth failing the build for
            }
        }
    }
}
