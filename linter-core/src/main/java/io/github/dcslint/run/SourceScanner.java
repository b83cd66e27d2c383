package io.github.dcslint.run;


import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.cache.DocumentCache.FileStamp;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the documents under the source roots. Follows symbolic links that stay inside their
 * root, skips with a warning those that leave it, those that are broken and those that loop,
 * and lists each file once even when two links or two overlapping roots reach it.
 */
final class SourceScanner {

    /**
     * The files in a stable order (by root as given, then path), what was skipped and why, and
     * each file's size and modification time as the scan saw them (by {@link SourceFile#file()}):
     * the caches' stamps, so that they need not look at each file again.
     */
    record ScanResult(List<SourceFile> files, List<String> warnings, Map<Path, FileStamp> stamps) {
    }

    private final List<PathGlob> includes;
    private final List<PathGlob> excludes;

    SourceScanner(List<String> includes, List<String> excludes) throws DcsConfigurationException {
        this.includes = compile("include", includes);
        this.excludes = compile("exclude", excludes);
        if (this.includes.isEmpty()) {
            throw new DcsConfigurationException("no include pattern is set, so no file would be checked;"
                    + " set includes, e.g. **/*.rst,**/*.md");
        }
    }

    private static List<PathGlob> compile(String what, List<String> globs) throws DcsConfigurationException {
        List<PathGlob> out = new ArrayList<>();
        for (String glob : globs) {
            if (glob.isBlank()) {
                continue; // "a,,b" or a trailing comma in a property: nothing meant
            }
            try {
                out.add(PathGlob.compile(glob));
            } catch (IllegalArgumentException e) {
                throw new DcsConfigurationException("bad " + what + " pattern: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Whether the last scan met a symbolic link (then a file may be reached twice). */
    private boolean linkSeen;

    ScanResult scan(List<Path> roots) throws DcsConfigurationException {
        linkSeen = false;
        List<String> warnings = new ArrayList<>();
        List<SourceFile> found = new ArrayList<>();
        Map<Path, FileStamp> stamps = new HashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                throw new DcsConfigurationException("source root " + root + (Files.exists(root)
                        ? " is not a directory" : " does not exist") + "; point the sources at a docs directory");
            }
            List<SourceFile> inRoot = new ArrayList<>();
            List<String> rootWarnings = new ArrayList<>();
            try {
                // First without following links: the walk's own look at each entry (lstat) then
                // says whether it is a link, where a walk that follows links must look at every
                // entry twice to tell (a third of the scan, itself a quarter of an incremental
                // run). A tree with a link anywhere is walked again, following links.
                Visitor linkFree = new Visitor(root, null, inRoot, rootWarnings, stamps);
                Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, linkFree);
                if (linkFree.linkMet) {
                    inRoot.clear();
                    rootWarnings.clear();
                    // the stamps of files seen on the way are seen again (a link's are its target's)
                    Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                            new Visitor(root, root.toRealPath(), inRoot, rootWarnings, stamps));
                }
            } catch (IOException e) {
                throw new DcsConfigurationException("cannot list source root " + root + ": " + e, e);
            }
            inRoot.sort(Comparator.comparing(SourceFile::path));
            found.addAll(inRoot);
            warnings.addAll(rootWarnings);
        }
        if (roots.size() == 1 && !linkSeen) {
            // one root and no symbolic link on the way: no file can be reached twice (resolving
            // every file's real path was a tenth of a cached run)
            return new ScanResult(List.copyOf(found), List.copyOf(warnings), Collections.unmodifiableMap(stamps));
        }
        // Two links (or two overlapping roots) can reach one file: check it once, under the first.
        Set<Path> seen = new HashSet<>();
        List<SourceFile> unique = new ArrayList<>();
        for (SourceFile file : found) {
            Path real;
            try {
                real = file.file().toRealPath();
            } catch (IOException e) {
                real = file.file();
            }
            if (seen.add(real)) {
                unique.add(file);
            }
        }
        return new ScanResult(List.copyOf(unique), List.copyOf(warnings), Collections.unmodifiableMap(stamps));
    }

    private boolean included(String path, String name) {
        for (PathGlob glob : includes) {
            if (glob.matches(glob.matchesNames() ? name : path)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file or directory at {@code path} (relative, '/'-separated) is excluded. */
    private boolean excluded(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        for (PathGlob glob : excludes) {
            if (glob.matches(glob.matchesNames() ? name : path)) {
                return true;
            }
        }
        return false;
    }

    private final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        /** The root's path and a separator: what every path the walk visits under it starts with. */
        private final String rootPrefix;
        /** The root's real path when the walk follows links; null: it does not, and stops at the first link. */
        private final Path realRoot;
        /** Whether this walk, not following links, met one and stopped. */
        boolean linkMet;
        private final List<SourceFile> out;
        private final List<String> warnings;
        private final Map<Path, FileStamp> stamps;

        Visitor(Path root, Path realRoot, List<SourceFile> out, List<String> warnings, Map<Path, FileStamp> stamps) {
            this.root = root;
            String rootText = root.toString();
            this.rootPrefix = rootText.endsWith(root.getFileSystem().getSeparator()) ? rootText
                    : rootText + root.getFileSystem().getSeparator();
            this.realRoot = realRoot;
            this.out = out;
            this.warnings = warnings;
            this.stamps = stamps;
        }

        private void add(Path file, String path, BasicFileAttributes attrs) {
            out.add(new SourceFile(root, file, path));
            stamps.put(file, FileStamp.of(attrs));
        }

        private String relative(Path path) {
            // the walk resolves each path against its folder, so it starts with the root's text:
            // the rest is the relative path (Path.relativize measured 4 % of an incremental run)
            String text = path.toString();
            String relative = text.startsWith(rootPrefix) ? text.substring(rootPrefix.length())
                    : root.relativize(path).toString();
            return relative.replace('\\', '/');
        }

        /** Null when {@code path} may be read; else why not. */
        private String leavesRoot(Path path) {
            if (!Files.isSymbolicLink(path)) {
                return null;
            }
            linkSeen = true;
            try {
                Path target = path.toRealPath();
                return target.startsWith(realRoot) ? null
                        : "it points to " + target + ", outside the source root " + root;
            } catch (IOException e) {
                return "it is broken (" + e.getMessage() + ")";
            }
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) {
                return FileVisitResult.CONTINUE;
            }
            String path = relative(dir);
            if (excluded(path)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (realRoot == null) {
                return FileVisitResult.CONTINUE; // not a link: a walk that does not follow them enters only folders
            }
            String why = leavesRoot(dir);
            if (why != null) {
                warnings.add("skipped symbolic link " + dir + ": " + why);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (realRoot == null && attrs.isSymbolicLink()) {
                // maybe a folder's link, whose files a walk following links would visit
                linkMet = true;
                return FileVisitResult.TERMINATE;
            }
            String path = relative(file);
            if (excluded(path) || !included(path, file.getFileName().toString())) {
                return FileVisitResult.CONTINUE;
            }
            if (realRoot == null) {
                if (attrs.isRegularFile()) {
                    add(file, path, attrs);
                }
                return FileVisitResult.CONTINUE;
            }
            String why = leavesRoot(file);
            if (why != null) {
                warnings.add("skipped symbolic link " + file + ": " + why);
            } else if (attrs.isRegularFile()) {
                add(file, path, attrs);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                warnings.add("skipped symbolic link " + file + ": it loops back to a directory above it");
            } else if (!excluded(relative(file))) {
                warnings.add("skipped " + file + ": cannot read it (" + e + ")");
            }
            return FileVisitResult.CONTINUE;
        }
    }
}
