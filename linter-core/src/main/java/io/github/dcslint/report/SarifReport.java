package io.github.dcslint.report;

import io.github.dcslint.DcsVersion;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.check.RuleInfo;
import io.github.dcslint.check.Rules;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.SourceFile;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings as SARIF 2.1.0 for code-scanning services. Every dcs rule is described in
 * {@code tool.driver.rules} (ID, short description, full description, help) from
 * {@link Rules#all()}, so a result's rule can be explained even where no finding of it exists.
 * Result locations are relative to the source root they were found under, named by a
 * {@code uriBaseId} ({@code SRCROOT}, then {@code SRCROOT2}... for further roots) that
 * {@code originalUriBaseIds} maps to the root's absolute {@code file:} URI.
 */
public final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /**
     * Written as a stream with jackson-core: the object mapper (jackson-databind, ~300 classes)
     * was a twentieth of a cold command-line run, loaded for this report alone.
     */
    private static final JsonFactory JSON = new JsonFactory();

    /** Where fingerprints find each finding's cell; null: parse the result's files again. */
    private final FindingContexts contexts;

    public SarifReport() {
        this(null);
    }

    /** A report whose fingerprints read cells from {@code contexts} (the runner's documents). */
    public SarifReport(FindingContexts contexts) {
        this.contexts = contexts;
    }

    public void write(DcsResult result, Writer out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            write(result, json);
        }
        out.write('\n');
    }

    private void write(DcsResult result, JsonGenerator json) throws IOException {
        // every rule is listed, and after them any rule of a user's own rules file that the
        // registry does not know, so every result's ruleIndex points at a rule
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (RuleInfo rule : Rules.all()) {
            ruleIndex.put(rule.id(), ruleIndex.size());
        }
        List<String> unknownRules = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (!ruleIndex.containsKey(finding.ruleId())) {
                ruleIndex.put(finding.ruleId(), ruleIndex.size());
                unknownRules.add(finding.ruleId());
            }
        }
        Map<Path, String> baseIds = new LinkedHashMap<>();
        for (Path root : result.sourceRoots()) {
            baseIds.put(root, baseIds.isEmpty() ? "SRCROOT" : "SRCROOT" + (baseIds.size() + 1));
        }
        Map<Path, SourceFile> checked = new HashMap<>();
        for (SourceFile file : result.files()) {
            checked.put(file.file(), file);
        }
        // dcs-review: stable fingerprints so code scanning tracks a finding across commits
        SarifFingerprints fingerprints = new SarifFingerprints(result.findings(),
                contexts != null ? contexts : FindingContexts.parsing(result));

        json.writeStartObject();
        json.writeStringField("$schema", SCHEMA);
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();

        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "dcs");
        json.writeStringField("version", DcsVersion.get());
        json.writeArrayFieldStart("rules");
        for (RuleInfo rule : Rules.all()) {
            describe(rule, json);
        }
        for (String id : unknownRules) {
            json.writeStartObject();
            json.writeStringField("id", id);
            text(json, "shortDescription", id);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();

        json.writeObjectFieldStart("originalUriBaseIds");
        for (Map.Entry<Path, String> base : baseIds.entrySet()) {
            String uri = base.getKey().toUri().toString();
            json.writeObjectFieldStart(base.getValue());
            json.writeStringField("uri", uri.endsWith("/") ? uri : uri + "/");
            json.writeEndObject();
        }
        json.writeEndObject();

        // Cell columns count code points, not UTF-16 units (SARIF's default).
        json.writeStringField("columnKind", "unicodeCodePoints");
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        if (!result.warnings().isEmpty()) {
            json.writeArrayFieldStart("toolExecutionNotifications");
            for (String warning : result.warnings()) {
                json.writeStartObject();
                json.writeStringField("level", "warning");
                text(json, "message", warning);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();

        json.writeArrayFieldStart("results");
        int index = 0;
        for (Finding finding : result.findings()) {
            json.writeStartObject();
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField(SarifFingerprints.NAME, fingerprints.of(index++));
            json.writeEndObject();
            json.writeStringField("ruleId", finding.ruleId());
            json.writeNumberField("ruleIndex", ruleIndex.get(finding.ruleId()));
            json.writeStringField("level", level(finding.severity()));
            text(json, "message", finding.message());
            json.writeArrayFieldStart("locations");
            json.writeStartObject();
            json.writeObjectFieldStart("physicalLocation");
            json.writeObjectFieldStart("artifactLocation");
            SourceFile file = checked.get(finding.file());
            if (file != null) {
                json.writeStringField("uri", relativeUri(file.path()));
                json.writeStringField("uriBaseId", baseIds.get(file.root()));
            } else {
                json.writeStringField("uri", finding.file().toAbsolutePath().toUri().toString());
            }
            json.writeEndObject();
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", finding.line());
            json.writeNumberField("startColumn", finding.column());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    /** {@code "name": {"text": text}}, SARIF's message object. */
    private static void text(JsonGenerator json, String name, String text) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    private static void describe(RuleInfo rule, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", rule.id());
        text(json, "shortDescription", rule.summary());
        if (rule.fullDescription() != null && !rule.fullDescription().isBlank()) {
            text(json, "fullDescription", rule.fullDescription());
        }
        List<String> help = new ArrayList<>();
        if (rule.help() != null && !rule.help().isBlank()) {
            help.add(rule.help());
        }
        if (rule.docPath() != null) {
            help.add("See " + rule.docPath() + " in the dcs sources.");
        }
        text(json, "help", help.isEmpty() ? rule.summary() : String.join(" ", help));
        if (rule.defaultSeverity() != null) {
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.defaultSeverity()));
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    static String level(SeverityLevel severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
            case IGNORE -> "none";
        };
    }

    /** A relative URI reference for a '/'-separated path: spaces and non-ASCII percent-encoded. */
    static String relativeUri(String path) {
        // what encodedUri would make (parsing a URI per finding: a tenth of writing the SARIF, JFR)
        return keepsAsItIs(path) ? path : encodedUri(path);
    }

    /** {@link #relativeUri} through java.net.URI, for any path. */
    static String encodedUri(String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        // "a:b.rst" would read as a URI with scheme "a"; "./" keeps it a relative reference.
        String safe = first.contains(":") ? "./" + path : path;
        try {
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of path " + path, e);
        }
    }

    /** Whether {@code path} is made only of RFC 3986's unreserved characters and '/': nothing to encode, no scheme. */
    private static boolean keepsAsItIs(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (!unreserved) {
                return false;
            }
        }
        return true;
    }
}
