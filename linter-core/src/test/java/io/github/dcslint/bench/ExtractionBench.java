package io.github.dcslint.bench;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.DocumentParser;
import io.github.dcslint.parse.ParseOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

/**
 * Extraction throughput over a corpus, against the floor of reading and decoding the same files.
 * Usage (see docs/benchmark.md): {@code ExtractionBench CORPUS_DIR [ITERATIONS] [WARMUP]}.
 *
 * <p>Every mode runs {@code WARMUP} unmeasured then {@code ITERATIONS} measured passes over all
 * files in one JVM; the median pass is reported. Each pass returns a number derived from its
 * work (characters, tables) so the JIT cannot drop it.
 */
public final class ExtractionBench {

    private ExtractionBench() {
    }

    private record Mode(String name, List<Path> files, ToLongFunction<List<Path>> pass) {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;

        List<Path> all;
        try (Stream<Path> walk = Files.walk(corpus)) {
            all = walk.filter(Files::isRegularFile)
                    .filter(p -> DocumentFormat.forFileName(p.getFileName().toString()) != null)
                    .sorted().toList();
        }
        List<Path> rst = ofFormat(all, DocumentFormat.RST);
        List<Path> markdown = ofFormat(all, DocumentFormat.MARKDOWN);
        DocumentParser parser = new DocumentParser(ParseOptions.forRoot(corpus));

        System.out.printf(Locale.ROOT, "corpus %s: %d files (%d RST, %d Markdown), %.2f MB; %d iterations after %d warm-up;"
                        + " %d cores, Java %s%n", corpus, all.size(), rst.size(), markdown.size(), bytes(all) / 1e6,
                iterations, warmup, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

        // each file set starts with its own floor (a): "x (a)" compares like with like
        List<Mode> modes = List.of(
                new Mode("(a) read + UTF-8 decode", all, ExtractionBench::readAndDecode),
                new Mode("(b) extract, 1 thread", all, files -> extract(parser, files)),
                new Mode("(c) extract, parallel", all, files -> extractParallel(parser, files)),
                new Mode("RST (a) read + decode", rst, ExtractionBench::readAndDecode),
                new Mode("RST (b) extract, 1 thread", rst, files -> extract(parser, files)),
                new Mode("MD  (a) read + decode", markdown, ExtractionBench::readAndDecode),
                new Mode("MD  (b) extract, 1 thread", markdown, files -> extract(parser, files)));

        double floor = 0;
        System.out.printf(Locale.ROOT, "%-26s %10s %10s %10s %12s%n", "mode", "median ms", "MB/s", "x (a)", "work");
        for (Mode mode : modes) {
            long[] nanos = new long[iterations];
            long work = 0;
            // until the JIT has settled, as PipelineBench
            PipelineBench.warmUp(() -> mode.pass().applyAsLong(mode.files()), warmup);
            for (int i = 0; i < iterations; i++) {
                long start = System.nanoTime();
                work = mode.pass().applyAsLong(mode.files());
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            double medianMs = nanos[iterations / 2] / 1e6;
            if (mode.name().contains("(a)")) {
                floor = medianMs;
            }
            double mbPerSecond = bytes(mode.files()) / 1e6 / (medianMs / 1e3);
            System.out.printf(Locale.ROOT, "%-26s %10.1f %10.2f %10.1f %12d%n", mode.name(), medianMs, mbPerSecond,
                    medianMs / floor, work);
        }
        ParsedDocumentSummary summary = summarise(parser, all);
        System.out.printf(Locale.ROOT, "work = characters decoded (a) or tables extracted (b, c);"
                + " %d tables, %d problems in %d files%n", summary.tables, summary.problems, all.size());
    }

    private static List<Path> ofFormat(List<Path> files, DocumentFormat format) {
        return files.stream().filter(p -> DocumentFormat.forFileName(p.getFileName().toString()) == format).toList();
    }

    private static long bytes(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    /** The floor: what any extraction must do anyway. Strict, like DocumentParser. */
    static long readAndDecode(List<Path> files) {
        long chars = 0;
        for (Path file : files) {
            try {
                byte[] bytes = Files.readAllBytes(file);
                chars += StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).length();
            } catch (CharacterCodingException e) {
                chars--;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return chars;
    }

    /** One parse thread over every file: DocumentParser parses in place there, as in the runner. */
    private static long extract(DocumentParser parser, List<Path> files) {
        return onParseThreads(1, parser, files);
    }

    /** As many parse threads as cores, each taking the next file: the runner's way. */
    private static long extractParallel(DocumentParser parser, List<Path> files) {
        return onParseThreads(Runtime.getRuntime().availableProcessors(), parser, files);
    }

    static long onParseThreads(int threads, DocumentParser parser, List<Path> files) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicLong tables = new java.util.concurrent.atomic.AtomicLong();
        List<Thread> started = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = DocumentParser.newParseThread(() -> {
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    // every cell's text made, as an export does (a verify run makes fewer: only
                    // those of the tables it keeps, see Cell.deferred)
                    List<io.github.dcslint.model.Table> parsed = parser.parse(files.get(i)).tables();
                    parsed.forEach(io.github.dcslint.model.Table::readTexts);
                    tables.addAndGet(parsed.size());
                }
            }, "bench-parse-" + t);
            thread.start();
            started.add(thread);
        }
        try {
            for (Thread thread : started) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return tables.get();
    }

    private record ParsedDocumentSummary(long tables, long problems) {
    }

    private static ParsedDocumentSummary summarise(DocumentParser parser, List<Path> files) {
        List<ParsedDocument> docs = new ArrayList<>();
        for (Path file : files) {
            docs.add(parser.parse(file));
        }
        return new ParsedDocumentSummary(docs.stream().mapToLong(d -> d.tables().size()).sum(),
                docs.stream().mapToLong(d -> d.problems().size()).sum());
    }
}
