package io.github.dcslint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.github.dcslint.testing.TestFiles.copyTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built jar as a user runs it: {@code java -jar cli/target/dcs.jar} in a fresh JVM (so the
 * shaded jar's merged service files and resources are what is tested), on a copy of
 * testdata/sample-docs placed so paths print as from the repository root.
 */
class DcsJarIT {

    @TempDir
    Path temp;

    private record Outcome(int code, List<String> out, String err) {
    }

    private Outcome dcsJar(String... args) throws Exception {
        Path jar = Path.of(System.getProperty("dcs.jar"));
        assertTrue(Files.isRegularFile(jar), "run after package: " + jar);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = temp.resolve("stdout.txt");
        Path err = temp.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(temp.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("dcs.jar did not finish in 120 s: " + command);
        }
        return new Outcome(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void verifyOnTheSampleDocsPrintsTheHandWrittenFindingsAndExitsOne() throws Exception {
        Path projectRoot = Path.of(System.getProperty("dcs.projectRoot"));
        copyTree(projectRoot.resolve("testdata/sample-docs"), temp.resolve("testdata/sample-docs"));
        List<String> expected = Files.readAllLines(temp.resolve("testdata/sample-docs/expected-output.txt"));

        Outcome cold = dcsJar("verify", "testdata/sample-docs");
        assertEquals(DcsCli.EXIT_FINDINGS, cold.code(), cold.err());
        assertEquals(expected, cold.out().subList(0, expected.size()));
        assertEquals(List.of("dcs report: target/dcs/dcs-result.sarif", "dcs report: target/dcs/dcs-result.xml"),
                cold.out().subList(expected.size(), cold.out().size()));
        assertTrue(cold.err().contains("You have 6 documentation findings of severity error."), cold.err());
        String sarif = Files.readString(temp.resolve("target/dcs/dcs-result.sarif"));
        assertTrue(sarif.contains("\"ruleId\" : \"StatusNameMismatch\"") || sarif.contains("\"ruleId\":\"StatusNameMismatch\""),
                "the SARIF report names the rules");
        assertTrue(Files.isDirectory(temp.resolve(".dcs-cache")), "the default cache directory");

        Outcome cached = dcsJar("verify", "testdata/sample-docs");
        assertEquals(cold, cached, "a run from the cache prints exactly what a full run prints");
    }

    @Test
    void versionAndUsageErrorsFromTheJar() throws Exception {
        Outcome version = dcsJar("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().get(0).matches("dcs \\d+\\.\\d+\\.\\d+.*"), version.out().toString());
        Outcome usage = dcsJar("verify", "--no-such-option");
        assertEquals(DcsCli.EXIT_USAGE, usage.code());
        assertTrue(usage.err().contains("Unknown option"), usage.err());
    }
}
