package io.github.dcslint.maven;

import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site page as Maven's site plugin asks for it: generate(sink, locale). */
class ReportMojoTest {

    private static final Path INPUT = Path.of(System.getProperty("dcs.projectRoot"))
            .resolve("testdata/rules/StatusNameMismatch/bad-graph-code-and-name.md");

    @TempDir
    Path base;

    @Test
    void sitePageAndStandalonePageShowTheFindingsWithTheirRows() throws Exception {
        Files.createDirectories(base.resolve("docs"));
        Files.copy(INPUT, base.resolve("docs/cancel.md"));
        ReportMojo mojo = new ReportMojo();
        mojo.baseDirectory = base.toFile(); // what Maven injects
        mojo.sources = List.of("docs");
        mojo.includes = "**/*.md";
        mojo.excludes = "target";
        mojo.rules = "classpath:dcs/dcs-rules.xml";
        mojo.outputDirectory = base.resolve("target/dcs").toFile();

        StringBuilder raw = new StringBuilder();
        Sink sink = (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("rawText")) {
                        raw.append(args[0]);
                    }
                    return null;
                });
        mojo.generate(sink, Locale.ENGLISH);

        String page = raw.toString();
        assertTrue(page.startsWith("<style>"), page);
        assertTrue(page.contains("<h2>docs/cancel.md</h2>"), page);
        assertEquals(4, page.split("<article ").length - 1, page);
        assertTrue(page.contains("<td class=\"offending\">403 UnAuthorized</td>"), page);
        assertTrue(page.contains("<b>403 Forbidden</b>"), page);
        String standalone = Files.readString(base.resolve("target/dcs/dcs-report.html"));
        assertTrue(standalone.contains(page.substring(page.indexOf("<div class=\"dcs\">"))), standalone);
        assertEquals("dcs-report", mojo.getOutputName());
    }
}
