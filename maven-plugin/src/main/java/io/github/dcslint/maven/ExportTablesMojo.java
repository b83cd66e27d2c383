package io.github.dcslint.maven;

import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsRunner;
import io.github.dcslint.run.TablesExport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;

/**
 * Writes every table dcs reads to {@code tables.jsonl} in the output directory, one JSON object
 * per table with {@code file} relative to its source directory (and extraction problems to
 * {@code problems.jsonl}), to compare dcs with docutils or feed other tools. Checks nothing.
 * Runs without a pom too: {@code mvn io.github.dcslint:dcs-maven-plugin:VERSION:export-tables
 * -Ddcs.sources=DIR}.
 */
@Mojo(name = "export-tables", requiresProject = false, threadSafe = true)
public class ExportTablesMojo extends AbstractDcsMojo {

    @Override
    protected void run(DcsRequest.Builder builder) throws MojoExecutionException {
        TablesExport export;
        try {
            export = new DcsRunner().exportTables(builder.build());
        } catch (DcsConfigurationException | IllegalArgumentException e) {
            throw new MojoExecutionException("dcs configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dcs could not write the export: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("internal error in dcs, please report it: " + e, e);
        }
        export.warnings().forEach(getLog()::warn);
        getLog().info("dcs exported " + export.tables() + " table" + (export.tables() == 1 ? "" : "s") + " from "
                + export.files().size() + " file" + (export.files().size() == 1 ? "" : "s") + " to "
                + export.tablesFile());
        if (export.problems() > 0) {
            getLog().warn(export.problems() + " extraction problem" + (export.problems() == 1 ? "" : "s")
                    + " (tables that could not be read as written); see " + export.problemsFile());
        }
    }
}
