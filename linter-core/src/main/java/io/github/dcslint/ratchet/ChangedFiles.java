package io.github.dcslint.ratchet;

import io.github.dcslint.report.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files that changed since a git ref: committed since, staged, modified in the working tree,
 * or new and not ignored. Findings outside them are not reported, as Spotless' ratchetFrom
 * formats only such files; the checks still read every document, so a cross-document finding
 * on a changed page (a new page using a code its appendix lacks) is still reported.
 *
 * @param repositoryRoot the repository's top directory (real path)
 * @param ref            the ref as the user wrote it
 * @param commit         the commit compared with: the merge base of the ref and HEAD (the ref
 *                       itself when they share no history)
 * @param files          the changed files, absolute real paths
 */
public record ChangedFiles(Path repositoryRoot, String ref, String commit, Set<Path> files) {

    public ChangedFiles {
        files = Set.copyOf(files);
    }

    /** Whether {@code file} is one of the changed files (symbolic links resolved). */
    public boolean contains(Path file) {
        return files.contains(realPath(file));
    }

    /** The findings in changed files, in their order. */
    public List<Finding> filter(List<Finding> findings) {
        Map<Path, Boolean> seen = new HashMap<>();
        return findings.stream().filter(f -> seen.computeIfAbsent(f.file(), this::contains)).toList();
    }

    static Path realPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            // A file that is gone cannot be a changed file on disk; compare what we have.
            return absolute;
        }
    }
}
