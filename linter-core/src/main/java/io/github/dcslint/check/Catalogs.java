package io.github.dcslint.check;

import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.catalog.StatusCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads catalog locations for check properties, once per location and file version, so eleven
 * checks configured with the same catalogs read them once.
 */
final class Catalogs {

    static final String CLASSPATH = "classpath:";
    static final List<String> DEFAULT_LOCATIONS = List.of(CLASSPATH + StatusCatalog.IANA_RESOURCE,
            CLASSPATH + StatusCatalog.LEGACY_NAMES_RESOURCE);

    private record Key(String location, FileTime modified) {
    }

    private static final Map<Key, StatusCatalog> CACHE = new ConcurrentHashMap<>();

    /**
     * The layering of each list of loaded catalogs, by the catalogs' identity (StatusCatalog has
     * no equals of its own): every check of the rules asks for the same layers, and layering
     * re-reads every row (5 % of a cached run's samples, JFR). A catalog file read again is a
     * new catalog object and so a new key; like {@link #CACHE}, this keeps what it made.
     */
    private static final Map<List<StatusCatalog>, StatusCatalog> LAYERED = new ConcurrentHashMap<>();

    private Catalogs() {
    }

    static StatusCatalog load(List<String> locations) throws DcsConfigurationException {
        List<StatusCatalog> layers = new ArrayList<>();
        for (String location : locations) {
            layers.add(loadOne(location));
        }
        return LAYERED.computeIfAbsent(List.copyOf(layers), StatusCatalog::layered);
    }

    private static StatusCatalog loadOne(String location) throws DcsConfigurationException {
        if (location.startsWith(CLASSPATH)) {
            Key key = new Key(location, null);
            StatusCatalog cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
            String resource = location.substring(CLASSPATH.length());
            ClassLoader loader = Catalogs.class.getClassLoader();
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new DcsConfigurationException(location
                            + ":1: no such resource on the class path; check the name or add the jar holding it");
                }
                StatusCatalog catalog = StatusCatalog.read(location, new InputStreamReader(in, StandardCharsets.UTF_8));
                CACHE.put(key, catalog);
                return catalog;
            } catch (IOException e) {
                throw new DcsConfigurationException(location + ":1: cannot read catalog: " + e, e);
            }
        }
        if (location.regionMatches(true, 0, "file:", 0, 5)) {
            try {
                return loadOne(Path.of(java.net.URI.create(location)).toString());
            } catch (IllegalArgumentException e) {
                throw new DcsConfigurationException(location + ":1: not a usable file URL; write a path instead", e);
            }
        }
        if (location.matches("(?i)(https?|jar):.*")) {
            Key key = new Key(location, null);
            StatusCatalog cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
            try (InputStream in = java.net.URI.create(location).toURL().openStream()) {
                StatusCatalog catalog = StatusCatalog.read(location, new InputStreamReader(in, StandardCharsets.UTF_8));
                CACHE.put(key, catalog);
                return catalog;
            } catch (IOException | IllegalArgumentException e) {
                throw new DcsConfigurationException(location + ":1: cannot read catalog: " + e, e);
            }
        }
        Path file = Path.of(location);
        FileTime modified;
        try {
            modified = Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new DcsConfigurationException(location + ":1: catalog file does not exist or cannot be read; "
                    + "check the path", e);
        }
        Key key = new Key(file.toAbsolutePath().normalize().toString(), modified);
        StatusCatalog cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        StatusCatalog catalog = StatusCatalog.load(file);
        CACHE.put(key, catalog);
        return catalog;
    }
}
