package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.report.Finding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the Checker's events as {@link Finding}s with paths relative to each file's source root. */
final class FindingCollector implements AuditListener {

    /** The rule ID of a finding that reports a failure of dcs itself rather than of the document. */
    static final String INTERNAL_ERROR = "InternalError";

    private final Workspace workspace;
    private final List<Finding> findings = new ArrayList<>();

    FindingCollector(Workspace workspace) {
        this.workspace = workspace;
    }

    List<Finding> findings() {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        return List.copyOf(sorted);
    }

    @Override
    public void addError(AuditEvent event) {
        if (event.getSeverityLevel() == SeverityLevel.IGNORE || event.getFileName() == null) {
            return;
        }
        Path file = Path.of(event.getFileName());
        findings.add(new Finding(file, pathOf(file), Math.max(1, event.getLine()), Math.max(1, event.getColumn()),
                event.getSeverityLevel(), ruleId(event.getSourceName()), event.getMessage()));
    }

    @Override
    public void addException(AuditEvent event, Throwable throwable) {
        Path file = event.getFileName() == null ? Path.of("") : Path.of(event.getFileName());
        findings.add(new Finding(file, pathOf(file), 1, 1, SeverityLevel.ERROR, INTERNAL_ERROR,
                "internal error while checking this file, please report it: " + throwable));
    }

    void internalError(Exception e) {
        findings.add(new Finding(Path.of(""), "", 1, 1, SeverityLevel.ERROR, INTERNAL_ERROR,
                "internal error in the check run, please report it: " + e.getMessage()));
    }

    private String pathOf(Path file) {
        return workspace.document(file).map(ParsedDocument::path)
                .orElse(file.getFileName() == null ? "" : file.getFileName().toString());
    }

    /** {@code io.github.dcslint.check.StatusNameMismatchCheck} gives {@code StatusNameMismatch}. */
    static String ruleId(String sourceName) {
        if (sourceName == null) {
            return INTERNAL_ERROR;
        }
        String simple = sourceName.substring(sourceName.lastIndexOf('.') + 1);
        if (simple.equals("Checker") || simple.equals(DcsChecker.class.getSimpleName())) {
            // Checkstyle's Checker names itself (getClass()) as the source of a file it could not process.
            return INTERNAL_ERROR;
        }
        return simple.endsWith("Check") ? simple.substring(0, simple.length() - "Check".length()) : simple;
    }

    @Override
    public void auditStarted(AuditEvent event) {
    }

    @Override
    public void auditFinished(AuditEvent event) {
    }

    @Override
    public void fileStarted(AuditEvent event) {
    }

    @Override
    public void fileFinished(AuditEvent event) {
    }
}
