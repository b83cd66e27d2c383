package io.github.dcslint.parse.markdown;

import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.RandomTexts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Taking the lines inside fences out before flexmark reads a document ({@link FenceContents})
 * changes nothing dcs reads of it: tables, cells, headings, problems and every line and column.
 */
class FenceContentsTest {

    private static final ParseOptions OPTIONS = ParseOptions.forRoot(Path.of("."));

    /** Reads {@code text} with and without fence contents, asserts both alike; whether anything was taken out. */
    private static boolean readsAlike(String name, String text) {
        ParsedDocument whole = MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, OPTIONS,
                MarkdownParser.PARSER, false);
        ParsedDocument emptied = MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, OPTIONS,
                MarkdownParser.PARSER, true);
        assertEquals(whole, emptied, name);
        return FenceContents.collapse(text).changed();
    }

    @Test
    void everyMarkdownDocumentOfTheCorpusAndTestdata() throws IOException {
        int emptied = 0;
        for (var document : MarkdownSamples.everyDocument().entrySet()) {
            emptied += readsAlike(document.getKey().toString(), document.getValue()) ? 1 : 0;
        }
        assertTrue(emptied >= 16, emptied + " documents with fences emptied"); // the Kubernetes API docs
    }

    @Test
    void takesOutTheLinesBetweenTheFencesAndSaysWhere() {
        String text = "# T\n\n```python\nx = 1\n\n| a | b |\n```\n| Code | Name |\n|---|---|\n| 404 | Not Found |\n";
        FenceContents.Collapsed read = FenceContents.collapse(text);
        assertEquals("# T\n\n```python\n```\n| Code | Name |\n|---|---|\n| 404 | Not Found |\n", read.text());
        assertArrayEquals(new int[] {read.text().indexOf("```\n|")}, read.at());
        assertArrayEquals(new int[] {3}, read.removed());
        ParsedDocument document = MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, OPTIONS);
        assertEquals(8, document.tables().get(0).line());
        assertEquals(10, document.tables().get(0).body().get(0).cells().get(1).line());
        assertEquals(9, document.tables().get(0).body().get(0).cells().get(1).column());
        assertTrue(readsAlike("one fence", text));
    }

    /** Where dcs cannot be sure a line opens a fence of the document, it leaves the rest alone. */
    @Test
    void leavesAloneWhatMayNotBeAFence() {
        String[] unsure = {
            "<div>\n```\ncode\n```\n",                      // an HTML block takes the fence
            "<!-- a\n\n```\n-->\n```\n",                    // a comment runs past blank lines
            "<pre>\n\n```\n</pre>\n```\n",
            " ```\ncode\n```\nafter\n",                     // an indented fence, closed at column 0
            "- item\n   ```\n```\n| a |\n|---|\n",
            "a\r\n```\r\ncode\r\n```\r\n",                  // carriage returns
            "``` a `b`\ncode\n",                            // not a fence: a code span
            "``\nx\n``\n",
        };
        for (String text : unsure) {
            assertFalse(FenceContents.collapse(text).changed(), text);
            readsAlike(text, text);
        }
    }

    @Test
    void closesFencesAsFlexmarkDoes() {
        // a closing run at least as long, of the same character, indented by up to three spaces
        assertEquals("````\n   `````  \nafter\n", FenceContents.collapse("````\n```\n~~~~\n   `````  \nafter\n").text());
        assertEquals("~~~\n~~~\n", FenceContents.collapse("~~~\n```\n\t~~~\n    ~~~\n~~~\n").text());
        // unclosed: to the end of the document
        assertEquals("```\n", FenceContents.collapse("```\n| a | b |\n|---|---|\n").text());
        assertTrue(readsAlike("unclosed", "```\n| a | b |\n|---|---|\n"));
    }

    /** Random documents of fences, tables, containers, HTML and status headings. */
    @Test
    void randomDocumentsReadAlike() {
        String[] pieces = {"\n```\n", "\n```python\n", "\n````\n", "\n~~~\n", "\n```a`\n", "\n ```\n", "\n   ```\n",
            "\n    ```\n", "\n\t```\n", "\n``` \t\n", "\n````` \n", "```", "~~~", "\n- ", "\n> ", "\n1. ", "\n  ",
            "\n", "\n", "\n\n", "\n\n", "<div>", "\n<div>\n", "<!--", "-->", "<pre>", "</pre>", "<?", "\n<b>x</b>\n",
            "|", " | ", "\n|---|---|\n", "\n| Code | Name |\n|---|---|\n| 404 | Not Found |\n", "404", "x", "\\",
            "\n**Status code: 400**\n", "\n# H\n", "\n---\n", "\t", "\r\n", "`", "**"};
        int emptied = 0;
        int n = 0;
        for (String text : RandomTexts.of(20261203L, 6000, 30, pieces)) {
            emptied += readsAlike("random document " + n++ + ": " + text, text) ? 1 : 0;
        }
        assertTrue(emptied > 800, emptied + " documents with fences emptied");
    }
}
