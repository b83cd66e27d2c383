package io.github.dcslint.report;

import java.nio.file.Path;

/**
 * Shows a finding's file relative to the repository root, as GitHub wants paths in annotations
 * and as a reviewer reads them in a pull request ({@code docs/api/a.rst}, not the path inside
 * a source root).
 */
public final class RepositoryPaths {

    private final Path repositoryRoot;

    /** Paths relative to {@code repositoryRoot}; a file outside it keeps its absolute path. */
    public RepositoryPaths(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
    }

    public Path root() {
        return repositoryRoot;
    }

    public String of(Finding finding) {
        return of(finding.file());
    }

    public String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(repositoryRoot) ? repositoryRoot.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /**
     * The repository root for a run in {@code baseDirectory}: {@code GITHUB_WORKSPACE} under
     * GitHub Actions (the checkout), else the nearest directory above holding {@code .git},
     * else the base directory itself.
     */
    public static Path find(Path baseDirectory, java.util.Map<String, String> environment) {
        String workspace = environment.get("GITHUB_WORKSPACE");
        Path base = baseDirectory.toAbsolutePath().normalize();
        if (workspace != null && !workspace.isBlank()) {
            Path root = Path.of(workspace).toAbsolutePath().normalize();
            if (base.startsWith(root)) {
                return root;
            }
        }
        for (Path dir = base; dir != null; dir = dir.getParent()) {
            // .git is a directory in a clone and a file in a worktree or submodule
            if (java.nio.file.Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return base;
    }
}
