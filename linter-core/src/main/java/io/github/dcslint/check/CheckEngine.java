package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader;
import com.puppycrawl.tools.checkstyle.ConfigurationLoader.IgnoredModulesOptions;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import com.puppycrawl.tools.checkstyle.filters.SuppressWithPlainTextCommentFilter;
import com.puppycrawl.tools.checkstyle.filters.SuppressionFilter;
import com.puppycrawl.tools.checkstyle.filters.SuppressionSingleFilter;
import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.report.Finding;
import org.xml.sax.InputSource;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the dcs checks as Checkstyle modules under Checkstyle's {@code Checker}, configured by a
 * Checkstyle-format rules file, over the documents of a {@link Workspace}.
 */
public final class CheckEngine {

    /** The rule ID of a finding about a failure of dcs itself, not of the document. */
    public static final String INTERNAL_ERROR = FindingCollector.INTERNAL_ERROR;

    /** The rules file shipped in dcs-rules. */
    public static final String DEFAULT_RULES = "classpath:dcs/dcs-rules.xml";

    private static final Pattern UNKNOWN_MODULE = Pattern.compile("Unable to instantiate '([^']+)'");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern UNSET_PROPERTY = Pattern.compile("Property \\$\\{([^}]+)\\} has not been set");
    /** A severity Checkstyle does not know reaches us as SeverityLevel.valueOf's exception, with no line. */
    private static final Pattern UNKNOWN_SEVERITY = Pattern.compile("No enum constant [\\w.$]*SeverityLevel\\.(\\S+)");

    private final String location;
    private final Configuration configuration;
    private final RulesFileScan scan;
    /**
     * The Checker {@link #load} configured to validate the rules, handed to the first {@link #run}:
     * configuring (BeanUtils per module and property) is Checkstyle's slowest start-up step, and
     * doing it twice was most of dcs's own time in a small Maven build (JFR, docs/benchmark.md).
     */
    private final AtomicReference<Checker> configured = new AtomicReference<>();

    /** Whether dcs checks get their properties through {@link DcsCheckProperties} (else Checkstyle's BeanUtils). */
    private final boolean propertiesThroughSetters;

    private CheckEngine(String location, Configuration configuration, RulesFileScan scan,
                        boolean propertiesThroughSetters) {
        this.location = location;
        this.configuration = configuration;
        this.scan = scan;
        this.propertiesThroughSetters = propertiesThroughSetters;
    }

    /**
     * Loads a rules file from {@code classpath:...}, a file path or a URL.
     *
     * @param properties values for {@code ${name}} placeholders in the rules file
     * @throws DcsConfigurationException naming file and line when the rules cannot be used
     */
    public static CheckEngine load(String rulesLocation, Map<String, String> properties)
            throws DcsConfigurationException {
        return load(rulesLocation, properties, true);
    }

    /**
     * As {@link #load(String, Map)}, with every module configured by Checkstyle itself, as
     * before {@link DcsCheckProperties}: what tests compare it with.
     */
    static CheckEngine loadConfiguredByCheckstyle(String rulesLocation, Map<String, String> properties)
            throws DcsConfigurationException {
        return load(rulesLocation, properties, false);
    }

    private static CheckEngine load(String rulesLocation, Map<String, String> properties,
                                    boolean propertiesThroughSetters) throws DcsConfigurationException {
        byte[] bytes = read(rulesLocation);
        RulesFileScan scan = RulesFileScan.scan(rulesLocation, bytes);
        InputSource source = new InputSource(new ByteArrayInputStream(bytes));
        source.setSystemId(systemId(rulesLocation));
        Configuration configuration;
        try {
            configuration = ConfigurationLoader.loadConfiguration(source, properties::get, IgnoredModulesOptions.OMIT);
        } catch (CheckstyleException e) {
            throw scan.explain(e);
        } catch (RuntimeException e) {
            throw scan.explain(new CheckstyleException(String.valueOf(e), e));
        }
        if (configuration == null || !"Checker".equals(configuration.getName())) {
            throw new DcsConfigurationException(rulesLocation + ":1: the root module must be Checker");
        }
        CheckEngine engine = new CheckEngine(rulesLocation, configuration, scan, propertiesThroughSetters);
        // Configure once now, so an unknown module, property or bad value fails at load, not mid-run.
        engine.configured.set(engine.newChecker());
        return engine;
    }

    /** Where the rules came from, as given to {@link #load}. */
    public String location() {
        return location;
    }

    /** The loaded configuration (for tests and tools that list the configured rules). */
    Configuration configuration() {
        return configuration;
    }

    /** Runs every configured check over the workspace's documents; findings in report order. */
    public List<Finding> run(Workspace workspace) {
        try (Session session = open()) {
            return session.run(workspace);
        }
    }

    /**
     * One configured Checker for several runs: a run of dcs checks one doc set after another
     * (its documents are then released), and configuring the rules anew for each would cost
     * more than checking them. Not thread-safe; close it to release the Checker.
     */
    public Session open() {
        Checker checker = configured.getAndSet(null);
        try {
            if (checker == null) {
                checker = newChecker();
            }
        } catch (DcsConfigurationException e) {
            // load() configured the same rules successfully; only a changed catalog file can get here.
            throw new IllegalStateException(e.getMessage(), e);
        }
        return new Session(checker, configuration);
    }

    /** A configured Checker, run over one workspace after another (see {@link #open}). */
    public static final class Session implements AutoCloseable {
        private final Checker checker;
        private final Configuration configuration;

        private Session(Checker checker, Configuration configuration) {
            this.checker = checker;
            this.configuration = configuration;
        }

        /**
         * What the findings of a doc set depend on besides its documents ({@link RulesFingerprint}),
         * so that a run may keep them for the next one; empty when findings must not be kept: the
         * checks run in one audit ({@link #runsDocSetsApart}), or a module reads from the network.
         */
        public Optional<String> findingsFingerprint() {
            if (!(checker instanceof DcsChecker dcs) || !dcs.checksWithoutCheckerLoop()) {
                return Optional.empty();
            }
            return RulesFingerprint.of(configuration, dcs.modules());
        }

        /**
         * Whether workspaces may be checked one at a time. Not when the rules configure an audit
         * listener as a module (Checkstyle's XMLLogger, say: it would write its report once per
         * doc set) or a Checkstyle cache file: then the caller hands all documents in one workspace.
         */
        public boolean runsDocSetsApart() {
            return checker instanceof DcsChecker dcs && dcs.checksWithoutCheckerLoop();
        }

        /**
         * Whether a doc set's findings on a file may be kept while other files of it are checked
         * again: every module is a dcs check (whose findings on a page other than an appendix
         * page depend only on that page and the appendix pages, see
         * {@link AbstractDcsCheck#otherDocumentsRead}) or a filter that decides on each finding
         * from its own file (suppression comments in it, or its path), and the checks run apart
         * from Checker's loop. Not for any other module: a Checkstyle check may compare files.
         */
        public boolean checksFilesApart() {
            if (!runsDocSetsApart()) {
                return false;
            }
            for (Object module : ((DcsChecker) checker).modules()) {
                if (!(module instanceof AbstractDcsCheck) && !(module instanceof SuppressWithPlainTextCommentFilter)
                        && !(module instanceof SuppressionFilter) && !(module instanceof SuppressionSingleFilter)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Has {@code literals} look, on the parse threads, for what the rules' suppression-comment
         * filters search a file for, and takes what it finds in place of reading a file with a
         * finding again ({@link CommentLiterals}). Texts it saw before this call are read as before.
         */
        public void readCommentLiteralsFrom(CommentLiterals literals) {
            if (checker instanceof DcsChecker dcs) {
                dcs.readCommentLiteralsFrom(literals);
            }
        }

        /** Runs every configured check over the workspace's documents; findings in report order. */
        public List<Finding> run(Workspace workspace) {
            return run(workspace, null);
        }

        /**
         * Runs every configured check over those of the workspace's documents whose files are in
         * {@code only} (all when null), with the whole workspace for what the checks read of
         * other documents; findings in report order.
         */
        public List<Finding> run(Workspace workspace, Set<Path> only) {
            FindingCollector collector = new FindingCollector(workspace);
            checker.addListener(collector);
            List<File> files = new ArrayList<>();
            workspace.documents().stream().filter(d -> only == null || only.contains(d.file()))
                    .forEach(d -> files.add(d.file().toFile()));
            AbstractDcsCheck.setCurrentWorkspace(workspace);
            try {
                checker.process(files);
            } catch (CheckstyleException e) {
                collector.internalError(e);
            } finally {
                AbstractDcsCheck.setCurrentWorkspace(null);
                checker.removeListener(collector);
            }
            return collector.findings();
        }

        @Override
        public void close() {
            checker.destroy();
        }
    }

    private Checker newChecker() throws DcsConfigurationException {
        DcsChecker checker = new DcsChecker(propertiesThroughSetters);
        checker.setModuleClassLoader(CheckEngine.class.getClassLoader());
        try {
            checker.setModuleFactory(DcsModuleFactory.create(CheckEngine.class.getClassLoader()));
            checker.configure(configuration);
            checker.useFileExtensionsOf(configuration);
        } catch (CheckstyleException e) {
            checker.destroy();
            throw scan.explain(e);
        } catch (RuntimeException e) {
            // Checkstyle modules may throw unchecked exceptions for odd values (an empty file name).
            checker.destroy();
            throw scan.explain(new CheckstyleException(String.valueOf(e), e));
        }
        // A file that breaks a check must become a finding, never stop the run.
        checker.setHaltOnException(false);
        return checker;
    }

    private static byte[] read(String rulesLocation) throws DcsConfigurationException {
        try {
            if (rulesLocation.startsWith("classpath:")) {
                String resource = rulesLocation.substring("classpath:".length());
                try (InputStream in = CheckEngine.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new DcsConfigurationException(rulesLocation
                                + ":1: no such resource on the class path; check the name or add dcs-rules");
                    }
                    return in.readAllBytes();
                }
            }
            if (isUrl(rulesLocation)) {
                try (InputStream in = new URL(rulesLocation).openStream()) {
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(Path.of(rulesLocation));
        } catch (IOException | IllegalArgumentException e) {
            throw new DcsConfigurationException(rulesLocation + ":1: cannot read rules file: " + e, e);
        }
    }

    private static boolean isUrl(String location) {
        return location.matches("(?i)(https?|file|jar):.*");
    }

    private static String systemId(String location) {
        if (location.startsWith("classpath:")) {
            URL url = CheckEngine.class.getClassLoader().getResource(location.substring("classpath:".length()));
            return url != null ? url.toString() : location;
        }
        if (isUrl(location)) {
            return location;
        }
        URI uri = Path.of(location).toAbsolutePath().toUri();
        return uri.toString();
    }

    /** Maps Checkstyle's messages to "file:line: reason" with the line of the offending element. */
    static String describe(String location, RulesFileScan scan, CheckstyleException e) {
        String deepest = e.getMessage();
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                deepest = t.getMessage();
                all.append(t.getMessage()).append('\n');
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.xml.sax.SAXParseException sax) {
                return location + ":" + Math.max(1, sax.getLineNumber()) + ": " + sax.getMessage()
                        + "; a rules file starts with Checkstyle's DOCTYPE and a Checker module";
            }
        }
        Matcher unknown = UNKNOWN_MODULE.matcher(all);
        if (unknown.find()) {
            String module = unknown.group(1);
            return location + ":" + scan.lineOfModule(module) + ": unknown module \"" + module
                    + "\"; use a rule ID listed in docs/rules or a fully qualified class name";
        }
        Matcher unset = UNSET_PROPERTY.matcher(all);
        if (unset.find()) {
            return location + ":" + scan.lineOfValueContaining("${" + unset.group(1) + "}") + ": property ${"
                    + unset.group(1) + "} has no value; pass it, or give the property a default attribute";
        }
        Matcher severity = UNKNOWN_SEVERITY.matcher(all);
        if (severity.find()) {
            String value = scan.valueOfPropertyIgnoringCase("severity", severity.group(1));
            return location + ":" + scan.lineOfProperty(List.of("severity", value)) + ": severity \"" + value
                    + "\" is not a severity; use ignore, info, warning or error";
        }
        List<String> quoted = new ArrayList<>();
        Matcher q = QUOTED.matcher(all);
        while (q.find()) {
            quoted.add(q.group(1));
        }
        return location + ":" + scan.lineOfProperty(quoted) + ": " + deepest.replaceAll("\\s+", " ").trim();
    }
}
