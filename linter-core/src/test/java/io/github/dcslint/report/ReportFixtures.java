package io.github.dcslint.report;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.SourceFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Results built in code, so report writers are tested without parsers or checks. */
final class ReportFixtures {

    private ReportFixtures() {
    }

    static Finding finding(Path root, String path, int line, int column, SeverityLevel severity, String rule,
                           String message) {
        return new Finding(root.resolve(path), path, line, column, severity, rule, message);
    }

    /**
     * Two roots under {@code base}: docs/ with three files (one clean) and api-md/ with one;
     * four findings given out of order.
     */
    static DcsResult twoRoots(Path base) {
        Path docs = base.resolve("docs");
        Path md = base.resolve("api-md");
        List<SourceFile> files = List.of(
                new SourceFile(docs, docs.resolve("appendix/status-codes.rst"), "appendix/status-codes.rst"),
                new SourceFile(docs, docs.resolve("api/create.rst"), "api/create.rst"),
                new SourceFile(docs, docs.resolve("clean.rst"), "clean.rst"),
                new SourceFile(md, md.resolve("users.md"), "users.md"));
        List<Finding> findings = List.of(
                finding(docs, "api/create.rst", 40, 7, SeverityLevel.WARNING, "StatusNameMismatch",
                        "Status 404 is named \"Not found\"; the catalog says \"Not Found\""),
                finding(md, "users.md", 12, 3, SeverityLevel.INFO, "DuplicateStatusCode", "Status 200 listed twice"),
                finding(docs, "api/create.rst", 12, 5, SeverityLevel.ERROR, "UnknownStatusCode",
                        "Status 299 is not in the catalog <IANA & local>"),
                finding(docs, "appendix/status-codes.rst", 3, 1, SeverityLevel.ERROR, "UnknownStatusCode",
                        "Status 4O4 is not a number"));
        return new DcsResult(List.of(docs, md), files, findings, List.of("skipped symbolic link x: it loops"),
                Map.of());
    }
}
