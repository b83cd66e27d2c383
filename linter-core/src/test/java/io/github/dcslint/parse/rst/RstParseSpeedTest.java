package io.github.dcslint.parse.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.Expectations;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The RST corpus (8.6 MB) parses in well under a second once warm. Measured in CPU time of this
 * thread, so that a busy machine does not make the test flaky; the bound is generous (about ten
 * times what was measured) and the figure is printed.
 */
class RstParseSpeedTest {

    @Test
    void corpusParsesWellUnderASecondWarm() throws IOException {
        Path otc = Expectations.shared().resolve("corpus/otc");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(otc)) {
            files = walk.filter(p -> p.toString().endsWith(".rst")).sorted().toList();
        }
        List<byte[]> contents = new ArrayList<>();
        long bytes = 0;
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            contents.add(b);
            bytes += b.length;
        }
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(otc));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        int tables = 0;
        for (int round = 0; round < 5; round++) {
            long start = threads.getCurrentThreadCpuTime();
            tables = 0;
            for (int i = 0; i < files.size(); i++) {
                tables += parser.parseBytes(files.get(i), "x", DocumentFormat.RST, contents.get(i)).tables().size();
            }
            best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
        }
        System.out.printf("RstParseSpeedTest: %d files, %.1f MB, %d tables, best of 5: %d ms CPU%n", files.size(),
                bytes / 1e6, tables, best / 1_000_000);
        assertEquals(1887, tables);
        assertTrue(best < 2_000_000_000L, "parsing the corpus took " + best / 1_000_000 + " ms of CPU");
    }
}
