package io.github.dcslint.report;

import io.github.dcslint.run.DcsResult;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsoleReportTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    @Test
    void oneCompilerStyleLinePerFindingSortedByPathThenLineThenCountsPerSeverity() {
        List<String> lines = new ConsoleReport(base).lines(ReportFixtures.twoRoots(base));
        assertEquals(List.of(
                "api-md/users.md:12:3: info: Status 200 listed twice [DuplicateStatusCode]",
                "docs/api/create.rst:12:5: error: Status 299 is not in the catalog <IANA & local> [UnknownStatusCode]",
                "docs/api/create.rst:40:7: warning: Status 404 is named \"Not found\"; the catalog says"
                        + " \"Not Found\" [StatusNameMismatch]",
                "docs/appendix/status-codes.rst:3:1: error: Status 4O4 is not a number [UnknownStatusCode]",
                "dcs checked 4 files: 2 errors, 1 warning, 1 info"), lines);
    }

    @Test
    void filesOutsideTheBaseDirectoryAreShownAbsolute() {
        Path elsewhere = Path.of("/elsewhere").toAbsolutePath();
        Finding finding = ReportFixtures.finding(elsewhere, "a.rst", 1, 2,
                com.puppycrawl.tools.checkstyle.api.SeverityLevel.ERROR, "R", "m");
        assertEquals(elsewhere.resolve("a.rst").toString().replace('\\', '/') + ":1:2: error: m [R]",
                new ConsoleReport(base).line(finding));
    }

    @Test
    void cleanRunSaysSoInTheCountLine() throws Exception {
        DcsResult clean = new DcsResult(List.of(base), List.of(), List.of(), List.of(), Map.of());
        StringWriter out = new StringWriter();
        new ConsoleReport(base).write(clean, out);
        assertEquals("dcs checked 0 files: 0 errors, 0 warnings, 0 info\n", out.toString());
    }
}
