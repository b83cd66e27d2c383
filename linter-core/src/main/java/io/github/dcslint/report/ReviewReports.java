package io.github.dcslint.report;

import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.io.AtomicFiles;
import io.github.dcslint.baseline.Baseline;
import io.github.dcslint.baseline.BaselineEntry;
import io.github.dcslint.baseline.BaselineMatch;
import io.github.dcslint.catalog.StatusCatalog;
import io.github.dcslint.ratchet.ChangedFiles;
import io.github.dcslint.ratchet.GitChangedFiles;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsResult;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reviewer reads about a run: narrows the findings to those that matter in a pull request
 * (not in the baseline, in files changed since the ratchet's ref), then writes the pull-request
 * comment ({@value #SUMMARY_FILE}), the HTML page ({@value #HTML_FILE}) and, under GitHub Actions,
 * the annotations. The caller writes the base reports (XML, SARIF) of the narrowed result and
 * decides the build's outcome from it.
 */
public final class ReviewReports {

    public static final String SUMMARY_FILE = "dcs-summary.md";
    public static final String HTML_FILE = "dcs-report.html";

    /**
     * @param baselineFile  the baseline to hold findings against, or null
     * @param ratchetFrom   the git ref whose changed files are reported, or null
     * @param annotations   whether GitHub annotations were asked for ({@code dcs.formats=github})
     * @param environment   the process environment ({@code GITHUB_ACTIONS}, {@code GITHUB_WORKSPACE})
     */
    public record Options(Path baselineFile, String ratchetFrom, boolean annotations, Map<String, String> environment) {

        public Options {
            ratchetFrom = ratchetFrom == null || ratchetFrom.isBlank() ? null : ratchetFrom.trim();
            environment = Map.copyOf(environment);
        }
    }

    /**
     * A run narrowed for review.
     *
     * @param result    the run with only the findings to report (and fail on)
     * @param all       the run as the checks found it
     * @param baselined findings the baseline accepts
     * @param stale     baseline entries no finding matches any more
     * @param changed   the ratchet's changed files, or null without a ratchet
     * @param notes     one line each about baseline and ratchet, for the console and the reports
     */
    public record Outcome(DcsResult result, DcsResult all, List<Finding> baselined, List<BaselineEntry> stale,
                          ChangedFiles changed, List<String> notes) {
    }

    private final DcsRequest request;
    private final Options options;

    public ReviewReports(DcsRequest request, Options options) {
        this.request = request;
        this.options = options;
    }

    /** The directory of the repository, for paths in annotations and in the comment. */
    public Path repositoryRoot() {
        return RepositoryPaths.find(request.baseDirectory(), options.environment());
    }

    /**
     * Applies the baseline, then the ratchet. The baseline sees every finding, so entries of
     * files the ratchet leaves out are not called stale.
     *
     * @throws DcsConfigurationException for a broken baseline, no git repository or an unknown ref
     */
    public Outcome narrow(DcsResult all, FindingContexts contexts) throws DcsConfigurationException {
        List<Finding> findings = all.findings();
        List<Finding> baselined = List.of();
        List<BaselineEntry> stale = List.of();
        List<String> notes = new ArrayList<>();
        if (options.baselineFile() != null) {
            BaselineMatch match = Baseline.read(options.baselineFile()).match(findings, contexts);
            findings = match.newFindings();
            baselined = match.baselined();
            stale = match.stale();
            notes.add(baselined.size() + (baselined.size() == 1 ? " finding is" : " findings are")
                    + " in the baseline " + shown(options.baselineFile()) + "; " + stale.size()
                    + (stale.size() == 1 ? " entry is" : " entries are")
                    + " stale (fixed): run mvn dcs:baseline to drop them");
        }
        ChangedFiles changed = null;
        if (options.ratchetFrom() != null) {
            changed = new GitChangedFiles().since(request.baseDirectory(), options.ratchetFrom());
            int before = findings.size();
            findings = changed.filter(findings);
            notes.add("Only files changed since " + options.ratchetFrom() + " (" + changed.commit().substring(0, 12)
                    + ") are reported: " + changed.files().size() + " changed, " + (before - findings.size())
                    + (before - findings.size() == 1 ? " finding" : " findings") + " in other files not shown");
        }
        DcsResult narrowed = all.withFindings(findings);
        return new Outcome(narrowed, all, baselined, stale, changed, notes);
    }

    /**
     * Writes the comment and the HTML page into the request's output directory, and prints the
     * GitHub annotations to {@code console} when wanted.
     *
     * @return the files written, by name
     */
    public Map<String, Path> write(Outcome outcome, FindingContexts contexts, PrintStream console)
            throws IOException, DcsConfigurationException {
        Path out = request.outputDirectory();
        RepositoryPaths paths = new RepositoryPaths(repositoryRoot());
        List<Finding> findings = outcome.result().findings();
        int files = outcome.result().files().size();
        Map<String, Path> written = new LinkedHashMap<>();

        Path summary = out.resolve(SUMMARY_FILE);
        String fullReport = "the build's " + shown(out.resolve(HTML_FILE)) + " and " + shown(out.resolve(
                "dcs-result.sarif"));
        PullRequestSummary comment = new PullRequestSummary(paths, contexts).linkingOnGithub(options.environment());
        AtomicFiles.writeText(summary, AtomicFiles.Sync.NONE,
                w -> comment.write(findings, files, outcome.notes(), fullReport, w));
        written.put(SUMMARY_FILE, summary);

        Path html = out.resolve(HTML_FILE);
        HtmlReport page = new HtmlReport(paths, contexts, catalog(request));
        AtomicFiles.writeText(html, AtomicFiles.Sync.NONE, w -> page.write(findings, files, outcome.notes(), w));
        written.put(HTML_FILE, html);

        if (GithubAnnotations.wanted(options.environment(), options.annotations())) {
            new GithubAnnotations(paths).print(findings, shown(summary), console);
        }
        return written;
    }

    /** The HTML page's content for a site page (the same as {@value #HTML_FILE} shows). */
    public String htmlBody(Outcome outcome, FindingContexts contexts) throws DcsConfigurationException {
        return new HtmlReport(new RepositoryPaths(repositoryRoot()), contexts, catalog(request))
                .body(outcome.result().findings(), outcome.result().files().size(), outcome.notes());
    }

    /** The catalog the checks use: the shipped one with the request's catalogs laid over it. */
    static StatusCatalog catalog(DcsRequest request) throws DcsConfigurationException {
        List<StatusCatalog> layers = new ArrayList<>();
        layers.add(StatusCatalog.loadDefault());
        for (String location : request.catalogs()) {
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length());
                try (var in = ReviewReports.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new DcsConfigurationException(location + ":1: no such resource on the class path");
                    }
                    layers.add(StatusCatalog.read(location, new InputStreamReader(in, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new DcsConfigurationException(location + ":1: cannot read catalog: " + e, e);
                }
            } else if (!location.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
                layers.add(StatusCatalog.load(request.baseDirectory().resolve(location)));
            }
            // a URL catalog is read by the checks; the page then shows the shipped catalog's value
        }
        return StatusCatalog.layered(layers);
    }

    private String shown(Path file) {
        Path base = request.baseDirectory();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
