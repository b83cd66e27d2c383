package io.github.dcslint.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The jar's entry point: runs dcs in a JVM tuned for one short run, then {@link DcsCli}.
 *
 * <p>A run of {@code java -jar dcs.jar verify} over a docs tree lasts seconds, and in a fresh
 * HotSpot JVM most of its CPU is the JIT compilers' (measured on the shared corpus: 7.6 s of
 * compilation in a 4 s run on two cores, C2 alone 4.2 s for 181 methods). C1 alone
 * ({@code -XX:TieredStopAtLevel=1}) with the serial collector halves the wall time of the
 * whole corpus and of four copies of it alike (docs/benchmark.md, "fifth round"). A jar cannot
 * carry JVM options, so when {@code java -jar} started this JVM without any JIT or GC option of
 * the user's, the launcher starts the same command once more with those two options added and
 * passes its exit code on, as Elasticsearch's and Gradle's launchers start the JVM that does the
 * work. The extra JVM costs about a tenth of a second and loads none of dcs.
 *
 * <p>Nothing is relaunched when the user chose the JVM's compiler or collector (on the command
 * line, in {@code JDK_JAVA_OPTIONS} or {@code JAVA_TOOL_OPTIONS}), when this JVM writes a
 * class-data archive, when {@code DCS_NO_RELAUNCH}
 * is set, when dcs does not run from {@code java -jar}, or when the command line cannot be read;
 * if the second JVM cannot be started, dcs runs here.
 */
public final class DcsLauncher {

    /** Set in the relaunched JVM: it runs dcs itself. */
    static final String RELAUNCHED_PROPERTY = "dcs.relaunched";
    /** Any value turns the relaunch off. */
    static final String NO_RELAUNCH_VARIABLE = "DCS_NO_RELAUNCH";
    /** The options a short run is started with. */
    static final List<String> SHORT_RUN_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private DcsLauncher() {
    }

    public static void main(String[] args) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<List<String>> command = System.getProperty(RELAUNCHED_PROPERTY) != null
                ? Optional.empty()
                : self.command().flatMap(java -> self.arguments()
                        .flatMap(jvmArguments -> relaunchCommand(java, List.of(jvmArguments), System.getenv(),
                                args)));
        if (command.isPresent()) {
            Optional<Integer> code = run(command.get());
            if (code.isPresent()) {
                System.exit(code.get());
            }
        }
        DcsCli.main(args);
    }

    /**
     * The command that runs dcs with {@link #SHORT_RUN_OPTIONS}, or empty when this JVM should run
     * it itself.
     *
     * @param java         the executable of this JVM
     * @param jvmArguments this process's arguments after the executable (JVM options, {@code -jar},
     *                     the jar, dcs's arguments)
     * @param environment  this process's environment
     * @param dcsArguments dcs's arguments as {@code main} received them (passed on as they are)
     */
    static Optional<List<String>> relaunchCommand(String java, List<String> jvmArguments, Map<String, String> environment,
                                                  String[] dcsArguments) {
        if (environment.containsKey(NO_RELAUNCH_VARIABLE)) {
            return Optional.empty();
        }
        // java [options] -jar jarfile [args...]: the options come before -jar
        int jar = jvmArguments.indexOf("-jar");
        if (jar < 0 || jar + 1 >= jvmArguments.size()) {
            return Optional.empty();
        }
        List<String> options = jvmArguments.subList(0, jar);
        for (String option : options) {
            if (choosesCompilerOrCollector(option) || writesClassArchive(option)) {
                return Optional.empty();
            }
        }
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            String value = environment.get(variable);
            if (value != null && Arrays.stream(value.trim().split("\\s+"))
                    .anyMatch(DcsLauncher::choosesCompilerOrCollector)) {
                return Optional.empty();
            }
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        command.addAll(SHORT_RUN_OPTIONS);
        command.add("-D" + RELAUNCHED_PROPERTY + "=true");
        command.add("-jar");
        command.add(jvmArguments.get(jar + 1));
        command.addAll(List.of(dcsArguments));
        return Optional.of(command);
    }

    /** A JVM option that picks the JIT's tiers or compilers, or a garbage collector. */
    private static boolean choosesCompilerOrCollector(String option) {
        if (!option.startsWith("-XX:")) {
            return option.equals("-Xint") || option.equals("-Xcomp") || option.equals("-client")
                    || option.equals("-server");
        }
        String name = option.substring(4).replaceFirst("^[+-]", "");
        // Compil: TieredCompilation, CICompilerCount, UseJVMCICompiler, CompileThreshold, ...
        return name.contains("Tiered") || name.contains("Compil") || name.startsWith("Use") && name.contains("GC");
    }

    /**
     * An option that writes a class-data archive at exit (docs/cli.md): written here, it would
     * hold only the launcher's classes and overwrite the one the second JVM wrote.
     */
    private static boolean writesClassArchive(String option) {
        return option.startsWith("-XX:ArchiveClassesAtExit") || option.equals("-Xshare:dump")
                || option.contains("AutoCreateSharedArchive");
    }

    /**
     * Runs the command with this process's input and output, and its exit code; empty when it
     * could not be started. The second JVM is stopped with this one (a timeout's SIGTERM).
     */
    private static Optional<Integer> run(List<String> command) {
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Thread stopChild = new Thread(process::destroy, "dcs-stop-relaunched");
        Runtime.getRuntime().addShutdownHook(stopChild);
        while (true) {
            try {
                int code = process.waitFor();
                try {
                    Runtime.getRuntime().removeShutdownHook(stopChild);
                } catch (IllegalStateException e) {
                    // already shutting down: the hook finds the process ended
                }
                return Optional.of(code);
            } catch (InterruptedException e) {
                // nothing interrupts the main thread on purpose: wait on for the exit code
            }
        }
    }
}
