package io.github.dcslint.maven;

import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.BaselineOutcome;
import io.github.dcslint.run.DcsRunner;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a baseline of the current findings ({@code dcs-baseline.json}), so that
 * {@code verify-docs -Ddcs.baseline=dcs-baseline.json} fails only on new findings. Commit the
 * file; run the goal again to drop entries that were fixed.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractCheckingMojo {

    /**
     * The baseline file to write, relative to the base directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.baseline", defaultValue = "dcs-baseline.json")
    String baseline;

    @Override
    protected void run(DcsRequest.Builder builder) throws MojoExecutionException {
        List<String> catalogLocations = catalogLocations();
        Path file = baseDirectory.toPath().resolve(baseline.trim()).normalize();
        try {
            DcsRequest request = builder.rulesLocation(rules.trim()).catalogs(catalogLocations).baselineFile(file)
                    .build();
            BaselineOutcome outcome = new DcsRunner().writeBaseline(request);
            outcome.warnings().forEach(getLog()::warn);
            getLog().info("dcs baseline: " + outcome.result().findings().size() + " findings of "
                    + outcome.result().files().size() + " files in " + outcome.baseline().entries().size()
                    + " entries written to " + file + "; commit it and run verify-docs with -Ddcs.baseline="
                    + baseline.trim());
        } catch (DcsConfigurationException | IllegalArgumentException e) {
            throw new MojoExecutionException("dcs configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("dcs could not write the baseline " + file + ": " + e.getMessage(), e);
        }
    }
}
