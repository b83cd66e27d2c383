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

/**
 * Header synonyms per column role, read from a {@code role = header, header} file (the format is
 * documented in {@code dcs/column-roles.properties}). Immutable.
 */
final class ColumnRoleSynonyms {

    /** Normalised header to the roles it may name (a header may name several: content decides). */
    private final Map<String, Set<ColumnRole>> rolesByHeader;

    private ColumnRoleSynonyms(Map<String, Set<ColumnRole>> rolesByHeader) {
        this.rolesByHeader = Map.copyOf(rolesByHeader);
    }

    /** The synonyms as text, same for the same synonyms whatever file order: part of cache keys. */
    String fingerprint() {
        java.util.TreeMap<String, java.util.TreeSet<ColumnRole>> sorted = new java.util.TreeMap<>();
        rolesByHeader.forEach((header, roles) -> sorted.put(header, new java.util.TreeSet<>(roles)));
        return sorted.toString();
    }

    /** The roles {@code header} may name; empty when it names none. */
    Set<ColumnRole> rolesOf(String header) {
        Set<ColumnRole> roles = rolesByHeader.get(normalise(header));
        return roles == null ? Set.of() : roles;
    }

    /**
     * Case, inline markup, surrounding whitespace and trailing punctuation do not count: markup
     * characters {@code * ` _ \} go, runs of ASCII whitespace become one space, the result is
     * stripped, trailing ASCII whitespace and {@code . : ; , ! ?} go, and it is lower-cased. One
     * pass (three regex replacements per header cell were a tenth of a cached run, JFR).
     */
    static String normalise(String header) {
        StringBuilder s = new StringBuilder(header.length());
        boolean pendingSpace = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '*' || c == '`' || c == '_' || c == '\\') {
                continue;
            }
            if (isAsciiSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                s.append(' ');
                pendingSpace = false;
            }
            s.append(c);
        }
        if (pendingSpace) {
            s.append(' ');
        }
        String stripped = s.toString().strip();
        int end = stripped.length();
        while (end > 0 && (isAsciiSpace(stripped.charAt(end - 1)) || ".:;,!?".indexOf(stripped.charAt(end - 1)) >= 0)) {
            end--;
        }
        return stripped.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** The regex {@code \s}: ASCII whitespace only. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
