package io.github.dcslint.run;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.parse.DocumentParser;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Function;

/**
 * Parses files on a pool of threads and hands the documents back one by one, in the order of
 * the files, whatever order the threads finish in. At most {@code window} files are parsed
 * ahead of the caller, so the documents a run holds at a time do not grow with the number of
 * files: the caller checks one doc set while the pool parses the next.
 *
 * <p>The threads are DocumentParser's parse threads, on which it parses in place: this class
 * keeps the time budget. A file still parsing after the budget is given up: it gets
 * DocumentParser's problem for it, and a fresh thread takes over its share of the work, so a
 * parser bug that loops costs one file and never hangs the build.
 */
final class OrderedParses implements AutoCloseable {

    private final List<SourceFile> files;
    private final Duration budget;
    private final Function<SourceFile, ParsedDocument> parse;
    private final int window;
    private final ThreadPoolExecutor pool;
    private final AtomicLongArray started;
    /** The parse of each submitted file not yet handed out; null before and after. */
    private final List<Future<ParsedDocument>> futures;
    private int submitted;
    private int next;

    OrderedParses(List<SourceFile> files, int threads, int window, Duration budget,
                  Function<SourceFile, ParsedDocument> parse) {
        this.files = List.copyOf(files);
        this.budget = budget;
        this.parse = parse;
        this.window = Math.max(1, window);
        int size = Math.max(1, Math.min(threads, files.size()));
        // parse threads (large stack, daemons: a given-up parse must not keep the JVM alive), on
        // which DocumentParser parses in place: the budget is kept here
        this.pool = new ThreadPoolExecutor(size, size, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> DocumentParser.newParseThread(task, "dcs-parse"));
        this.started = new AtomicLongArray(files.size());
        this.futures = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            futures.add(null);
        }
        fill();
    }

    /** Whether a document is left to hand out. */
    boolean hasNext() {
        return next < files.size();
    }

    /** The next file's document, waiting for its parse. */
    ParsedDocument next() throws IOException {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int index = next++;
        Future<ParsedDocument> future = futures.set(index, null);
        fill();
        return await(future, index);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private void fill() {
        while (submitted < files.size() && submitted < next + window) {
            int index = submitted++;
            SourceFile file = files.get(index);
            futures.set(index, pool.submit(() -> {
                started.set(index, System.nanoTime());
                return parse.apply(file);
            }));
        }
    }

    private ParsedDocument await(Future<ParsedDocument> future, int index) throws IOException {
        SourceFile file = files.get(index);
        long poll = Math.max(1, Math.min(1000, budget.toMillis() / 4));
        try {
            while (true) {
                try {
                    return future.get(poll, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillRunning) {
                    long since = started.get(index);
                    if (since != 0 && System.nanoTime() - since > budget.toNanos()) {
                        future.cancel(true);
                        // The stuck thread may ignore the interrupt: add one so the rest go on.
                        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                        return DocumentParser.tookTooLong(file.file(), file.path(), formatOf(file), budget);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while parsing " + file.file());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            // DocumentParser turns bad input into problems; anything else is a bug in dcs, so the
            // file gets one problem and the run goes on with the next file.
            return failed(file, "internal error while reading the file, please report it: " + e.getCause());
        }
    }

    private static ParsedDocument failed(SourceFile file, String message) {
        return new ParsedDocument(file.file(), file.path(), formatOf(file), null, List.of(), List.of(),
                List.of(new Problem(1, 1, message)));
    }

    private static DocumentFormat formatOf(SourceFile file) {
        return DocumentFormat.forFileName(file.file().getFileName().toString());
    }
}
