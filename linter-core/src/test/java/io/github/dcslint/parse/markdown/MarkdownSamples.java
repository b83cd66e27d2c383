package io.github.dcslint.parse.markdown;

import io.github.dcslint.testing.Expectations;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every Markdown document of the shared corpus and of testdata, for tests that compare two ways of reading them. */
final class MarkdownSamples {

    private MarkdownSamples() {
    }

    /** Each UTF-8 {@code .md} file's text (without a BOM), by file; files that are not UTF-8 are left out. */
    static Map<Path, String> everyDocument() throws IOException {
        List<Path> files;
        try (Stream<Path> corpus = Files.walk(Expectations.shared().resolve("corpus/markdown"));
             Stream<Path> testdata = Files.walk(Expectations.testdata())) {
            files = Stream.concat(corpus, testdata).filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path file : files) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException notUtf8) {
                continue; // testdata/malformed: read through DocumentParser's decoding elsewhere
            }
            texts.put(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
        return texts;
    }

    /**
     * Runs {@code compare} (which asserts) on each document, given its file name and text, and
     * checks that the documents were found: over 40 of them.
     */
    static void compareEach(BiConsumer<String, String> compare) throws IOException {
        int compared = 0;
        for (Map.Entry<Path, String> document : everyDocument().entrySet()) {
            compare.accept(document.getKey().toString(), document.getValue());
            compared++;
        }
        assertTrue(compared > 40, "documents compared: " + compared);
    }
}
