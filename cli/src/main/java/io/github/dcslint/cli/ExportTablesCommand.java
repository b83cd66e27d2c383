package io.github.dcslint.cli;

import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.run.DcsRunner;
import io.github.dcslint.run.TablesExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code dcs export-tables}: the Maven goal {@code dcs:export-tables}. Checks nothing. */
@Command(name = "export-tables", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Writes every table under each PATH to tables.jsonl in the output directory, one JSON object"
                + " per table with its file relative to the PATH it was found under, and the tables that could not"
                + " be read as written to problems.jsonl. Runs no check.",
            "Exit code 0: written; 2: usage or configuration error; 3: internal error."})
final class ExportTablesCommand implements Callable<Integer> {

    @ParentCommand
    DcsCli parent;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sources = new SourceOptions();

    @Mixin
    DocSetOptions docSets = new DocSetOptions();

    @Mixin
    CacheOptions cache = new CacheOptions();

    @Override
    public Integer call() throws DcsConfigurationException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TablesExport export = new DcsRunner().exportTables(
                cache.apply(docSets.apply(sources.toRequest(parent.baseDirectory())), parent.baseDirectory()).build());
        export.warnings().forEach(w -> err.println("dcs: warning: " + w));
        out.println("dcs exported " + export.tables() + " table" + (export.tables() == 1 ? "" : "s") + " from "
                + export.files().size() + " file" + (export.files().size() == 1 ? "" : "s") + " to "
                + export.tablesFile());
        if (export.problems() > 0) {
            out.println(export.problems() + " extraction problem" + (export.problems() == 1 ? "" : "s")
                    + " (tables that could not be read as written); see " + export.problemsFile());
        }
        return DcsCli.EXIT_OK;
    }
}
