package io.github.dcslint.baseline;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.report.Finding;
import io.github.dcslint.report.FindingContexts;
import io.github.dcslint.report.FindingKey;
import io.github.dcslint.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a project accepts for now, so that a build fails only on new ones (as
 * detekt's and Android Lint's baselines do). Written by {@code mvn dcs:baseline}, read by
 * {@code verify-docs -Ddcs.baseline=...}. The file is JSON, one entry per key, sorted, so it
 * diffs well in review:
 *
 * <pre>{"version": 1, "entries": [{"path": "a.rst", "rule": "StatusNameMismatch",
 *   "code": "404", "text": "Not found", "message": "...", "count": 1}]}</pre>
 */
public final class Baseline {

    /** The file format's version; a file of another version is refused with a clear message. */
    public static final int VERSION = 1;

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::path)
            .thenComparing(BaselineEntry::rule).thenComparing(BaselineEntry::code).thenComparing(BaselineEntry::text);

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<BaselineEntry> entries;

    private Baseline(List<BaselineEntry> entries) {
        this.entries = entries.stream().sorted(ORDER).toList();
    }

    public List<BaselineEntry> entries() {
        return entries;
    }

    /** The baseline accepting exactly {@code findings}. */
    public static Baseline of(List<Finding> findings, FindingContexts contexts) {
        Map<FindingKey, BaselineEntry> byKey = new LinkedHashMap<>();
        for (Finding finding : findings) {
            FindingKey key = contexts.keyOf(finding);
            BaselineEntry known = byKey.get(key);
            byKey.put(key, known == null
                    ? new BaselineEntry(key.path(), key.ruleId(), key.code(), key.text(), finding.message(), 1)
                    : new BaselineEntry(key.path(), key.ruleId(), key.code(), key.text(), known.message(),
                    known.count() + 1));
        }
        return new Baseline(new ArrayList<>(byKey.values()));
    }

    /**
     * Splits findings into new and baselined: each entry accepts up to {@code count} findings of
     * its key, first come in report order; an entry with count left over is stale.
     */
    public BaselineMatch match(List<Finding> findings, FindingContexts contexts) {
        Map<FindingKey, Integer> left = new LinkedHashMap<>();
        Map<FindingKey, BaselineEntry> entryOf = new LinkedHashMap<>();
        for (BaselineEntry entry : entries) {
            left.merge(entry.key(), entry.count(), Integer::sum);
            entryOf.putIfAbsent(entry.key(), entry);
        }
        List<Finding> fresh = new ArrayList<>();
        List<Finding> accepted = new ArrayList<>();
        for (Finding finding : findings.stream().sorted(Finding.ORDER).toList()) {
            FindingKey key = contexts.keyOf(finding);
            Integer remaining = left.get(key);
            if (remaining != null && remaining > 0) {
                left.put(key, remaining - 1);
                accepted.add(finding);
            } else {
                fresh.add(finding);
            }
        }
        List<BaselineEntry> stale = new ArrayList<>();
        left.forEach((key, remaining) -> {
            if (remaining > 0) {
                BaselineEntry entry = entryOf.get(key);
                stale.add(new BaselineEntry(entry.path(), entry.rule(), entry.code(), entry.text(), entry.message(),
                        remaining));
            }
        });
        return new BaselineMatch(fresh, accepted, stale);
    }

    /** Writes the baseline as JSON (atomically: a reader never sees half a file). */
    public void write(Path file) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("comment", "Findings dcs accepts for now; regenerate with mvn dcs:baseline, shrink as they are fixed");
        ArrayNode list = root.putArray("entries");
        for (BaselineEntry entry : entries) {
            ObjectNode node = list.addObject();
            node.put("path", entry.path());
            node.put("rule", entry.rule());
            node.put("code", entry.code());
            node.put("text", entry.text());
            node.put("message", entry.message());
            node.put("count", entry.count());
        }
        AtomicFiles.writeText(file, out -> {
            out.write(MAPPER.writeValueAsString(root));
            out.write('\n');
        });
    }

    /**
     * Reads a baseline file.
     *
     * @throws DcsConfigurationException naming the file (and line) when it is missing, not JSON
     *                                   or not a dcs baseline
     */
    public static Baseline read(Path file) throws DcsConfigurationException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new DcsConfigurationException(file + ": baseline file not found; create it with mvn dcs:baseline",
                    e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new DcsConfigurationException(file + where + ": baseline is not valid JSON ("
                    + e.getOriginalMessage() + "); fix it or regenerate it with mvn dcs:baseline", e);
        } catch (IOException e) {
            throw new DcsConfigurationException(file + ": cannot read baseline: " + e, e);
        }
        if (root == null || !root.isObject() || !root.path("entries").isArray()) {
            throw new DcsConfigurationException(file
                    + ": not a dcs baseline (no \"entries\" array); regenerate it with mvn dcs:baseline");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new DcsConfigurationException(file + ": baseline version " + root.path("version")
                    + " is not supported (this dcs reads version " + VERSION + "); regenerate it with mvn dcs:baseline");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("entries")) {
            String path = node.path("path").asText("");
            String rule = node.path("rule").asText("");
            int count = node.path("count").asInt(1);
            if (path.isEmpty() || rule.isEmpty() || count < 1) {
                throw new DcsConfigurationException(file + ": entry " + index
                        + " needs a \"path\", a \"rule\" and a positive \"count\"; fix it or regenerate the baseline");
            }
            entries.add(new BaselineEntry(path, rule, node.path("code").asText(""), node.path("text").asText(""),
                    node.path("message").asText(""), count));
            index++;
        }
        return new Baseline(entries);
    }
}
