package io.github.dcslint.cache;

import io.github.dcslint.DcsVersion;
import io.github.dcslint.parse.DocumentParser;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Which build of the parsers wrote a cache entry. The version alone is not enough: every build
 * of a SNAPSHOT (and every compile of a developer's classes) has the same version but may parse
 * differently. So the jar (or class folder) the parsers were loaded from is part of it too.
 */
final class BuildFingerprint {

    private static final String VALUE = compute();

    private BuildFingerprint() {
    }

    static String get() {
        return VALUE;
    }

    private static String compute() {
        return "dcs " + DcsVersion.get() + "; codec " + DocumentCodec.VERSION + "; " + codeSource();
    }

    /** The parsers' jar by size and time, or their class folder by the newest class file. */
    private static String codeSource() {
        CodeSource source = DocumentParser.class.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) {
            // unknown origin: an entry that never matches another run is safe, only slower
            return "unknown " + System.nanoTime();
        }
        try {
            Path path = Path.of(location.toURI());
            if (Files.isRegularFile(path)) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                return "jar " + path + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis();
            }
            try (Stream<Path> files = Files.walk(path)) {
                long newest = files.filter(f -> f.toString().endsWith(".class"))
                        .mapToLong(BuildFingerprint::modified).max().orElse(0);
                return "classes " + path + " " + newest;
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown " + System.nanoTime();
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
