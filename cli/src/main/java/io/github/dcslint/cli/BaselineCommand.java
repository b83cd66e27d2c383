package io.github.dcslint.cli;

import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.BaselineOutcome;
import io.github.dcslint.run.DcsRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code dcs baseline}: the Maven goal {@code dcs:baseline}. */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Writes the current findings under each PATH to a baseline file (default dcs-baseline.json),"
                + " so that 'dcs verify --baseline=dcs-baseline.json' fails only on new findings. Commit the file;"
                + " run the command again to drop entries that were fixed.",
            "Exit code 0: written; 2: usage or configuration error; 3: internal error."})
final class BaselineCommand implements Callable<Integer> {

    @ParentCommand
    DcsCli parent;

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sources = new SourceOptions();

    @Mixin
    DocSetOptions docSets = new DocSetOptions();

    @Mixin
    RulesOptions rules = new RulesOptions();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "The baseline file to write (default: ${DEFAULT-VALUE}); Maven: dcs.baseline.")
    Path baseline = Path.of("dcs-baseline.json");

    @Mixin
    CacheOptions cache = new CacheOptions();

    @Override
    public Integer call() throws DcsConfigurationException, IOException {
        Path base = parent.baseDirectory();
        Path file = base.resolve(baseline).normalize();
        DcsRequest request = rules.apply(cache.apply(docSets.apply(sources.toRequest(base)), base))
                .baselineFile(file).build();
        BaselineOutcome outcome = new DcsRunner().writeBaseline(request);
        outcome.warnings().forEach(w -> spec.commandLine().getErr().println("dcs: warning: " + w));
        spec.commandLine().getOut().println("dcs baseline: " + outcome.result().findings().size() + " findings of "
                + outcome.result().files().size() + " files in " + outcome.baseline().entries().size()
                + " entries written to " + file + "; commit it and run dcs verify --baseline=" + baseline);
        return DcsCli.EXIT_OK;
    }
}
