package io.github.dcslint.parse;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.testing.Expectations;
import io.github.dcslint.testing.Expectations.Expected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How bytes become text: strict UTF-8, an optional BOM, and a problem with a position for anything else. */
class DecodingTest {

    private static final Path FOLDER = Expectations.testdata().resolve("rules/MalformedTable");
    private static final DocumentParser PARSER = new DocumentParser(ParseOptions.forRoot(FOLDER));

    /** Each file's problems are exactly what its sidecar (written by hand) expects; none for good-*. */
    @ParameterizedTest
    @ValueSource(strings = {
            "bad-invalid-utf8.rst",
            "bad-invalid-utf8-after-multibyte.md",
            "bad-invalid-utf8-cr-line-endings.rst",
            "bad-truncated-utf8-at-end.rst",
            "bad-binary.rst",
            "bad-utf16-bom.rst",
            "bad-utf16-no-bom.md",
            "good-empty.rst",
            "good-utf8-bom.rst",
            "good-utf8-bom.md"})
    void problemsAreWhereTheSidecarSays(String name) throws IOException {
        Path file = FOLDER.resolve(name);
        List<Expected> expected = Expectations.of(file, "MalformedTable");
        if (name.startsWith("bad-")) {
            assertEquals(1, expected.size(), "a bad file needs its expectation");
        }
        List<Problem> problems = PARSER.parse(file).problems();
        assertEquals(expected.size(), problems.size(), problems.toString());
        for (int i = 0; i < expected.size(); i++) {
            Expected e = expected.get(i);
            Problem p = problems.get(i);
            assertEquals(e.line() + ":" + e.column(), p.line() + ":" + p.column(), p.message());
            assertTrue(p.message().contains(e.fragment()), p.message() + " lacks " + e.fragment());
            assertTrue(!p.message().endsWith("."), "one sentence, no trailing period: " + p.message());
        }
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() {
        ParsedDocument doc = PARSER.parse(FOLDER.resolve("good-utf8-bom.md"));
        assertEquals(1, doc.tables().size());
        // the first cell is the third character of line 1 when the BOM is not counted
        assertEquals(3, doc.tables().get(0).header().get(0).cells().get(0).column());
        assertEquals("Status code", doc.tables().get(0).header().get(0).cells().get(0).text());
    }

    @Test
    void decodedTextHasNoBomAndKeepsEveryCharacter() {
        String text = "Ä “x” 😀\r\nz";
        byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        DocumentParser.DecodedText decoded = DocumentParser.decode(withBom);
        assertNull(decoded.problem());
        assertEquals(text, decoded.text());
        assertFalse(decoded.ascii());
    }

    /** ASCII text is said to be so (RST tables then skip the search for wide characters), with or without a BOM. */
    @Test
    void asciiTextIsKnownAsSuch() {
        assertTrue(DocumentParser.decode("| 404 | Not Found |\n".getBytes(StandardCharsets.UTF_8)).ascii());
        assertTrue(DocumentParser.decode("\uFEFFplain".getBytes(StandardCharsets.UTF_8)).ascii());
        assertFalse(DocumentParser.decode("\uFEFFcaf\u00e9".getBytes(StandardCharsets.UTF_8)).ascii());
        assertFalse(DocumentParser.decode("\u8868 table".getBytes(StandardCharsets.UTF_8)).ascii());
        assertFalse(DocumentParser.decode("bad \u00ff".getBytes(StandardCharsets.ISO_8859_1)).ascii());
    }

    @Test
    void surrogatesAndOverlongFormsAreNotUtf8() {
        // ED A0 80 would be U+D800, C0 AF an overlong '/': both malformed by RFC 3629
        for (byte[] bad : List.of(new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {'a', (byte) 0xC0, (byte) 0xAF}, new byte[] {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
            Problem p = DocumentParser.decode(bad).problem();
            assertEquals("1:2", p.line() + ":" + p.column(), p.message());
        }
    }

    /**
     * A parser's {@link DocumentParser.TextSeen} is told each decoded text (without the BOM), and
     * nothing of content that does not decode: whoever listens must then read the file itself.
     */
    @Test
    void textSeenIsToldEveryDecodedTextAndNothingElse() {
        java.util.Map<Path, String> seen = new java.util.LinkedHashMap<>();
        DocumentParser parser = new DocumentParser(new ParseOptions(FOLDER, 1000, 100),
                DocumentParser.DEFAULT_TIME_BUDGET, (document, text) -> seen.put(document.file(), text));
        parser.parseBytes(Path.of("good.md"), "good.md", DocumentFormat.MARKDOWN,
                "\uFEFF| a |\n|---|\n| b |\n".getBytes(StandardCharsets.UTF_8));
        parser.parseBytes(Path.of("bad.rst"), "bad.rst", DocumentFormat.RST, new byte[] {'a', (byte) 0xC0, (byte) 0xAF});
        parser.parseBytes(Path.of("nul.rst"), "nul.rst", DocumentFormat.RST, new byte[] {'a', 0, 'b'});
        parser.parseBytes(Path.of("big.rst"), "big.rst", DocumentFormat.RST, new byte[2000]);
        assertEquals(java.util.Map.of(Path.of("good.md"), "| a |\n|---|\n| b |\n"), seen);
    }

    @Test
    void contentOverTheSizeLimitIsAProblemNotAParse() {
        DocumentParser small = new DocumentParser(new ParseOptions(FOLDER, 10, 100));
        ParsedDocument doc = small.parseBytes(Path.of("x.md"), "x.md", DocumentFormat.MARKDOWN,
                "| a |\n|---|\n| b |\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(doc.tables().isEmpty());
        assertEquals(1, doc.problems().size());
        assertTrue(doc.problems().get(0).message().contains("maxFileBytes"));
        assertTrue(small.parse(FOLDER.resolve("good-utf8-bom.md")).problems().get(0).message().contains("maxFileBytes"));
    }

    @Test
    void unreadableFileIsAProblemAtItsStart() {
        ParsedDocument doc = PARSER.parse(FOLDER.resolve("no-such-file.md"));
        assertEquals(1, doc.problems().size());
        assertEquals("1:1", doc.problems().get(0).line() + ":" + doc.problems().get(0).column());
        assertTrue(doc.problems().get(0).message().startsWith("cannot read file"));
    }
}
