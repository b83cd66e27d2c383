package io.github.dcslint.catalog;


import io.github.dcslint.DcsConfigurationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An immutable table of what is known about each HTTP status code: the IANA registry, an
 * organisation's catalog, or several of them layered (a later one overrides an earlier one code by
 * code, field by field: an empty field of a later row keeps what the earlier said).
 *
 * <p>The file formats are documented in {@code docs/catalogs.md}.
 */
public final class StatusCatalog {

    /** The IANA HTTP Status Code Registry shipped in dcs-rules. */
    public static final String IANA_RESOURCE = "dcs/iana-http-status-codes.csv";
    /** The legacy names dcs knows (RFC 2616, 2068, 4918, 7231 phrases), shipped in dcs-rules. */
    public static final String LEGACY_NAMES_RESOURCE = "dcs/legacy-names.csv";

    private final List<CatalogRow> rows;
    private final TreeMap<Integer, CatalogEntry> entries;

    private StatusCatalog(List<CatalogRow> rows) {
        this.rows = List.copyOf(rows);
        TreeMap<Integer, CatalogEntry> resolved = new TreeMap<>();
        for (CatalogRow row : this.rows) {
            for (int code = row.from(); code <= row.to(); code++) {
                resolved.put(code, row.over(code, resolved.get(code)));
            }
        }
        this.entries = resolved;
    }

    static StatusCatalog of(List<CatalogRow> rows) {
        return new StatusCatalog(rows);
    }

    /** A catalog that knows no code. */
    public static StatusCatalog empty() {
        return new StatusCatalog(List.of());
    }

    /**
     * The IANA registry shipped with dcs ({@value #IANA_RESOURCE} on the class path).
     *
     * @throws IllegalStateException when the resource is missing or broken: dcs-rules is not on
     *                               the class path or was altered
     */
    public static StatusCatalog loadIana() {
        return loadShipped(IANA_RESOURCE);
    }

    /** The legacy names shipped with dcs ({@value #LEGACY_NAMES_RESOURCE} on the class path). */
    public static StatusCatalog loadLegacyNames() {
        return loadShipped(LEGACY_NAMES_RESOURCE);
    }

    /** The IANA registry with the shipped legacy names laid over it: what every check starts from. */
    public static StatusCatalog loadDefault() {
        return layered(List.of(loadIana(), loadLegacyNames()));
    }

    private static StatusCatalog loadShipped(String resource) {
        ClassLoader loader = StatusCatalog.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("status-code catalog " + resource
                        + " is not on the class path; add the dcs-rules artifact");
            }
            return read("classpath:" + resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | DcsConfigurationException e) {
            throw new IllegalStateException("cannot read status-code catalog " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a catalog file: the IANA registry's CSV ({@code Value,Description,Reference}) or an
     * organisation catalog (header naming {@code Code} and any of the other columns).
     *
     * @throws DcsConfigurationException "file:line: reason" for an unreadable file or a bad row
     */
    public static StatusCatalog load(Path file) throws DcsConfigurationException {
        return new StatusCatalog(CatalogLoader.load(file));
    }

    /** Reads catalog text; {@code sourceName} is what error messages and entry sources name. */
    public static StatusCatalog read(String sourceName, Reader text) throws DcsConfigurationException {
        return new StatusCatalog(CatalogLoader.read(sourceName, text));
    }

    /** Later catalogs override earlier ones code by code (field by field, empty fields inherit). */
    public static StatusCatalog layered(Collection<StatusCatalog> catalogs) {
        List<CatalogRow> all = new ArrayList<>();
        for (StatusCatalog catalog : catalogs) {
            all.addAll(catalog.rows);
        }
        return new StatusCatalog(all);
    }

    /** What the catalogs say about {@code code}; empty when no catalog mentions it. */
    public Optional<CatalogEntry> lookup(int code) {
        return Optional.ofNullable(entries.get(code));
    }

    /** Whether {@code code} is a registered code (assigned or obsoleted) in this catalog. */
    public boolean isKnown(int code) {
        CatalogEntry entry = entries.get(code);
        return entry != null && entry.known();
    }

    /** Every code the catalog mentions (ranges expanded), in code order. */
    public Collection<CatalogEntry> entries() {
        return Collections.unmodifiableCollection(entries.values());
    }

    /** The codes a full catalog page must list, in code order. */
    public List<CatalogEntry> requiredEntries() {
        return entries.values().stream().filter(CatalogEntry::required).toList();
    }
}
