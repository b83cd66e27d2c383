package io.github.dcslint.report;

import io.github.dcslint.DcsVersion;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

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
        mapper.writeValue(out, toSarif(result));
        out.write('\n');
    }

    ObjectNode toSarif(DcsResult result) {
        ObjectNode sarif = mapper.createObjectNode();
        sarif.put("$schema", SCHEMA);
        sarif.put("version", "2.1.0");
        ObjectNode run = sarif.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "dcs");
        driver.put("version", DcsVersion.get());
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        for (RuleInfo rule : Rules.all()) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            rules.add(describe(rule));
        }
        for (Finding finding : result.findings()) {
            if (!ruleIndex.containsKey(finding.ruleId())) {
                // A rule from a user's own rules file that the registry does not know: still
                // listed, so every result's ruleIndex points at a rule.
                ruleIndex.put(finding.ruleId(), ruleIndex.size());
                ObjectNode unknown = rules.addObject();
                unknown.put("id", finding.ruleId());
                unknown.putObject("shortDescription").put("text", finding.ruleId());
            }
        }

        Map<Path, String> baseIds = new LinkedHashMap<>();
        ObjectNode bases = run.putObject("originalUriBaseIds");
        for (Path root : result.sourceRoots()) {
            String id = baseIds.isEmpty() ? "SRCROOT" : "SRCROOT" + (baseIds.size() + 1);
            baseIds.put(root, id);
            String uri = root.toUri().toString();
            bases.putObject(id).put("uri", uri.endsWith("/") ? uri : uri + "/");
        }
        Map<Path, SourceFile> checked = new HashMap<>();
        for (SourceFile file : result.files()) {
            checked.put(file.file(), file);
        }

        // Cell columns count code points, not UTF-16 units (SARIF's default).
        run.put("columnKind", "unicodeCodePoints");
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        if (!result.warnings().isEmpty()) {
            ArrayNode notes = invocation.putArray("toolExecutionNotifications");
            for (String warning : result.warnings()) {
                ObjectNode note = notes.addObject();
                note.put("level", "warning");
                note.putObject("message").put("text", warning);
            }
        }

        ArrayNode results = run.putArray("results");
        // dcs-review: stable fingerprints so code scanning tracks a finding across commits
        SarifFingerprints fingerprints = new SarifFingerprints(result.findings(),
                contexts != null ? contexts : FindingContexts.parsing(result));
        for (Finding finding : result.findings()) {
            ObjectNode entry = results.addObject();
            fingerprints.addTo(entry, results.size() - 1);
            entry.put("ruleId", finding.ruleId());
            entry.put("ruleIndex", ruleIndex.get(finding.ruleId()));
            entry.put("level", level(finding.severity()));
            entry.putObject("message").put("text", finding.message());
            ObjectNode location = entry.putArray("locations").addObject().putObject("physicalLocation");
            ObjectNode artifact = location.putObject("artifactLocation");
            SourceFile file = checked.get(finding.file());
            if (file != null) {
                artifact.put("uri", relativeUri(file.path()));
                artifact.put("uriBaseId", baseIds.get(file.root()));
            } else {
                artifact.put("uri", finding.file().toAbsolutePath().toUri().toString());
            }
            ObjectNode region = location.putObject("region");
            region.put("startLine", finding.line());
            region.put("startColumn", finding.column());
        }
        return sarif;
    }

    private ObjectNode describe(RuleInfo rule) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", rule.id());
        node.put("name", rule.id());
        node.putObject("shortDescription").put("text", rule.summary());
        if (rule.fullDescription() != null && !rule.fullDescription().isBlank()) {
            node.putObject("fullDescription").put("text", rule.fullDescription());
        }
        List<String> help = new ArrayList<>();
        if (rule.help() != null && !rule.help().isBlank()) {
            help.add(rule.help());
        }
        if (rule.docPath() != null) {
            help.add("See " + rule.docPath() + " in the dcs sources.");
        }
        node.putObject("help").put("text", help.isEmpty() ? rule.summary() : String.join(" ", help));
        if (rule.defaultSeverity() != null) {
            node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        return node;
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
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        // "a:b.rst" would read as a URI with scheme "a"; "./" keeps it a relative reference.
        String safe = first.contains(":") ? "./" + path : path;
        try {
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of path " + path, e);
        }
    }
}
