package io.github.dcslint.run;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.baseline.Baseline;
import io.github.dcslint.cache.BuildFingerprint;
import io.github.dcslint.cache.DocumentCache;
import io.github.dcslint.cache.FindingsCache;
import io.github.dcslint.catalog.StatusCatalog;
import io.github.dcslint.check.CheckEngine;
import io.github.dcslint.check.CommentLiterals;
import io.github.dcslint.export.TablesJsonlWriter;
import io.github.dcslint.facts.DocSetRoots;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.facts.WorkspaceOptions;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Table;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.report.CheckstyleXmlReport;
import io.github.dcslint.report.ConsoleReport;
import io.github.dcslint.report.Finding;
import io.github.dcslint.report.FindingContext;
import io.github.dcslint.report.FindingContexts;
import io.github.dcslint.report.ProblemLines;
import io.github.dcslint.io.AtomicFiles;
import io.github.dcslint.report.ReviewReports;
import io.github.dcslint.report.SarifReport;
import io.github.dcslint.status.StatusTable;
import io.github.dcslint.status.StatusTableClassifier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Runs dcs for a {@link DcsRequest}: scans the source roots, then doc set by doc set parses
 * every file once (in parallel, a little ahead of the checks), builds the doc set's facts, runs
 * the configured checks and resolves what each finding points at, and lets the documents go;
 * then writes the report files. The heap holds one doc set's status tables at a time, and the
 * findings.
 * Takes no Maven types: the Maven goals and a command line call the same runner. It never
 * decides whether a build passes; the caller does, from the {@link DcsResult}.
 */
public final class DcsRunner {

    /** A location with a URL scheme ({@code classpath:}, {@code file:}, {@code https:}); one letter is a drive. */
    private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    /**
     * The rule property through which a rules file hands the user's catalogs to its checks:
     * {@code <property name="catalogs" value="${dcs.catalogs}" default="..."/>} in each module.
     * Set only when the request names catalogs.
     */
    public static final String CATALOGS_PROPERTY = "dcs.catalogs";

    /** The catalogs a user's catalogs are layered over: IANA's registry and the earlier-RFC names. */
    static final List<String> BASE_CATALOGS = List.of("classpath:" + StatusCatalog.IANA_RESOURCE,
            "classpath:" + StatusCatalog.LEGACY_NAMES_RESOURCE);

    /**
     * Where parsed documents come from between runs, when the caller chose it; null: the
     * request's {@link DcsRequest#cacheDirectory()} (none if unset) for each run.
     */
    private final DocumentCache cache;

    /** A runner that caches parsed documents where each request says ({@link DcsRequest#cacheDirectory()}). */
    public DcsRunner() {
        this.cache = null;
    }

    /**
     * A runner that takes unchanged files' documents from {@code cache}, and the findings of doc
     * sets in which no file changed from a {@link FindingsCache} in its directory (when the rules
     * allow it, see {@code CheckEngine.Session#findingsFingerprint}). A doc set with a changed file
     * is checked again whole, from all its documents: the findings are exactly those of a run
     * without a cache.
     */
    public DcsRunner(DocumentCache cache) {
        this.cache = java.util.Objects.requireNonNull(cache, "cache");
    }

    /** The file name of the table export in the output directory. */
    public static final String TABLES_FILE = "tables.jsonl";
    /** The file name of the extraction problems that go with the export. */
    public static final String PROBLEMS_FILE = "problems.jsonl";

    /** Checks the files, then writes every report the request asks for. */
    public DcsResult run(DcsRequest request) throws DcsConfigurationException, IOException {
        DcsResult result = check(request);
        return result.withReports(writeReports(result, request));
    }

    /** The cache this run parses through: the caller's, else the request's, else none. */
    private DocumentCache cacheFor(DcsRequest request) {
        if (cache != null) {
            return cache;
        }
        return request.cacheDirectory() == null ? DocumentCache.none() : DocumentCache.open(request.cacheDirectory());
    }

    /**
     * The {@code verify} sequence the Maven goal and the command line share: check, hold the
     * findings against the request's baseline and ratchet, write the report files of what is left
     * and the review reports (comment, HTML page, GitHub annotations), and count what is at or
     * above the request's threshold. Decides nothing: the caller turns
     * {@link VerifyOutcome#failing()} into a build failure or an exit code.
     *
     * @throws DcsConfigurationException for broken rules, catalogs, baseline, or an unknown ref
     */
    public VerifyOutcome verify(DcsRequest request) throws DcsConfigurationException, IOException {
        DocumentCache documents = cacheFor(request);
        DcsResult all = check(request, documents);
        FindingContexts contexts = FindingContexts.parsing(all);
        ReviewReports review = new ReviewReports(request, new ReviewReports.Options(request.baselineFile(),
                request.ratchetFrom(), request.githubAnnotations(), System.getenv()));
        ReviewReports.Outcome narrowed = review.narrow(all, contexts);
        DcsResult shown = narrowed.result().withReports(writeReports(narrowed.result(), request));
        ByteArrayOutputStream annotations = new ByteArrayOutputStream();
        Map<String, Path> reviewFiles;
        try (PrintStream console = new PrintStream(annotations, true, StandardCharsets.UTF_8)) {
            reviewFiles = review.write(narrowed, contexts, console);
        }
        List<String> warnings = new ArrayList<>(documents.warnings());
        warnings.addAll(shown.warnings());
        return new VerifyOutcome(shown, all, narrowed.baselined(), narrowed.stale(), narrowed.notes(), reviewFiles,
                annotations.toString(StandardCharsets.UTF_8), warnings, request.violationSeverity(),
                shown.countAtOrAbove(request.violationSeverity()));
    }

    /**
     * Checks the files and writes every finding to the request's {@link DcsRequest#baselineFile()}
     * (required), so that a later {@code verify} with that baseline reports only new findings.
     */
    public BaselineOutcome writeBaseline(DcsRequest request) throws DcsConfigurationException, IOException {
        if (request.baselineFile() == null) {
            throw new DcsConfigurationException("no baseline file to write; name one (dcs.baseline, --baseline)");
        }
        DocumentCache documents = cacheFor(request);
        DcsResult result = check(request, documents);
        Baseline baseline = Baseline.of(result.findings(), FindingContexts.parsing(result));
        baseline.write(request.baselineFile());
        List<String> warnings = new ArrayList<>(documents.warnings());
        warnings.addAll(result.warnings());
        return new BaselineOutcome(result, baseline, request.baselineFile(), warnings);
    }

    /**
     * Checks the files and keeps the findings in memory; writes nothing.
     *
     * @throws DcsConfigurationException when the rules, a catalog, a pattern or a source root
     *                                   cannot be used; the message says why
     */
    public DcsResult check(DcsRequest request) throws DcsConfigurationException, IOException {
        return check(request, cacheFor(request));
    }

    private DcsResult check(DcsRequest request, DocumentCache documentCache)
            throws DcsConfigurationException, IOException {
        Map<String, String> properties = new LinkedHashMap<>(request.ruleProperties());
        if (!request.catalogs().isEmpty()) {
            properties.put(CATALOGS_PROPERTY, catalogsProperty(request));
        }
        // The rules load on a thread of their own while the files are scanned (and, without a
        // cache, parsed): loading them is most of a small run's time and, in a fresh JVM, a few
        // hundred milliseconds of class loading. A broken rules file is still the run's error,
        // before anything is checked or written.
        String rules = resolveLocation(request.rulesLocation(), request.baseDirectory());
        java.util.concurrent.FutureTask<CheckEngine> engineLoad = new java.util.concurrent.FutureTask<>(
                () -> CheckEngine.load(rules, properties));
        Thread loader = new Thread(engineLoad, "dcs-rules");
        loader.setDaemon(true);
        loader.start();
        StatusTableClassifier classifier;
        WorkspaceOptions workspaceOptions;
        SourceScanner.ScanResult scan;
        try {
            classifier = classifier(request);
            workspaceOptions = workspaceOptions(request, rememberingStatusTables(classifier));
            scan = new SourceScanner(request.includes(), request.excludes()).scan(request.sourceRoots());
        } catch (DcsConfigurationException | RuntimeException e) {
            awaitEngine(engineLoad); // broken rules are said first, as when they loaded first
            throw e;
        }
        // each document keeps only its status tables once parsed (and so in the cache): the
        // checks read nothing else, and the run's heap then holds facts, not whole documents
        DocumentCache.Reduction facts = DocumentCache.Reduction.of("status tables; " + classifier.fingerprint(),
                document -> Workspace.statusTablesOnly(document, workspaceOptions));
        List<Finding> findings = new ArrayList<>();
        Map<Finding, FindingContext> contexts = new java.util.HashMap<>();
        // Doc set after doc set: no check compares doc sets, so the run holds the documents of
        // one doc set (and the few the pool parses ahead), not of every file.
        DocSetRoots docSetRoots = DocSetRoots.of(request.sourceRoots(),
                scan.files().stream().map(SourceFile::file).toList());
        Map<Path, List<SourceFile>> docSets = docSets(docSetRoots, scan.files());
        FindingsCache findingsCache = documentCache.directory() == null ? FindingsCache.none()
                : FindingsCache.open(documentCache.directory().resolve(FINDINGS_FOLDER));
        // what the checks' thread would read a file with findings again for, found in each
        // text on the parse threads: suppression comments (once the rules are loaded), the
        // lines of parse problems
        TextsSeen seen = new TextsSeen(new CommentLiterals(), new ProblemLines());
        // without kept findings every file is parsed: start while the rules load
        OrderedParses early = findingsCache.enabled() ? null
                : parses(docSets.values().stream().flatMap(List::stream).toList(), request.threads(), PARSE_AHEAD,
                        documentCache, request.maxFileBytes(), request.maxLineLength(), facts, scan.stamps(), null,
                        seen);
        try {
            CheckEngine engine = awaitEngine(engineLoad);
            try (CheckEngine.Session checks = engine.open()) {
                checks.readCommentLiteralsFrom(seen.comments());
                // a doc set's findings follow from its files and from these; null: they are not kept
                String key = findingsCache.enabled() && checks.runsDocSetsApart()
                        ? checks.findingsFingerprint().map(r -> findingsKey(r, request, classifier)).orElse(null)
                        : null;
                Map<Path, List<SourceFile>> toCheck = new java.util.LinkedHashMap<>();
                // doc sets with kept findings of which some files changed: see checkDocSet
                Map<Path, FindingsCache.Kept> partlyKept = new java.util.HashMap<>();
                for (Map.Entry<Path, List<SourceFile>> docSet : docSets.entrySet()) {
                    FindingsCache.Kept kept = key == null ? null
                            : findingsCache.lookupKept(docSet.getKey(), key + docSetKey(docSet.getValue()),
                                    filesOf(docSet.getValue()), scan.stamps());
                    if (kept != null && kept.changed().isEmpty()) {
                        findings.addAll(kept.findings().findings());
                        contexts.putAll(kept.findings().contexts());
                    } else {
                        toCheck.put(docSet.getKey(), docSet.getValue());
                        if (kept != null) {
                            partlyKept.put(docSet.getKey(), kept);
                        }
                    }
                }
                checkDocSets(request, documentCache, checks, early, toCheck, partlyKept, key, findingsCache, facts,
                        scan.stamps(), seen, workspaceOptions, docSetRoots, findings, contexts);
            }
        } finally {
            if (early != null) {
                early.close();
            }
        }
        List<String> warnings = new ArrayList<>(scan.warnings());
        warnings.addAll(findingsCache.warnings());
        return new DcsResult(request.sourceRoots(), scan.files(), findings, warnings, Map.of(), contexts);
    }

    /** The loaded rules, or the error that loading them raised. */
    private static CheckEngine awaitEngine(java.util.concurrent.FutureTask<CheckEngine> engineLoad)
            throws DcsConfigurationException, IOException {
        try {
            return engineLoad.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while loading the rules");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DcsConfigurationException configuration) {
                throw configuration;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Parses and checks the doc sets one after another (their files through {@code early} when
     * it is parsing them already), adding the findings and their contexts, and keeps each doc
     * set's findings under {@code key} (null: none are kept).
     */
    private static void checkDocSets(DcsRequest request, DocumentCache documentCache, CheckEngine.Session checks,
                                     OrderedParses early, Map<Path, List<SourceFile>> toCheck,
                                     Map<Path, FindingsCache.Kept> partlyKept, String key,
                                     FindingsCache findingsCache, DocumentCache.Reduction facts,
                                     Map<Path, DocumentCache.FileStamp> stamps, TextsSeen seen,
                                     WorkspaceOptions workspaceOptions, DocSetRoots docSetRoots,
                                     List<Finding> findings, Map<Finding, FindingContext> contexts)
            throws IOException {
        // which bytes each document came from, until its doc set's findings are stored
        Map<Path, DocumentCache.FileIdentity> identities = new java.util.concurrent.ConcurrentHashMap<>();
        try (OrderedParses parses = early != null ? early
                : parses(toCheck.values().stream().flatMap(List::stream).toList(), request.threads(), PARSE_AHEAD,
                        documentCache, request.maxFileBytes(), request.maxLineLength(), facts, stamps,
                        key == null ? null : identities, seen)) {
            List<ParsedDocument> documents = new ArrayList<>();
            for (Map.Entry<Path, List<SourceFile>> docSet : toCheck.entrySet()) {
                for (int i = 0; i < docSet.getValue().size(); i++) {
                    documents.add(parses.next());
                }
                if (checks.runsDocSetsApart()) {
                    Map<Finding, FindingContext> found = new java.util.HashMap<>();
                    List<Path> files = filesOf(docSet.getValue());
                    Workspace workspace = Workspace.build(documents, workspaceOptions, docSetRoots);
                    java.util.Set<Integer> appendix = new java.util.TreeSet<>();
                    for (int i = 0; i < documents.size(); i++) {
                        if (workspace.isAppendix(documents.get(i))) {
                            appendix.add(i);
                        }
                    }
                    List<Finding> checked = checkDocSet(checks, workspace, files, appendix,
                            partlyKept.get(docSet.getKey()), found, seen.problems());
                    findings.addAll(checked);
                    contexts.putAll(found);
                    seen.forget(files);
                    documents = new ArrayList<>();
                    List<DocumentCache.FileIdentity> read = docSet.getValue().stream()
                            .map(file -> identities.remove(file.file())).toList();
                    if (key != null && checked.stream().noneMatch(f -> f.ruleId().equals(CheckEngine.INTERNAL_ERROR))) {
                        // an internal error may be passing (out of memory, a bug met once): not kept
                        findingsCache.store(docSet.getKey(), key + docSetKey(docSet.getValue()), files, read, appendix,
                                new FindingsCache.DocSetFindings(checked, found));
                    }
                }
            }
            if (!checks.runsDocSetsApart()) {
                // audit listeners configured as modules expect one audit: all documents at once
                findings.addAll(check(checks, documents, workspaceOptions, docSetRoots, contexts, seen.problems()));
            }
        }
    }

    /**
     * What the parse threads keep of each text for the checks' thread (see {@link CommentLiterals}
     * and {@link ProblemLines}), until the doc set's findings are resolved.
     */
    private record TextsSeen(CommentLiterals comments, ProblemLines problems) implements DocumentParser.TextSeen {
        @Override
        public void seen(ParsedDocument document, String text) {
            comments.seen(document, text);
            problems.seen(document, text);
        }

        void forget(List<Path> files) {
            comments.forget(files);
            problems.forget(files);
        }
    }

    /** Where the {@link FindingsCache} lives, in the document cache's directory. */
    static final String FINDINGS_FOLDER = "findings";

    /**
     * What a doc set's findings depend on besides its files' bytes: the rules with everything
     * they read, the build of dcs, and the request's options that change documents or facts
     * (the classifier's column roles, the appendix patterns and title, the parse limits).
     */
    private static String findingsKey(String rules, DcsRequest request, StatusTableClassifier classifier) {
        return "dcs " + BuildFingerprint.get() + "\n" + rules + "\n" + classifier.fingerprint()
                + "\nappendix " + request.appendixPatterns() + " " + request.appendixTitle()
                + "\nlimits " + request.maxFileBytes() + " " + request.maxLineLength() + "\n";
    }

    /** The doc set's files as the findings name them: absolute, with their paths relative to their roots. */
    private static String docSetKey(List<SourceFile> files) {
        StringBuilder key = new StringBuilder();
        for (SourceFile file : files) {
            key.append(file.root()).append(" | ").append(file.path()).append('\n');
        }
        return key.toString();
    }

    private static List<Path> filesOf(List<SourceFile> files) {
        return files.stream().map(SourceFile::file).toList();
    }

    /**
     * How many files the parse threads may run ahead of the checks, each document held reduced to
     * its status tables until its doc set is checked. 64 left the parse threads idle a quarter of
     * the time (while the checks waited for one large file, or checked a doc set); 256 costs no
     * measurable heap (docs/benchmark.md, third round).
     */
    static final int PARSE_AHEAD = 256;

    /** The same for export-tables, whose documents are held whole: kept small. */
    static final int EXPORT_AHEAD = 64;

    /**
     * Checks the documents of one doc set (or of all, see {@link CheckEngine.Session#runsDocSetsApart}),
     * and adds to {@code contexts} what each finding points at, while the documents are at hand.
     */
    private static List<Finding> check(CheckEngine.Session checks, List<ParsedDocument> documents,
                                       WorkspaceOptions options, DocSetRoots docSetRoots,
                                       Map<Finding, FindingContext> contexts, ProblemLines problemLines) {
        return check(checks, Workspace.build(documents, options, docSetRoots), null, contexts, problemLines);
    }

    /**
     * Checks a doc set, keeping what {@code kept} (its findings of the last run, null if none)
     * says of files an edit cannot have changed. A check's findings on a page that is not an
     * appendix page follow from that page and the appendix pages
     * ({@link CheckEngine.Session#checksFilesApart}); so when the edited files are not appendix
     * pages, now or then, and the appendix pages are the same files, only the edited files and the
     * appendix pages (whose findings may follow from every page) are checked again, with the whole
     * doc set to read, and the other files keep their findings. Checking the largest OTC doc set
     * again was half of an incremental run (docs/benchmark.md, seventh round).
     *
     * @param appendix the positions (in {@code files}) of the doc set's appendix pages now
     */
    private static List<Finding> checkDocSet(CheckEngine.Session checks, Workspace workspace, List<Path> files,
                                             java.util.Set<Integer> appendix, FindingsCache.Kept kept,
                                             Map<Finding, FindingContext> contexts, ProblemLines problemLines) {
        if (kept == null || kept.appendix() == null || !kept.appendix().equals(appendix)
                || kept.changed().stream().anyMatch(appendix::contains) || !checks.checksFilesApart()) {
            return check(checks, workspace, null, contexts, problemLines);
        }
        java.util.Set<Path> again = new java.util.HashSet<>();
        kept.changed().forEach(i -> again.add(files.get(i)));
        appendix.forEach(i -> again.add(files.get(i)));
        java.util.Set<Path> documentFiles = new java.util.HashSet<>();
        workspace.documents().forEach(document -> documentFiles.add(document.file()));
        if (!documentFiles.containsAll(again)) {
            return check(checks, workspace, null, contexts, problemLines); // files the documents do not name as the scan did
        }
        Map<Finding, FindingContext> merged = new java.util.HashMap<>();
        Map<Path, List<Finding>> byFile = new java.util.HashMap<>();
        for (Finding finding : check(checks, workspace, again, merged, problemLines)) {
            if (!again.contains(finding.file())) {
                return check(checks, workspace, null, contexts, problemLines); // not on a file checked: not understood, all again
            }
            byFile.computeIfAbsent(finding.file(), f -> new ArrayList<>()).add(finding);
        }
        for (Finding finding : kept.findings().findings()) {
            if (!again.contains(finding.file())) {
                byFile.computeIfAbsent(finding.file(), f -> new ArrayList<>()).add(finding);
                FindingContext context = kept.findings().contexts().get(finding);
                if (context != null) {
                    merged.put(finding, context);
                }
            }
        }
        // in the order the checks visit the files, as a run checking them all reports them
        List<Finding> findings = new ArrayList<>();
        for (ParsedDocument document : workspace.documents()) {
            List<Finding> onFile = byFile.remove(document.file());
            if (onFile != null) {
                findings.addAll(onFile);
            }
        }
        if (!byFile.isEmpty()) {
            return check(checks, workspace, null, contexts, problemLines); // a kept finding on no document: all again
        }
        contexts.putAll(merged);
        return findings;
    }

    /** Checks the workspace's documents whose files are in {@code only} (all when null); see {@link #check}. */
    private static List<Finding> check(CheckEngine.Session checks, Workspace workspace, java.util.Set<Path> only,
                                       Map<Finding, FindingContext> contexts, ProblemLines problemLines) {
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : checks.run(workspace, only)) {
            // Checkstyle's own listeners drop "ignore" events too: the user asked not to see them.
            if (finding.severity() != SeverityLevel.IGNORE) {
                findings.add(finding);
            }
        }
        contexts.putAll(FindingContexts.resolve(findings, workspace.documents(), workspace::statusTables, problemLines));
        return findings;
    }

    /**
     * The files grouped by doc set ({@link DocSetRoots}), by root in order, files in scan order:
     * what one check run over a {@link Workspace} must see together.
     */
    static Map<Path, List<SourceFile>> docSets(DocSetRoots roots, List<SourceFile> files) {
        Map<Path, List<SourceFile>> byRoot = new java.util.TreeMap<>();
        for (SourceFile file : files) {
            DocumentFormat format = DocumentFormat.forFileName(file.path()); // its extension is the name's
            byRoot.computeIfAbsent(roots.rootOf(file.file(), format), root -> new ArrayList<>()).add(file);
        }
        return byRoot;
    }

    /**
     * Writes every table of the scanned files to {@code tables.jsonl} in the output directory (one
     * JSON object per table, {@code file} relative to the source root it was found under, in the
     * format of {@link TablesJsonlWriter}) and their extraction problems to {@code problems.jsonl}.
     * Runs no check and needs no rules file.
     */
    public TablesExport exportTables(DcsRequest request) throws DcsConfigurationException, IOException {
        SourceScanner.ScanResult scan = new SourceScanner(request.includes(), request.excludes())
                .scan(request.sourceRoots());
        DocumentCache documentCache = cacheFor(request);
        TablesJsonlWriter writer = new TablesJsonlWriter(classifier(request));
        Path tablesFile = request.outputDirectory().resolve(TABLES_FILE);
        Path problemsFile = request.outputDirectory().resolve(PROBLEMS_FILE);
        // each document is written as it is parsed and let go; only its problems are kept
        List<ParsedDocument> problemsOnly = new ArrayList<>();
        int tables = 0;
        try (OrderedParses parses = parses(scan.files(), request.threads(), EXPORT_AHEAD, documentCache,
                request.maxFileBytes(), request.maxLineLength(), DocumentCache.Reduction.NONE, scan.stamps(), null, null)) {
            int[] count = {0};
            Iterable<ParsedDocument> documents = () -> new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return parses.hasNext();
                }

                @Override
                public ParsedDocument next() {
                    try {
                        ParsedDocument document = parses.next();
                        count[0] += document.tables().size();
                        problemsOnly.add(new ParsedDocument(document.file(), document.path(), document.format(),
                                document.title(), List.of(), List.of(), document.problems()));
                        return document;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            };
            try {
                writer.writeTables(tablesFile, documents);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            tables = count[0];
        }
        writer.writeProblems(problemsFile, problemsOnly);
        int problems = problemsOnly.stream().mapToInt(d -> d.problems().size()).sum();
        List<String> warnings = new ArrayList<>(documentCache.warnings());
        warnings.addAll(scan.warnings());
        return new TablesExport(scan.files(), tables, problems, tablesFile, problemsFile, warnings);
    }

    /**
     * Writes every report format of the request into its output directory; returns the files.
     * The formats are written side by side (each is a few milliseconds of one thread), and as
     * output every run makes again, without waiting for the disk ({@link AtomicFiles.Sync#NONE}).
     */
    public Map<ReportFormat, Path> writeReports(DcsResult result, DcsRequest request) throws IOException {
        Map<ReportFormat, java.util.concurrent.CompletableFuture<Void>> writes = new EnumMap<>(ReportFormat.class);
        Map<ReportFormat, Path> written = new EnumMap<>(ReportFormat.class);
        for (ReportFormat format : request.formats()) {
            Path target = request.outputDirectory().resolve(format.fileName());
            AtomicFiles.TextContent content = switch (format) {
                case XML -> out -> new CheckstyleXmlReport().write(result, out);
                case SARIF -> out -> new SarifReport().write(result, out);
                case PLAIN -> out -> new ConsoleReport(request.baseDirectory()).write(result, out);
                default -> throw new IllegalStateException("no writer for " + format);
            };
            writes.put(format, java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    AtomicFiles.writeText(target, AtomicFiles.Sync.NONE, content);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, REPORT_WRITERS));
            written.put(format, target);
        }
        for (java.util.concurrent.CompletableFuture<Void> write : writes.values()) {
            try {
                write.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof java.io.UncheckedIOException io) {
                    throw io.getCause();
                }
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }
        return written;
    }

    /** A thread per report being written; daemons, so a JVM never waits for them. */
    private static final java.util.concurrent.Executor REPORT_WRITERS = task -> {
        Thread thread = new Thread(task, "dcs-report");
        thread.setDaemon(true);
        thread.start();
    };

    /**
     * How long one file may take to parse before it is given up with a problem (normal:
     * milliseconds): DocumentParser's budget, kept by the runner's parse threads, on which
     * DocumentParser parses in place.
     */
    static final Duration PARSE_BUDGET = DocumentParser.DEFAULT_TIME_BUDGET;

    /**
     * Parses every file once, in parallel, one {@link DocumentParser} per source root. The
     * documents come back in the order of {@code files}, whatever order the threads finish in.
     */
    static List<ParsedDocument> parseAll(List<SourceFile> files, int threads) throws IOException {
        try (OrderedParses parses = parses(files, threads, files.size(), DocumentCache.none(),
                ParseOptions.DEFAULT_MAX_FILE_BYTES, ParseOptions.DEFAULT_MAX_LINE_LENGTH, DocumentCache.Reduction.NONE,
                Map.of(), null, null)) {
            return drain(parses);
        }
    }

    /**
     * The files' documents in order, parsed through the cache with the request's limits, one
     * {@link DocumentParser} per source root, at most {@code ahead} files ahead of the reader.
     *
     * @param stamps     each file's stamp as the scan saw it (by file; the cache looks at a file without one)
     * @param identities where to put which bytes each document came from (by file), or null
     * @param textSeen   told the text of each document parsed (not of those the cache holds), or null
     */
    private static OrderedParses parses(List<SourceFile> files, int threads, int ahead, DocumentCache cache,
                                        long maxFileBytes, int maxLineLength, DocumentCache.Reduction reduction,
                                        Map<Path, DocumentCache.FileStamp> stamps,
                                        Map<Path, DocumentCache.FileIdentity> identities,
                                        DocumentParser.TextSeen textSeen) {
        Map<Path, DocumentParser> parsers = new LinkedHashMap<>();
        for (SourceFile file : files) {
            parsers.computeIfAbsent(file.root(), root -> new DocumentParser(
                    new ParseOptions(root, maxFileBytes, maxLineLength), DocumentParser.DEFAULT_TIME_BUDGET, textSeen));
        }
        return new OrderedParses(files, threads, ahead, PARSE_BUDGET, file -> {
            DocumentCache.Identified parsed = cache.parseIdentified(parsers.get(file.root()), file.file(), file.path(),
                    reduction, stamps.get(file.file()));
            if (identities != null && parsed.identity() != null) {
                identities.put(file.file(), parsed.identity());
            }
            return parsed.document();
        });
    }

    /**
     * Runs {@code parse} over the files on {@code threads} threads; the documents come back in
     * the order of {@code files}. A file still parsing after {@code budget} is given up (see
     * {@link OrderedParses}).
     */
    static List<ParsedDocument> parseAll(List<SourceFile> files, int threads, Duration budget,
                                         Function<SourceFile, ParsedDocument> parse) throws IOException {
        try (OrderedParses parses = new OrderedParses(files, threads, files.size(), budget, parse)) {
            return drain(parses);
        }
    }

    private static List<ParsedDocument> drain(OrderedParses parses) throws IOException {
        List<ParsedDocument> documents = new ArrayList<>();
        while (parses.hasNext()) {
            documents.add(parses.next());
        }
        return documents;
    }

    /**
     * The user's catalogs layered over the shipped ones, comma-separated: an organisation catalog
     * adds or renames a few codes and keeps the rest of the registry (later layers win code by code).
     */
    static String catalogsProperty(DcsRequest request) throws DcsConfigurationException {
        List<String> layers = new ArrayList<>(BASE_CATALOGS);
        int index = 0;
        for (String catalog : request.catalogs()) {
            String location = localCatalog(resolveLocation(catalog, request.baseDirectory()),
                    request.outputDirectory().resolve("catalogs"), index++);
            if (!layers.contains(location)) {
                layers.add(location);
            }
        }
        return String.join(",", layers);
    }

    /**
     * Checks read catalogs from the class path or a file; a catalog given as a URL is read here
     * once and handed to them as a file (as maven-checkstyle-plugin copies a config URL), so
     * every check sees the same content.
     */
    static String localCatalog(String location, Path downloads, int index) throws DcsConfigurationException {
        if (location.startsWith("classpath:") || !HAS_SCHEME.matcher(location).matches()) {
            return location;
        }
        try {
            URI uri = new URI(location);
            if ("file".equalsIgnoreCase(uri.getScheme())) {
                return Path.of(uri).toString();
            }
            String name = Path.of(uri.getSchemeSpecificPart().replaceAll("[?#].*$", "")).getFileName().toString();
            Path copy = downloads.resolve(index + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
            byte[] content;
            try (InputStream in = uri.toURL().openStream()) {
                content = in.readAllBytes();
            }
            Files.createDirectories(downloads);
            Files.write(copy, content); // bytes as served: the catalog loader judges the encoding
            return copy.toString();
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            throw new DcsConfigurationException(location + ":1: cannot read catalog: " + e.getMessage()
                    + "; check the URL or use a file path", e);
        }
    }

    /**
     * How the request finds appendix pages and status-code tables. Issue: "Within a doc set, its
     * appendix page (found by a configurable path pattern or title, e.g.
     * {@code **}{@code /appendix/status_code*.rst}) is the local catalog".
     *
     * @throws DcsConfigurationException naming the title when it is no regular expression
     */
    /**
     * The classifier, remembering the status tables it found by table: a document is reduced to
     * its status tables as it is parsed, and the facts read the same tables again; they need not
     * be classified twice. Only status tables are remembered, until the facts read them.
     */
    private static Function<Table, Optional<StatusTable>> rememberingStatusTables(StatusTableClassifier classifier) {
        Map<Table, StatusTable> found = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        return table -> {
            // taken out once read again: the facts read each table once, so the map holds
            // only tables parsed and not yet checked, not every status table of the run
            StatusTable known = found.remove(table);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<StatusTable> status = classifier.classify(table);
            status.ifPresent(s -> found.put(table, s));
            return status;
        };
    }

    static WorkspaceOptions workspaceOptions(DcsRequest request, Function<Table, Optional<StatusTable>> classifier)
            throws DcsConfigurationException {
        try {
            return WorkspaceOptions.defaults().withAppendixGlobs(request.appendixPatterns())
                    .withAppendixTitle(request.appendixTitle()).withClassifier(classifier);
        } catch (PatternSyntaxException e) {
            throw new DcsConfigurationException("appendix title \"" + request.appendixTitle()
                    + "\" is not a regular expression (" + e.getDescription() + " at index " + e.getIndex()
                    + "); write it as a Java regular expression, e.g. \"Status Codes?|Error Codes\"", e);
        }
    }

    /**
     * The classifier of the request's column roles: the shipped one, a class-path resource or a file.
     *
     * @throws DcsConfigurationException naming the location when it cannot be read or has a bad line
     */
    static StatusTableClassifier classifier(DcsRequest request) throws DcsConfigurationException {
        String location = request.columnRoles();
        if (location == null) {
            return StatusTableClassifier.loadDefault();
        }
        try {
            if (location.startsWith("classpath:")) {
                String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
                try (InputStream in = DcsRunner.class.getClassLoader().getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new DcsConfigurationException("column roles " + location
                                + " are not on the class path; check the name or give a file path");
                    }
                    return StatusTableClassifier.read(in, location);
                }
            }
            Path file = Path.of(resolveLocation(location, request.baseDirectory()));
            if (!Files.isRegularFile(file)) {
                throw new DcsConfigurationException("column roles " + location + " (" + file
                        + ") is not a readable file; check the path");
            }
            return StatusTableClassifier.load(file);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new DcsConfigurationException("column roles " + location + ": " + e.getMessage()
                    + "; fix the file (lines are role = header, header, ...)", e);
        }
    }

    /** A plain path is relative to the base directory; a URL or {@code classpath:} stays as is. */
    static String resolveLocation(String location, Path baseDirectory) {
        String trimmed = location.trim();
        if (HAS_SCHEME.matcher(trimmed).matches()) {
            return trimmed;
        }
        return baseDirectory.resolve(trimmed).normalize().toString();
    }
}
