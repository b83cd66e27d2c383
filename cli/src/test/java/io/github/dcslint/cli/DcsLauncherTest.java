package io.github.dcslint.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When the jar starts a second JVM for a short run, and with which command. */
class DcsLauncherTest {

    private static final String JAVA = "/opt/jdk/bin/java";

    private static Optional<List<String>> command(List<String> jvmArguments, Map<String, String> environment,
                                                  String... dcsArguments) {
        return DcsLauncher.relaunchCommand(JAVA, jvmArguments, environment, dcsArguments);
    }

    @Test
    void javaJarIsStartedAgainWithTheShortRunOptionsAndTheSameArguments() {
        assertEquals(Optional.of(List.of(JAVA, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-Ddcs.relaunched=true", "-jar", "tools/dcs.jar", "verify", "a b", "--format=sarif")),
                command(List.of("-Xmx512m", "-jar", "tools/dcs.jar", "verify", "a b", "--format=sarif"), Map.of(),
                        "verify", "a b", "--format=sarif"));
    }

    @Test
    void dcsArgumentsArePassedAsMainReceivedThem() {
        // an argument file (java @file) is expanded by the launcher: main's arguments are the truth
        assertEquals(List.of("verify", "docs"), tail(command(List.of("-jar", "dcs.jar", "@args"), Map.of(),
                "verify", "docs").orElseThrow(), 2));
    }

    @Test
    void aUsersCompilerOrCollectorChoiceIsKept() {
        for (String option : List.of("-XX:TieredStopAtLevel=4", "-XX:-TieredCompilation", "-XX:+UseG1GC",
                "-XX:+UseParallelGC", "-XX:CICompilerCount=4", "-Xint", "-XX:+UseJVMCICompiler")) {
            assertEquals(Optional.empty(), command(List.of(option, "-jar", "dcs.jar", "verify"), Map.of(), "verify"),
                    option);
        }
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            assertEquals(Optional.empty(), command(List.of("-jar", "dcs.jar"),
                    Map.of(variable, " -Xmx1g  -XX:+UseZGC "), new String[0]), variable);
        }
    }

    @Test
    void aClassArchiveIsWrittenByTheJvmTheUserStarted() {
        assertEquals(Optional.empty(), command(List.of("-XX:ArchiveClassesAtExit=/tmp/dcs.jsa", "-jar", "dcs.jar",
                "verify"), Map.of(), "verify"));
        // one that is only read is read by both
        assertEquals(List.of(JAVA, "-XX:SharedArchiveFile=/tmp/dcs.jsa"), command(List.of(
                "-XX:SharedArchiveFile=/tmp/dcs.jsa", "-jar", "dcs.jar"), Map.of()).orElseThrow().subList(0, 2));
    }

    @Test
    void otherOptionsAndVariablesDoNotStopTheRelaunch() {
        assertEquals(true, command(List.of("-Xmx1g", "-XX:+HeapDumpOnOutOfMemoryError", "-jar", "dcs.jar"),
                Map.of("JDK_JAVA_OPTIONS", "-Xss4m"), new String[0]).isPresent());
    }

    @Test
    void nothingIsRelaunchedWhenTurnedOffOrNotStartedByJavaJar() {
        assertEquals(Optional.empty(), command(List.of("-jar", "dcs.jar", "verify"),
                Map.of("DCS_NO_RELAUNCH", "1"), "verify"));
        assertEquals(Optional.empty(), command(List.of("-cp", "dcs.jar", "io.github.dcslint.cli.DcsLauncher", "verify"),
                Map.of(), "verify"));
        assertEquals(Optional.empty(), command(List.of("-jar"), Map.of()));
    }

    private static List<String> tail(List<String> list, int n) {
        return list.subList(list.size() - n, list.size());
    }
}
