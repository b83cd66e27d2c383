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
public final class BuildFingerprint {

    /** Code sources already fingerprinted in this JVM (a class folder is walked once, not per run). */
    private static final java.util.Map<String, String> CODE_SOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Declared after CODE_SOURCES, which computing it uses. */
    private static final String VALUE = compute();

    private BuildFingerprint() {
    }

    public static String get() {
        return VALUE;
    }

    private static String compute() {
        return "dcs " + DcsVersion.get() + "; codec " + DocumentCodec.VERSION + "; " + codeSourceOf(DocumentParser.class);
    }

    /**
     * Which build of {@code type} is loaded: its jar by path, size and time, or its class folder by
     * the newest class file; an unknown origin gives a value no other run shares (an entry made
     * from it never matches: safe, only slower).
     */
    public static String codeSourceOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null) {
            return "unknown " + System.nanoTime();
        }
        return CODE_SOURCES.computeIfAbsent(location.toString(), key -> codeSource(location));
    }

    private static String codeSource(URL location) {
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
