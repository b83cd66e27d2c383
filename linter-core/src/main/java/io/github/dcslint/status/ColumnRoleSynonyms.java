package io.github.dcslint.status;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Header synonyms per column role, read from a {@code role = header, header} file (the format is
 * documented in {@code dcs/column-roles.properties}). Immutable.
 */
final class ColumnRoleSynonyms {

    private static final Pattern MARKUP = Pattern.compile("[*`_\\\\]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.:;,!?]+$");

    /** Normalised header to the roles it may name (a header may name several: content decides). */
    private final Map<String, Set<ColumnRole>> rolesByHeader;

    private ColumnRoleSynonyms(Map<String, Set<ColumnRole>> rolesByHeader) {
        this.rolesByHeader = Map.copyOf(rolesByHeader);
    }

    /** The roles {@code header} may name; empty when it names none. */
    Set<ColumnRole> rolesOf(String header) {
        Set<ColumnRole> roles = rolesByHeader.get(normalise(header));
        return roles == null ? Set.of() : roles;
    }

    /** Case, inline markup, surrounding whitespace and trailing punctuation do not count. */
    static String normalise(String header) {
        String s = MARKUP.matcher(header).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the synonyms; a line that is not {@code role = headers} fails with
     * {@code source:line: reason}, so that a broken rules file stops the configuration, not the run.
     */
    static ColumnRoleSynonyms read(InputStream in, String source) throws IOException {
        Map<ColumnRole, Set<String>> byRole = new EnumMap<>(ColumnRole.class);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             BufferedReader lines = new BufferedReader(reader)) {
            String line;
            int number = 0;
            StringBuilder logical = new StringBuilder();
            int logicalStart = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (logical.length() == 0) {
                    if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                        continue;
                    }
                    logicalStart = number;
                }
                if (trimmed.endsWith("\\")) {
                    logical.append(trimmed, 0, trimmed.length() - 1).append(' ');
                    continue;
                }
                logical.append(trimmed);
                parseEntry(logical.toString(), source + ":" + logicalStart, byRole);
                logical.setLength(0);
            }
            if (logical.length() > 0) {
                parseEntry(logical.toString(), source + ":" + logicalStart, byRole);
            }
        }
        if (!byRole.containsKey(ColumnRole.CODE)) {
            throw new IllegalArgumentException(source + ": no 'code' headers; a status table is found by its code column");
        }
        Map<String, Set<ColumnRole>> byHeader = new HashMap<>();
        byRole.forEach((role, headers) -> headers.forEach(
                h -> byHeader.computeIfAbsent(h, k -> EnumSet.noneOf(ColumnRole.class)).add(role)));
        byHeader.replaceAll((h, roles) -> Set.copyOf(roles));
        return new ColumnRoleSynonyms(byHeader);
    }

    private static void parseEntry(String entry, String where, Map<ColumnRole, Set<String>> byRole) {
        int eq = entry.indexOf('=');
        int colon = entry.indexOf(':');
        int sep = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
        if (sep < 0) {
            throw new IllegalArgumentException(where + ": expected 'role = header, header', got '" + entry + "'");
        }
        String key = entry.substring(0, sep).strip().toLowerCase(Locale.ROOT);
        ColumnRole role;
        try {
            role = ColumnRole.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            role = null;
        }
        if (role == null || role == ColumnRole.OTHER) {
            throw new IllegalArgumentException(where + ": unknown role '" + key
                    + "'; use code, name, code_and_name or description");
        }
        Set<String> headers = byRole.computeIfAbsent(role, r -> new java.util.LinkedHashSet<>());
        for (String header : entry.substring(sep + 1).split(",")) {
            String normalised = normalise(header);
            if (!normalised.isEmpty()) {
                headers.add(normalised);
            }
        }
    }
}
