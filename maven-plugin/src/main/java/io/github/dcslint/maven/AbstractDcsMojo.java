package io.github.dcslint.maven;

import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.facts.WorkspaceOptions;
import io.github.dcslint.run.DcsRequest;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What every dcs goal shares: skipping, and which files to read. A goal only turns the
 * request into its own work in {@link #run(DcsRequest.Builder)}; the runner in linter-core does
 * the work, so the goals stay thin.
 */
public abstract class AbstractDcsMojo extends AbstractMojo {

    /**
     * The directory the build runs in: the project's base directory, or the current directory
     * when the goal runs without a pom. Relative paths in other parameters are resolved against it.
     */
    @Parameter(defaultValue = "${basedir}", readonly = true, required = true)
    File baseDirectory;

    /**
     * Skips the goal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.skip", defaultValue = "false")
    boolean skip;

    /**
     * The directories to scan for documents, comma-separated on the command line. Paths in
     * reports are relative to the directory a file was found under.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.sources", defaultValue = "${basedir}")
    List<String> sources;

    /**
     * Comma-separated Ant-style patterns of the files to read, relative to a source directory.
     * {@code **}{@code /} also matches no directory; a pattern without '/' matches a file name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.includes", defaultValue = "**/*.rst,**/*.md")
    String includes;

    /**
     * Comma-separated patterns of files and directories to leave out. A pattern without '/'
     * matches a directory or file name at any depth, as in {@code .gitignore}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.excludes", defaultValue = "target,.git,node_modules,_build")
    String excludes;

    /**
     * The project's build directory. Without a pom Maven leaves it as the unresolved text
     * "${project.basedir}/target", so {@link #outputDirectory()} does not trust it blindly.
     */
    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    /**
     * Where report files are written. Default: {@code dcs} in the build directory
     * ({@code target/dcs}), also when the goal runs without a pom.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.outputDirectory")
    File outputDirectory;

    /**
     * Comma-separated patterns of the appendix pages, relative to a doc set's root: the page of a
     * doc set that lists its status codes, its local catalog (checked by
     * {@code UnlistedStatusCode} and {@code MissingStatusCode}). {@code **}{@code /} matches any
     * number of folders, {@code *} any part of a name, e.g. {@code reference/http-codes.rst}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.appendixPatterns", defaultValue = "**/appendix/status_code*.rst,**/appendix/status_code*.md")
    String appendixPatterns;

    /**
     * A Java regular expression: a page whose whole title matches it (in any case) is an appendix
     * page too, wherever it lives.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.appendixTitle", defaultValue = WorkspaceOptions.DEFAULT_APPENDIX_TITLE)
    String appendixTitle;

    /**
     * The column-role synonyms that tell status-code tables from other tables, in the format of the
     * shipped {@code dcs/column-roles.properties} ({@code code = Status Code, HTTP Status, ...}):
     * {@code classpath:...} or a file path relative to the base directory. Empty: the shipped ones.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.columnRoles")
    String columnRoles;

    /**
     * Files larger than this many bytes are not parsed: each gives one {@code MalformedTable}
     * finding instead, so a stray data dump cannot exhaust the build's memory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.maxFileBytes", defaultValue = "16777216")
    long maxFileBytes = ParseOptions.DEFAULT_MAX_FILE_BYTES;

    /**
     * Table lines longer than this many characters are not parsed: a {@code MalformedTable}
     * finding instead.
     *
     * @since 0.1.0
     */
    @Parameter(property = "dcs.maxLineLength", defaultValue = "20000")
    int maxLineLength = ParseOptions.DEFAULT_MAX_LINE_LENGTH;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("dcs is skipped (dcs.skip=true)");
            return;
        }
        run(requestBuilder());
    }

    /** A request filled with the parameters every goal shares. */
    DcsRequest.Builder requestBuilder() throws MojoExecutionException {
        try {
            DcsRequest.Builder request = DcsRequest.builder(baseDirectory.toPath())
                    .includes(splitList(includes))
                    .excludes(splitList(excludes))
                    .outputDirectory(outputDirectory())
                    .appendixPatterns(splitList(appendixPatterns))
                    .appendixTitle(appendixTitle)
                    .columnRoles(columnRoles)
                    .maxFileBytes(maxFileBytes)
                    .maxLineLength(maxLineLength);
            for (String source : sources == null ? List.<String>of() : sources) {
                for (String one : splitList(source)) {
                    request.sourceRoot(Path.of(one));
                }
            }
            return request;
        } catch (IllegalArgumentException e) { // InvalidPathException included
            throw new MojoExecutionException("dcs configuration: " + e.getMessage(), e);
        }
    }

    /** The output directory the user set, else target/dcs of the project or of the current directory. */
    Path outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory.toPath();
        }
        if (buildDirectory != null && !buildDirectory.getPath().contains("${")) {
            return buildDirectory.toPath().resolve("dcs");
        }
        return baseDirectory.toPath().resolve("target").resolve("dcs");
    }

    /** The goal's own work, given a request filled with the shared parameters. */
    protected abstract void run(DcsRequest.Builder request) throws MojoExecutionException, MojoFailureException;

    /** "a, b,,c" as [a, b, c]: users write lists as comma-separated properties. */
    static List<String> splitList(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
