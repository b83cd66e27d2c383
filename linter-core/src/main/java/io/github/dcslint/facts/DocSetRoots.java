package io.github.dcslint.facts;

import io.github.dcslint.model.DocumentFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the doc set a file belongs to from its path alone (folders and the files beside them),
 * before anything is parsed: so a run can parse, check and release one doc set after another,
 * and hold the facts of one doc set at a time, not of every file (no check compares doc sets).
 *
 * <p>The root of an RST file is the nearest folder holding {@code conf.py}, else the topmost
 * folder with an {@code index.rst}, else its source root; never above the source root. A
 * Markdown file's is its source root, unless it sits in a Sphinx source folder (MyST pages beside
 * the RST ones), whose {@code conf.py} makes it one doc set with them.
 */
public final class DocSetRoots {

    private final List<Path> rootsDeepestFirst;
    private final Set<Path> indexFiles;
    /** Files.isRegularFile, asked once per path: documents of one folder ask alike. */
    private final Map<Path, Boolean> regularFile = new HashMap<>();
    /** Documents of one folder have one doc set root: found once per folder. */
    private final Map<FolderKey, Path> rootOfFolder = new HashMap<>();

    private DocSetRoots(Collection<Path> sourceRoots, Set<Path> indexFiles) {
        this.rootsDeepestFirst = sourceRoots.stream().map(DocSetRoots::normalize).distinct()
                .sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList();
        this.indexFiles = Set.copyOf(indexFiles);
    }

    /**
     * The doc sets of {@code files} under the run's source roots: the {@code index.rst} files
     * among them need no lookup on disk; other folders are looked up once each.
     */
    public static DocSetRoots of(Collection<Path> sourceRoots, Collection<Path> files) {
        Set<Path> indexFiles = new HashSet<>();
        for (Path file : files) {
            // the path's text first: getFileName makes a Path of every file (4 % of an incremental
            // run); a path ending so has a file name
            if (file.toString().endsWith("index.rst") && file.getFileName().toString().equals("index.rst")) {
                indexFiles.add(normalize(file));
            }
        }
        return new DocSetRoots(sourceRoots, indexFiles);
    }

    /** The root folder of the doc set of {@code file} (absolute, normalized). */
    public Path rootOf(Path file, DocumentFormat format) {
        Path normalized = normalize(file);
        Path sourceRoot = sourceRootOf(normalized);
        return rootOfFolder.computeIfAbsent(new FolderKey(normalized.getParent(), sourceRoot, format),
                key -> format == DocumentFormat.MARKDOWN ? markdownRoot(normalized, sourceRoot)
                        : sphinxRoot(normalized, sourceRoot));
    }

    private Path sourceRootOf(Path file) {
        for (Path root : rootsDeepestFirst) {
            if (file.startsWith(root)) {
                return root;
            }
        }
        Path parent = file.getParent();
        return parent != null ? parent : file;
    }

    private Path sphinxRoot(Path file, Path sourceRoot) {
        Path topmostIndex = null;
        for (Path dir = file.getParent(); dir != null && dir.startsWith(sourceRoot); dir = dir.getParent()) {
            if (isRegularFile(dir.resolve("conf.py"))) {
                return dir;
            }
            if (indexFiles.contains(dir.resolve("index.rst")) || isRegularFile(dir.resolve("index.rst"))) {
                topmostIndex = dir;
            }
        }
        return topmostIndex != null ? topmostIndex : sourceRoot;
    }

    private Path markdownRoot(Path file, Path sourceRoot) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(sourceRoot); dir = dir.getParent()) {
            if (isRegularFile(dir.resolve("conf.py"))) {
                return dir;
            }
        }
        return sourceRoot;
    }

    private boolean isRegularFile(Path path) {
        return regularFile.computeIfAbsent(path, Files::isRegularFile);
    }

    private record FolderKey(Path folder, Path sourceRoot, DocumentFormat format) {
    }

    static Path normalize(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
