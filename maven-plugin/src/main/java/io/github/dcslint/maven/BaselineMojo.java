package io.github.dcslint.maven;

import io.github.dcslint.baseline.Baseline;
import io.github.dcslint.check.CheckEngine;
import io.github.dcslint.check.DcsConfigurationException;
import io.github.dcslint.report.FindingContexts;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.DcsRunner;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a baseline of the current findings ({@code dcs-baseline.json}), so that
 * {@code verify-docs -Ddcs.baseline=dcs-baseline.json} fails only on new findings. Commit the
 * file; run the goal again to drop entries that were fixed.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractDcsMojo {

    /**
     * The rules file, as for {@code verify-docs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.rules", defaultValue = CheckEngine.DEFAULT_RULES)
    String rules;

    /**
     * Status-code catalogs, as for {@code verify-docs}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.catalogs")
    List<String> catalogs;

    /**
     * The baseline file to write, relative to the base directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.baseline", defaultValue = "dcs-baseline.json")
    String baseline;

    @Override
    protected void run(DcsRequest.Builder builder) throws MojoExecutionException {
        List<String> catalogLocations = new ArrayList<>();
        for (String catalog : catalogs == null ? List.<String>of() : catalogs) {
            catalogLocations.addAll(splitList(catalog));
        }
        Path file = baseDirectory.toPath().resolve(baseline.trim()).normalize();
        try {
            DcsRequest request = builder.rulesLocation(rules.trim()).catalogs(catalogLocations).build();
            DcsResult result = new DcsRunner().check(request);
            Baseline written = Baseline.of(result.findings(), FindingContexts.parsing(result));
            written.write(file);
            getLog().info("dcs baseline: " + result.findings().size() + " findings of " + result.files().size()
                    + " files in " + written.entries().size() + " entries written to " + file
                    + "; commit it and run verify-docs with -Ddcs.baseline=" + baseline.trim());
        } catch (DcsConfigurationException | IllegalArgumentException e) {
            throw new MojoExecutionException("dcs configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dcs could not write the baseline " + file + ": " + e.getMessage(), e);
        }
    }
}
