package io.github.dcslint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import io.github.dcslint.DcsConfigurationException;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code java -jar dcs.jar}: the dcs goals for documentation repositories without Maven. Every
 * command maps its options to a {@link io.github.dcslint.run.DcsRequest} and calls the same
 * {@link io.github.dcslint.run.DcsRunner} as the Maven goals; only the outcome differs: an exit
 * code instead of a build failure.
 */
@Command(name = "dcs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        header = "Lints HTTP status-code tables in reStructuredText and Markdown API documentation.",
        description = {"", "Checks the status-code tables of a docs tree against the IANA registry and the doc set's"
                + " own appendix, as the Maven goal dcs:verify-docs does, with the same options and reports."},
        subcommands = {VerifyCommand.class, ExportTablesCommand.class, BaselineCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above the threshold (verify), or the export or baseline was written",
            "1:findings at or above --violation-severity (verify)",
            "2:usage or configuration error: unknown option, broken rules or catalog, missing PATH,"
                    + " unwritable output",
            "3:internal error in dcs; please report it"},
        footerHeading = "%nExamples:%n",
        footer = {"  java -jar dcs.jar verify doc/source api-ref/source",
            "  java -jar dcs.jar verify --violation-severity=warning --formats=plain",
            "  java -jar dcs.jar export-tables -o build/tables doc/source",
            "", "Documentation: docs/cli.md and docs/rules/ in the dcs repository."})
public final class DcsCli implements java.util.concurrent.Callable<Integer> {

    /** No finding at or above the threshold. */
    public static final int EXIT_OK = 0;
    /** Findings at or above the threshold: the documents need fixing. */
    public static final int EXIT_FINDINGS = 1;
    /** The command line or the configuration is wrong: the user must fix the call, not the docs. */
    public static final int EXIT_USAGE = 2;
    /** dcs itself failed. */
    public static final int EXIT_INTERNAL = 3;

    @Spec
    CommandSpec spec;

    private final Path baseDirectory;

    DcsCli(Path baseDirectory) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    /** The directory relative paths are resolved against: where the user runs the command. */
    Path baseDirectory() {
        return baseDirectory;
    }

    /** "dcs" alone: a usage error that says what to run, rather than silence. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("dcs: missing command; run 'dcs verify' to check the current directory");
        spec.commandLine().usage(err);
        return EXIT_USAGE;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(Path.of(""), out, err, args));
    }

    /** Runs one command line in {@code baseDirectory}; returns the exit code (never throws). */
    static int execute(Path baseDirectory, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new DcsCli(baseDirectory))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(DcsCli::handleExecutionException);
        commandLine.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE);
        commandLine.getCommandSpec().subcommands().values()
                .forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(EXIT_USAGE));
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // dcs keeps every document's tables for the cross-document rules (docs/benchmark.md)
            err.println("dcs: out of memory (" + e.getMessage() + "); give the JVM more heap, e.g. java -Xmx512m -jar"
                    + " dcs.jar, or check fewer directories at once");
            code = EXIT_INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Configuration mistakes get exit code 2 and one line; anything else is a dcs bug, with its trace. */
    private static int handleExecutionException(Exception e, CommandLine commandLine,
                                                CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof DcsConfigurationException || e instanceof IllegalArgumentException) {
            err.println("dcs: configuration error: " + e.getMessage());
            return EXIT_USAGE;
        }
        if (e instanceof java.io.IOException) {
            err.println("dcs: " + e.getMessage());
            return EXIT_USAGE;
        }
        err.println("dcs: internal error, please report it with the lines below: " + e);
        e.printStackTrace(err);
        return EXIT_INTERNAL;
    }
}
