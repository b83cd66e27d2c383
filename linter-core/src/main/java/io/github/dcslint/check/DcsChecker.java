package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.AbstractAutomaticBean;
import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.DefaultContext;
import com.puppycrawl.tools.checkstyle.Definitions;
import com.puppycrawl.tools.checkstyle.ModuleFactory;
import com.puppycrawl.tools.checkstyle.api.AuditListener;
import com.puppycrawl.tools.checkstyle.api.BeforeExecutionFileFilter;
import com.puppycrawl.tools.checkstyle.api.BeforeExecutionFileFilterSet;
import com.puppycrawl.tools.checkstyle.api.FileSetCheck;
import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import com.puppycrawl.tools.checkstyle.api.SeverityLevelCounter;
import com.puppycrawl.tools.checkstyle.api.Violation;
import com.puppycrawl.tools.checkstyle.utils.CommonUtil;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import com.puppycrawl.tools.checkstyle.api.FileText;
import com.puppycrawl.tools.checkstyle.api.Filter;
import com.puppycrawl.tools.checkstyle.filters.SuppressWithPlainTextCommentFilter;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checkstyle's {@link Checker}, without reading every file again, and with each {@link SuppressWithPlainTextCommentFilter} asked only
 * about files that hold one of its comments.
 *
 * <p>Why: that filter reads the whole file again and matches every line against its patterns for
 * every single finding (Checkstyle 12.3.1, {@code accept} calls {@code getFileText} per event), and
 * the default rules configure two of them (RST and Markdown). Profiles of cached runs showed it as
 * a quarter of the run. Here a file with findings is read once per run, shared by all such
 * filters; a file with no line matching a filter's off or on pattern has no suppression for that
 * filter, so the event is accepted without asking it, as the filter itself would.
 *
 * <p>Why the checks get no file text: {@code Checker.process} reads every file into a
 * {@link FileText} before handing it to the checks, and dcs checks never look at it (they read
 * the parsed, possibly cached, document of the run's {@code Workspace}). That read was the
 * largest part of a cached run. {@link #process} therefore runs the checks itself, in
 * Checkstyle's order (begin, per accepted file: started, checks, filtered errors, finished; then
 * finish and destroy), with an empty text, and reports a file it cannot open as Checker does. It
 * falls back to Checker's own loop where it cannot see what that loop would do: a Checkstyle
 * cache file, a base directory, or an audit listener configured as a module.
 */
final class DcsChecker extends Checker {

    private static final String DEFAULT_OFF_FORMAT = "// CHECKSTYLE:OFF";
    private static final String DEFAULT_ON_FORMAT = "// CHECKSTYLE:ON";

    /** The lines of each file with findings in this run, read once; empty if it cannot be read. */
    private final Map<String, Optional<List<String>>> linesOfFile = new ConcurrentHashMap<>();
    /**
     * For each file read for the comment filters' necessary test: which of their required
     * literals it holds (empty: not readable as UTF-8). Not the text itself: the run's heap would
     * then grow with the files that have findings.
     */
    private final Map<String, Optional<Set<String>>> literalsInFile = new ConcurrentHashMap<>();
    /** The required literals of every comment prefilter, searched in one read of a file. */
    private final Set<String> prefilterLiterals = ConcurrentHashMap.newKeySet();
    /** The literals the parse threads found in the texts of this run's documents, or null. */
    private volatile CommentLiterals commentLiterals;
    /** The configuration of the child being set up, so that {@link #addFilter} knows its patterns. */
    private Configuration childBeingSetUp;
    private final List<CommentPrefilter> prefilters = new ArrayList<>();

    private final List<FileSetCheck> checks = new ArrayList<>();
    /** Every module the rules made (checks, filters), for {@link RulesFingerprint}. */
    private final List<Object> modules = new ArrayList<>();
    private final BeforeExecutionFileFilterSet beforeExecutionFilters = new BeforeExecutionFileFilterSet();
    private final SeverityLevelCounter errorCounter = new SeverityLevelCounter(SeverityLevel.ERROR);
    private String[] fileExtensions = new String[0];
    private String charset = StandardCharsets.UTF_8.name();
    /** Whether Checker's own loop must run (see the class comment). */
    private boolean needsCheckerLoop;
    private boolean haltOnException = true;

    /** Whether dcs checks get their properties through {@link DcsCheckProperties}. */
    private final boolean propertiesThroughSetters;

    /**
     * @param propertiesThroughSetters whether dcs checks get their properties through
     *                                 {@link DcsCheckProperties}, else through Checkstyle's
     *                                 own configure (tests compare the two)
     */
    DcsChecker(boolean propertiesThroughSetters) {
        this.propertiesThroughSetters = propertiesThroughSetters;
        addListener(errorCounter);
    }

    /**
     * Takes the root module's {@code fileExtensions}, which Checker keeps to itself; call after
     * {@code configure}. Parsed as Checkstyle converts a string array property: comma-separated,
     * trimmed, a leading dot added.
     */
    void useFileExtensionsOf(Configuration root) throws CheckstyleException {
        String value = property(root, "fileExtensions", "");
        List<String> extensions = new ArrayList<>();
        for (String part : value.split(",")) {
            String extension = part.trim();
            if (!extension.isEmpty()) {
                extensions.add(extension.startsWith(".") ? extension : "." + extension);
            }
        }
        fileExtensions = extensions.toArray(new String[0]);
    }

    /**
     * Whether this Checker runs only the checks and filters of the rules, so that running it once
     * per doc set reports what one run over all files would: false when Checker's own loop runs
     * (see the class comment), as a listener module expects one audit and Checkstyle's cache
     * file keys on the external resources of the whole run.
     */
    boolean checksWithoutCheckerLoop() {
        return !needsCheckerLoop;
    }

    /** Every module the rules made, checks and filters (one that failed to configure included). */
    List<Object> modules() {
        return List.copyOf(modules);
    }

    @Override
    public void setModuleFactory(ModuleFactory moduleFactory) {
        this.moduleFactory = moduleFactory;
        super.setModuleFactory(name -> {
            Object module = moduleFactory.createModule(name);
            modules.add(module);
            if (module instanceof AuditListener && !(module instanceof FileSetCheck)
                    && !(module instanceof BeforeExecutionFileFilter) && !(module instanceof Filter)) {
                needsCheckerLoop = true;
            }
            return module;
        });
    }

    @Override
    public void setCacheFile(String fileName) throws IOException {
        needsCheckerLoop = true;
        super.setCacheFile(fileName);
    }

    @Override
    public void setBasedir(String basedir) {
        needsCheckerLoop |= basedir != null;
        super.setBasedir(basedir);
    }

    @Override
    public void setCharset(String charset) throws UnsupportedEncodingException {
        super.setCharset(charset);
        this.charset = charset;
    }

    @Override
    public void setHaltOnException(boolean haltOnException) {
        super.setHaltOnException(haltOnException);
        this.haltOnException = haltOnException;
    }

    @Override
    public void addFileSetCheck(FileSetCheck fileSetCheck) {
        super.addFileSetCheck(fileSetCheck);
        checks.add(fileSetCheck);
    }

    @Override
    public void addBeforeExecutionFileFilter(BeforeExecutionFileFilter filter) {
        super.addBeforeExecutionFileFilter(filter);
        beforeExecutionFilters.addBeforeExecutionFileFilter(filter);
    }

    /** The factory as given (dcs checks and filters are made from it directly, see {@link #setUpDirectly}). */
    private ModuleFactory moduleFactory;

    /** The attributes Checker's setupChild gives every child's contextualize (Checkstyle 12.3.1). */
    private static final Set<String> CHILD_CONTEXT = Set.of("charset", "moduleFactory", "severity", "basedir",
            "tabWidth");

    /**
     * Sets up a dcs check, or a filter, as Checker's setupChild does, its properties set by
     * {@link DcsCheckProperties} (not by a BeanUtils registry per property). A dcs check gets a
     * context holding only the severity, the one attribute of Checker's five (charset,
     * moduleFactory, severity, basedir, tabWidth) that a dcs check has a property for; a filter
     * with no property of those names gets none, as Checkstyle's copy of them would set nothing.
     * Checkstyle copies each attribute into each module with a BeanUtils registry built for it:
     * configuring the rules was the largest single cost of a cached run, and after the checks
     * the three filters of the default rules were half of what was left (JFR). Returns false for
     * any other module, and for any failure, so that Checker's own setupChild makes the module
     * again and reports the failure as it does.
     */
    private boolean setUpDirectly(Configuration childConf) {
        if (moduleFactory == null || !propertiesThroughSetters || childConf.getChildren().length > 0) {
            return false;
        }
        try {
            Object module = moduleFactory.createModule(childConf.getName());
            if (module instanceof AbstractDcsCheck check) {
                return setUpDcsCheck(check, childConf);
            }
            if (module instanceof AbstractAutomaticBean bean && module instanceof Filter filter
                    && !(module instanceof FileSetCheck) && !(module instanceof BeforeExecutionFileFilter)
                    && !DcsCheckProperties.mayHaveAnyProperty(module, CHILD_CONTEXT)) {
                if (!DcsCheckProperties.apply(bean, childConf)) {
                    return false;
                }
                bean.configure(DcsCheckProperties.withoutProperties(childConf));
                modules.add(module);
                childBeingSetUp = childConf;
                try {
                    addFilter(filter);
                } finally {
                    childBeingSetUp = null;
                }
                return true;
            }
            return false;
        } catch (CheckstyleException | RuntimeException e) {
            return false;
        }
    }

    private boolean setUpDcsCheck(AbstractDcsCheck check, Configuration childConf) throws CheckstyleException {
        SeverityLevel severity = SeverityLevel.getInstance(
                property(getConfiguration(), "severity", SeverityLevel.ERROR.getName()));
        // the Checker's severity is the check's own until a module property says otherwise;
        // a check already at it (the default, error) needs no BeanUtils copy of it
        if (check.getSeverityLevel() != severity) {
            DefaultContext context = new DefaultContext();
            context.add("severity", severity.getName());
            check.contextualize(context);
        }
        // the properties through the check's setters, then Checkstyle's configure with none
        // left to copy: it keeps the configuration (custom messages) and runs local set-up
        if (!DcsCheckProperties.apply(check, childConf)) {
            return false;
        }
        check.configure(DcsCheckProperties.withoutProperties(childConf));
        check.init();
        addFileSetCheck(check);
        modules.add(check);
        return true;
    }

    @Override
    protected void setupChild(Configuration childConf) throws CheckstyleException {
        if (setUpDirectly(childConf)) {
            return;
        }
        childBeingSetUp = childConf;
        try {
            super.setupChild(childConf);
        } finally {
            childBeingSetUp = null;
        }
    }

    @Override
    public void addFilter(Filter filter) {
        if (filter instanceof SuppressWithPlainTextCommentFilter && childBeingSetUp != null) {
            try {
                Pattern off = Pattern.compile(property(childBeingSetUp, "offCommentFormat", DEFAULT_OFF_FORMAT));
                Pattern on = Pattern.compile(property(childBeingSetUp, "onCommentFormat", DEFAULT_ON_FORMAT));
                CommentPrefilter prefilter = new CommentPrefilter(filter, off, on);
                prefilters.add(prefilter);
                super.addFilter(prefilter);
                return;
            } catch (CheckstyleException | RuntimeException e) {
                // Patterns we cannot read as the filter did: leave the filter to itself.
            }
        }
        super.addFilter(filter);
    }

    /**
     * Has {@code literals} look for the comment filters' required literals in the texts it sees
     * from now on, and takes what it finds in place of reading a file with a finding again.
     * Call once the rules are configured.
     */
    void readCommentLiteralsFrom(CommentLiterals literals) {
        literals.watch(prefilterLiterals);
        commentLiterals = literals;
    }

    @Override
    public int process(List<File> files) throws CheckstyleException {
        try {
            return needsCheckerLoop ? super.process(files) : processWithoutText(files);
        } finally {
            // Files may change before the next run (cached runs reuse nothing from this map).
            linesOfFile.clear();
            literalsInFile.clear();
            prefilters.forEach(prefilter -> prefilter.hasComment.clear());
        }
    }

    private int processWithoutText(List<File> files) throws CheckstyleException {
        // Checker's audit-started event: only its counter and dcs's collector listen (no module
        // listener, see needsCheckerLoop), and of these only the counter acts on it.
        errorCounter.auditStarted(new AuditEvent(this));
        for (FileSetCheck check : checks) {
            check.beginProcessing(charset);
        }
        for (File file : files) {
            if (!CommonUtil.matchesFileExtension(file, fileExtensions)) {
                continue;
            }
            String fileName = file.getAbsolutePath();
            try {
                if (!beforeExecutionFilters.accept(fileName)) {
                    continue;
                }
                fireFileStarted(fileName);
                SortedSet<Violation> violations = new TreeSet<>();
                Violation unreadable = unreadable(file);
                if (unreadable != null) {
                    violations.add(unreadable);
                } else {
                    violations.addAll(runChecks(file));
                }
                fireErrors(fileName, violations);
                fireFileFinished(fileName);
            } catch (CheckstyleException | RuntimeException e) {
                // As Checker: name the file that was being processed.
                throw new CheckstyleException("Exception was thrown while processing " + file.getPath(), e);
            }
        }
        checks.forEach(FileSetCheck::finishProcessing);
        checks.forEach(FileSetCheck::destroy);
        return errorCounter.getCount();
    }

    /** Checker's {@code processFile} without the read: an exception becomes a violation unless halting. */
    private SortedSet<Violation> runChecks(File file) throws CheckstyleException {
        SortedSet<Violation> violations = new TreeSet<>();
        FileText noText = new FileText(file, List.of());
        try {
            for (FileSetCheck check : checks) {
                violations.addAll(check.process(file, noText));
            }
        } catch (CheckstyleException | RuntimeException e) {
            if (haltOnException) {
                throw e;
            }
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace, true));
            violations.add(new Violation(1, Definitions.CHECKSTYLE_BUNDLE, EXCEPTION_MSG,
                    new String[] {trace.toString()}, null, Checker.class, null));
        }
        return violations;
    }

    /**
     * The violation Checker reports for a file it cannot read (its {@code processFile}: the
     * exception's message under {@code general.exception} at line 1), or null. Opens the file
     * without reading it; the missing-file message is FileText's own.
     */
    private Violation unreadable(File file) {
        File absolute = file.getAbsoluteFile();
        try {
            if (!absolute.exists()) {
                throw new FileNotFoundException(absolute.getPath() + " (No such file or directory)");
            }
            try (InputStream in = Files.newInputStream(absolute.toPath())) {
                return null;
            }
        } catch (IOException e) {
            return new Violation(1, Definitions.CHECKSTYLE_BUNDLE, EXCEPTION_MSG,
                    new String[] {e.getMessage()}, null, Checker.class, null);
        }
    }

    private static String property(Configuration configuration, String name, String fallback)
            throws CheckstyleException {
        for (String present : configuration.getPropertyNames()) {
            if (present.equals(name)) {
                return configuration.getProperty(name);
            }
        }
        return fallback;
    }

    private Optional<List<String>> lines(String fileName) {
        return linesOfFile.computeIfAbsent(fileName, name -> {
            File file = new File(name);
            if (file.isDirectory()) {
                return Optional.empty();
            }
            try {
                // The same reading as the filter's own (FileText, UTF-8), so lines split alike.
                FileText text = new FileText(file, StandardCharsets.UTF_8.name());
                return Optional.of(List.of(text.toLinesArray()));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** Asks the wrapped filter only when the event's file holds one of its comments. */
    private final class CommentPrefilter implements Filter {
        private final Filter filter;
        private final Pattern off;
        private final Pattern on;
        /** Text every match of each pattern contains, or null when none is known (see {@link #requiredLiteral}). */
        private final String offLiteral;
        private final String onLiteral;
        private final Map<String, Boolean> hasComment = new ConcurrentHashMap<>();

        CommentPrefilter(Filter filter, Pattern off, Pattern on) {
            this.filter = filter;
            this.off = off;
            this.on = on;
            this.offLiteral = requiredLiteral(off);
            this.onLiteral = requiredLiteral(on);
            if (offLiteral != null && onLiteral != null) {
                prefilterLiterals.add(offLiteral);
                prefilterLiterals.add(onLiteral);
            }
        }

        @Override
        public boolean accept(AuditEvent event) {
            if (event.getViolation() == null || event.getFileName() == null) {
                return filter.accept(event);
            }
            String name = event.getFileName();
            Boolean comment = hasComment.get(name);
            if (comment == null) {
                if (!mayHoldComment(name)) {
                    comment = false; // read as UTF-8 without a matching line: FileText reads it too
                } else {
                    Optional<List<String>> lines = lines(name);
                    if (lines.isEmpty()) {
                        // Unreadable or a directory: the filter's own behaviour (accept, or its error) applies.
                        return filter.accept(event);
                    }
                    comment = lines.get().stream()
                            .anyMatch(line -> off.matcher(line).find() || on.matcher(line).find());
                }
                hasComment.put(name, comment);
            }
            return !comment || filter.accept(event);
        }

        /**
         * False only when no line of the file can match: the text holds neither pattern's
         * required literal (reading and splitting every file with findings into lines, and
         * matching each line, for each of the two filters, was a quarter of a cached run, JFR;
         * a whole-text regex search was slower still). True when unsure.
         */
        private boolean mayHoldComment(String fileName) {
            if (offLiteral == null || onLiteral == null) {
                return true;
            }
            Optional<Set<String>> present = literalsInFile.computeIfAbsent(fileName, name -> {
                CommentLiterals seen = commentLiterals;
                Set<String> inText = seen == null ? null : seen.in(Path.of(name));
                if (inText != null) {
                    return Optional.of(inText);
                }
                try {
                    String text = Files.readString(new File(name).toPath(), StandardCharsets.UTF_8);
                    Set<String> found = new java.util.HashSet<>();
                    for (String literal : prefilterLiterals) {
                        if (text.contains(literal)) {
                            found.add(literal);
                        }
                    }
                    return Optional.of(found);
                } catch (IOException | RuntimeException e) {
                    return Optional.empty(); // not UTF-8, gone: the lines decide
                }
            });
            return present.isEmpty() || present.get().contains(offLiteral) || present.get().contains(onLiteral);
        }
    }

    /**
     * A piece of plain text that every match of {@code pattern} contains (so a text without it
     * holds no match), or null when the pattern is not simple enough to be sure: the longest run
     * of letters, digits and {@code -} outside groups and classes, not escaped, of a pattern
     * without alternation, inline flags or case-insensitive matching. A quantifier after the run
     * applies to its last character only, which is then left out. For the shipped
     * {@code ^\s*\.\.\s+dcs-lint:\s*off\b}: {@code dcs-lint}.
     */
    static String requiredLiteral(Pattern pattern) {
        String regex = pattern.pattern();
        if ((pattern.flags() & (Pattern.CASE_INSENSITIVE | Pattern.LITERAL | Pattern.COMMENTS
                | Pattern.UNICODE_CASE | Pattern.CANON_EQ)) != 0 || regex.contains("|") || regex.contains("(?")
                || regex.contains("\\Q")) {
            return null;
        }
        String best = null;
        int depth = 0;
        StringBuilder run = new StringBuilder();
        for (int i = 0; i <= regex.length(); i++) {
            char c = i < regex.length() ? regex.charAt(i) : '\u0000';
            boolean plain = depth == 0 && (Character.isLetterOrDigit(c) || c == '-') && c < 128;
            if (plain) {
                run.append(c);
                continue;
            }
            if (run.length() > 0) {
                String literal = run.toString();
                if (c == '?' || c == '*' || c == '+' || c == '{') {
                    literal = literal.substring(0, literal.length() - 1);
                }
                if (literal.length() >= 3 && (best == null || literal.length() > best.length())) {
                    best = literal;
                }
                run.setLength(0);
            }
            if (c == '\\') {
                i++; // an escape: the next character is not plain text (\s, \b) or stands alone
                if (i < regex.length() && "xuc0123456789pPNk".indexOf(regex.charAt(i)) >= 0) {
                    // \x41, \p{L}, \1, \k<name>: what follows is part of the escape
                    while (i + 1 < regex.length() && (Character.isLetterOrDigit(regex.charAt(i + 1))
                            || "{}<>".indexOf(regex.charAt(i + 1)) >= 0)) {
                        i++;
                    }
                }
            } else if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return best;
    }
}
