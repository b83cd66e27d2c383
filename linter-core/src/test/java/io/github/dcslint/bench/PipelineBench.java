package io.github.dcslint.bench;

import static io.github.dcslint.testing.TestFiles.copyTree;

import io.github.dcslint.cache.DocumentCache;
import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.run.DcsRequest;
import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.DcsRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The speed budget of docs/benchmark.md, side by side in one JVM over a whole corpus (RST and
 * Markdown): the floor of reading and decoding the files, extraction alone (parallel, as the
 * runner parses), the full pipeline ({@link DcsRunner#run}: scan, parse, facts, every default
 * check, XML and SARIF written), the same with a warm cache and nothing changed, and with a warm
 * cache after one file changed. Usage: {@code PipelineBench CORPUS_DIR [ITERATIONS] [WARMUP]}.
 *
 * <p>The corpus is copied to a temporary folder first (the incremental mode edits a file; the
 * shared corpus is read-only). Each mode runs WARMUP unmeasured passes (more until the JIT has
 * settled), then the modes take turns for ITERATIONS measured passes each (one pass of each mode
 * per round, so the machine's drift hits all modes alike); the median pass of each is printed,
 * with MB/s and the ratios to the read + decode floor and to the full pipeline, both as ratios of
 * the medians and as medians of the ratios round by round ("rd": each pass against the floor and
 * full passes of its own round, which drift cancels out of). Peak heap
 * is the largest "used" of the heap pools after the full-pipeline passes.
 */
public final class PipelineBench {

    private PipelineBench() {
    }

    private record Mode(String name, LongSupplier pass) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;

        Path work = Files.createTempDirectory("dcs-bench");
        Path docs = copyTree(corpus, work.resolve("docs"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(docs)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> DocumentFormat.forFileName(p.getFileName().toString()) != null).sorted().toList();
        }
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        DcsRequest request = DcsRequest.builder(work).sourceRoot(docs).outputDirectory(work.resolve("out")).build();
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(docs));
        Path cacheDir = work.resolve("cache");
        // the file edited before each incremental pass: an API page (one with status-code headings)
        // of the first doc set; before the seventh round, the first api-ref file, a short page without tables
        Path edited = files.stream().filter(p -> p.toString().contains("/api-ref/") && mentions(p, "**Status code:"))
                .findFirst().orElse(files.get(0));
        byte[] original = Files.readAllBytes(edited);
        int[] edits = {0};

        System.out.printf(Locale.ROOT, "corpus %s: %d files, %.2f MB; %d iterations after %d warm-up; %d cores,"
                        + " %d threads, Java %s, max heap %d MB%n", corpus, files.size(), bytes / 1e6, iterations, warmup,
                Runtime.getRuntime().availableProcessors(), request.threads(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);

        System.out.printf(Locale.ROOT, "(e) edits %s before each pass%n", docs.relativize(edited));
        List<Mode> modes = List.of(
                new Mode("(a) read + UTF-8 decode", () -> ExtractionBench.readAndDecode(files)),
                new Mode("(b) extraction, parallel", () -> extract(parser, files, request.threads())),
                new Mode("(c) full pipeline", () -> run(request, DocumentCache.none())),
                new Mode("(d) cached, no change", () -> run(request, DocumentCache.open(cacheDir))),
                new Mode("(e) cached, 1 file edited", () -> {
                    edit(edited, original, ++edits[0]);
                    return run(request, DocumentCache.open(cacheDir));
                }));

        // -Dbench.only=e: only the modes named (for a profile of one mode)
        String only = System.getProperty("bench.only", "");
        List<Mode> selected = modes.stream()
                .filter(mode -> only.isEmpty() || only.indexOf(mode.name().charAt(1)) >= 0).toList();
        int[] warmed = new int[selected.size()];
        for (int m = 0; m < selected.size(); m++) {
            warmed[m] = warmUp(selected.get(m).pass(), warmup);
        }
        // the measured passes of the modes take turns, so that the machine's drifting speed (2-3x
        // within an hour on these shared cores) hits every mode alike and the ratios hold
        long[][] nanos = new long[selected.size()][iterations];
        long[] results = new long[selected.size()];
        long[] cpuBefore = HostCpu.ticks();
        for (int i = 0; i < iterations; i++) {
            for (int m = 0; m < selected.size(); m++) {
                long start = System.nanoTime();
                results[m] = selected.get(m).pass().getAsLong();
                nanos[m][i] = System.nanoTime() - start;
            }
        }
        long[] cpuAfter = HostCpu.ticks();
        // the ratios also round by round (each pass against the (a) and (c) passes of its own
        // round, measured within a second of it), then their median: the machine's drift, which
        // moves the medians of a run, cancels out of these
        int floorMode = -1;
        int fullMode = -1;
        for (int m = 0; m < selected.size(); m++) {
            if (selected.get(m).name().startsWith("(a)")) {
                floorMode = m;
            } else if (selected.get(m).name().startsWith("(c)")) {
                fullMode = m;
            }
        }
        double[] toFloorByRound = new double[selected.size()];
        double[] toFullByRound = new double[selected.size()];
        for (int m = 0; m < selected.size(); m++) {
            toFloorByRound[m] = floorMode < 0 ? Double.NaN : medianRatio(nanos[m], nanos[floorMode]);
            toFullByRound[m] = fullMode < 0 ? Double.NaN : medianRatio(nanos[m], nanos[fullMode]);
        }
        double floor = 0;
        double full = 0;
        for (int m = 0; m < selected.size(); m++) {
            Arrays.sort(nanos[m]);
            if (selected.get(m).name().startsWith("(c)")) {
                full = nanos[m][iterations / 2] / 1e6;
            }
        }
        System.out.printf(Locale.ROOT, "%-28s %10s %10s %8s %8s %10s %10s %10s%n", "mode", "median ms", "MB/s",
                "x (a)", "% (c)", "x (a) rd", "% (c) rd", "work");
        for (int m = 0; m < selected.size(); m++) {
            Mode mode = selected.get(m);
            double median = nanos[m][iterations / 2] / 1e6;
            if (floor == 0) {
                floor = median;
            }
            boolean afterFull = full != 0 && mode.name().compareTo("(c)") > 0;
            boolean toFull = afterFull || mode.name().startsWith("(c)");
            System.out.printf(Locale.ROOT, "%-28s %10.1f %10.1f %8.1f %8s %10s %10s %10d   (min %.1f, max %.1f;"
                            + " %d warm-up passes)%n", mode.name(),
                    median, bytes / 1e6 / (median / 1e3), median / floor,
                    toFull ? String.format(Locale.ROOT, "%.0f%%", 100 * median / full) : "",
                    Double.isNaN(toFloorByRound[m]) ? "" : String.format(Locale.ROOT, "%.1f", toFloorByRound[m]),
                    toFull ? String.format(Locale.ROOT, "%.0f%%", 100 * toFullByRound[m]) : "",
                    results[m], nanos[m][0] / 1e6, nanos[m][iterations - 1] / 1e6, warmed[m]);
        }
        Files.write(edited, original);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "work = characters (a), tables (b), findings (c-e); rd = the median of the"
                + " ratios round by round; peak heap (sum of pool peaks) %d MB%n", peak >> 20);
        System.out.println(HostCpu.stolen(cpuBefore, cpuAfter));
        deleteTree(work);
    }

    /**
     * The CPU time the host took from this virtual machine (Linux {@code /proc/stat} "steal": a
     * virtual CPU ready to run while the hypervisor runs something else). On these shared
     * 2-core machines vmstat showed 5-37 % (5 s samples) during a slow run of this bench, 0-1 %
     * while idle: the measured passes are printed with it, so that a slow run says why.
     */
    static final class HostCpu {

        private HostCpu() {
        }

        /** user, nice, system, idle, iowait, irq, softirq, steal of all CPUs; null where not known. */
        static long[] ticks() {
            try {
                String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
                String[] fields = first.trim().split("\\s+");
                long[] ticks = new long[8];
                for (int k = 0; k < ticks.length; k++) {
                    ticks[k] = Long.parseLong(fields[k + 1]);
                }
                return ticks;
            } catch (IOException | RuntimeException e) {
                return null; // not Linux, or no such field: nothing to say
            }
        }

        /** What share of the machine's CPU time between the two readings the host took. */
        static String stolen(long[] before, long[] after) {
            if (before == null || after == null) {
                return "host CPU steal during the measured passes: not known here (no /proc/stat)";
            }
            long total = 0;
            for (int k = 0; k < before.length; k++) {
                total += after[k] - before[k];
            }
            double steal = total == 0 ? 0 : 100.0 * (after[7] - before[7]) / total;
            return String.format(Locale.ROOT, "host CPU steal during the measured passes: %.0f %% of the machine's"
                    + " CPU time (time the hypervisor ran something else)", steal);
        }
    }

    /** The median of {@code passes[i] / reference[i]}: each pass against the reference pass of its round. */
    static double medianRatio(long[] passes, long[] reference) {
        double[] ratios = new double[passes.length];
        for (int i = 0; i < passes.length; i++) {
            ratios[i] = (double) passes[i] / reference[i];
        }
        Arrays.sort(ratios);
        return ratios[ratios.length / 2];
    }

    /** Passes at least this long before the compilers are asked whether they are done. */
    private static final int SETTLE_WINDOW = 20;
    /** Upper bound of warm-up passes, whatever the compilers do. */
    private static final int MAX_WARMUP = 2000;

    /**
     * Runs at least {@code minimum} unmeasured passes, then more until the JIT has settled: until
     * the compilers spent under 2 % of the last {@value #SETTLE_WINDOW} passes' wall time
     * compiling (at most {@value #MAX_WARMUP} passes). On two cores the C2 compiler, compiling
     * methods that only cross its thresholds after hundreds of passes (a check runs once per doc
     * set), took a third of the CPU for minutes: a fixed count of 10 or 60 warm-up passes measured
     * a JVM still compiling (docs/benchmark.md, fourth round). Returns the passes run.
     */
    static int warmUp(LongSupplier pass, int minimum) {
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
        int passes = 0;
        while (passes < minimum) {
            pass.getAsLong();
            passes++;
        }
        while (measurable && passes < MAX_WARMUP) {
            long compiledBefore = jit.getTotalCompilationTime();
            long start = System.nanoTime();
            for (int i = 0; i < SETTLE_WINDOW; i++) {
                pass.getAsLong();
            }
            passes += SETTLE_WINDOW;
            double wallMillis = (System.nanoTime() - start) / 1e6;
            if (jit.getTotalCompilationTime() - compiledBefore < 0.02 * wallMillis) {
                break;
            }
        }
        return passes;
    }

    private static long run(DcsRequest request, DocumentCache cache) {
        try {
            DcsResult result = new DcsRunner(cache).run(request);
            return result.findings().size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the file's text holds {@code text}. */
    private static boolean mentions(Path file, String text) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** A different edit each time (a paragraph appended, its number new), so the file must be parsed again. */
    private static void edit(Path file, byte[] original, int n) {
        try {
            String text = new String(original, StandardCharsets.UTF_8);
            Files.writeString(file, text + "\nEdited paragraph number " + n + ".\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runner's threads (parse threads, on which DocumentParser parses in place), without cache or checks. */
    private static long extract(DocumentParser parser, List<Path> files, int threads) {
        return ExtractionBench.onParseThreads(threads, parser, files);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
