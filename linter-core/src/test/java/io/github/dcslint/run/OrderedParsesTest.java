package io.github.dcslint.run;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderedParsesTest {

    private static List<SourceFile> files(int n) {
        Path root = Path.of("/docs").toAbsolutePath();
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            files.add(new SourceFile(root, root.resolve("f" + i + ".md"), "f" + i + ".md"));
        }
        return files;
    }

    private static ParsedDocument document(SourceFile file) {
        return new ParsedDocument(file.file(), file.path(), DocumentFormat.MARKDOWN, null, List.of(), List.of(),
                List.of());
    }

    /** Threads finish in any order; the documents come out in the files' order. */
    @Test
    void documentsComeInTheOrderOfTheFiles() throws Exception {
        List<SourceFile> files = files(200);
        List<String> paths = new ArrayList<>();
        try (OrderedParses parses = new OrderedParses(files, 4, 16, Duration.ofSeconds(30), file -> {
            try {
                Thread.sleep(ThreadLocalRandom.current().nextInt(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return document(file);
        })) {
            while (parses.hasNext()) {
                paths.add(parses.next().path());
            }
        }
        assertEquals(files.stream().map(SourceFile::path).toList(), paths);
    }

    /**
     * No more than the window is parsed ahead of the reader, however slow it reads: what a run
     * holds at a time does not grow with the number of files.
     */
    @Test
    void theThreadsRunAtMostTheWindowAheadOfTheReader() throws Exception {
        int window = 8;
        AtomicInteger parsed = new AtomicInteger();
        int read = 0;
        int mostAhead = 0;
        try (OrderedParses parses = new OrderedParses(files(100), 2, window, Duration.ofSeconds(30), file -> {
            parsed.incrementAndGet();
            return document(file);
        })) {
            while (parses.hasNext()) {
                Thread.sleep(2); // a slow reader: the threads could run far ahead
                mostAhead = Math.max(mostAhead, parsed.get() - read);
                parses.next();
                read++;
            }
            assertFalse(parses.hasNext());
        }
        assertEquals(100, parsed.get());
        assertTrue(mostAhead <= window, "parsed " + mostAhead + " files ahead of the reader, window " + window);
        assertTrue(mostAhead >= window - 1, "the threads should fill the window: " + mostAhead);
    }
}
