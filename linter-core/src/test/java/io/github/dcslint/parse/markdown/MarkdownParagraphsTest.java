package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.parser.Parser;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.StatusHeading;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.RandomTexts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paragraphs that cannot be a status heading are left unparsed (LinearInlineParser): every
 * document must read exactly as with every paragraph parsed.
 */
class MarkdownParagraphsTest {

    private static final Parser EVERY_PARAGRAPH = MarkdownParser.parser(true,
            LinearInlineParser.PARSING_EVERY_PARAGRAPH);
    private static final ParseOptions OPTIONS = ParseOptions.forRoot(Path.of("."));

    private static ParsedDocument sameAsEveryParagraphParsed(String name, String text) {
        ParsedDocument everything = MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, OPTIONS, EVERY_PARAGRAPH);
        ParsedDocument skipping = MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, OPTIONS);
        assertEquals(everything, skipping, name);
        return skipping;
    }

    /** Whatever markup a status heading starts with, it is still found. */
    @Test
    void statusHeadingsBehindAnyMarkupAreFound() {
        for (String heading : List.of("**Status code: 400**", "__Status code: 400__", "*Status code: 400*",
                "Status code: 400", "status code: 400", "&nbsp;Status code: 400",
                "\u00a0Status code: 400", "`Status code: 400`", "`` Status code: 400 ``",
                "**_[Status code: 400](#x)_**", "[Status code: 400](#x)",
                "![Status code: 400](x.png)", "<b>Status code: 400</b>",
                "<br>Status code: 400", "  **Status code: 400**", "> **Status code: 400**",
                "- **Status code: 400**", "[]\n**Status code: 400**", "[](u)Status code: 400",
                "![](i.png) Status code: 400", "[][r]Status code: 400")) {
            ParsedDocument document = sameAsEveryParagraphParsed(heading, "# API\n\nText.\n\n" + heading + "\n\nMore.\n");
            assertEquals(List.of("400"), document.statusHeadings().stream().map(StatusHeading::code).toList(), heading);
        }
        // not headings, read alike (an entity-written "S" has no "status" in the source to locate the code at)
        for (String prose : List.of("The status code: 400", "(Status code: 400)", "1. Status code: 400x y",
                "&#83;tatus code: 400", "\\Status code: 400", "<!-- an HTML block -->Status code: 400")) {
            ParsedDocument document = sameAsEveryParagraphParsed(prose, "# API\n\n" + prose + "\n");
            assertEquals(List.of(), document.statusHeadings(), prose);
        }
    }

    @Test
    void openersThatMayHideAnS() {
        assertTrue(MarkdownParser.mayBeStatusHeading("  Status"));
        assertTrue(MarkdownParser.mayBeStatusHeading("&#x53;tatus"));
        assertTrue(MarkdownParser.mayBeStatusHeading("\u2003**s"));
        assertTrue(MarkdownParser.mayBeStatusHeading("[` Status"));
        assertTrue(MarkdownParser.mayBeStatusHeading("**<b>Status"));
        assertFalse(MarkdownParser.mayBeStatusHeading("**Parameters**"));
        assertFalse(MarkdownParser.mayBeStatusHeading("[[Back to top]](#)"));
        assertFalse(MarkdownParser.mayBeStatusHeading("The status"));
        assertFalse(MarkdownParser.mayBeStatusHeading("   "));
        assertFalse(MarkdownParser.mayBeStatusHeading("# heading"));
    }

    /** Random documents of markup pieces, tables, containers and status headings. */
    @Test
    void randomDocumentsReadAlike() {
        String[] pieces = {"Status", "status", " code", ":", " 400", "**", "__", "*", "_", "`", "[", "](x)", "!",
            "&#83;", "&nbsp;", "&amp;", "\\", "<br>", "<b>", "</b>", "<!-- c -->", "<https://x.y/z>", "<a@b.c>", "\u00a0", "\t", " ", "x", "The ",
            "\n", "\n", "\n\n", "\n\n", "> ", "- ", "1. ", "# ", "    ", "| a | b |\n|---|---|\n| 1 | 2 |\n",
            "| Code | Name |\n| --- | --- |\n| 404 | **Status code: 404** |\n", "[ref]", "\n\n[ref]: /url \"t\"\n",
            "```\n", "~~~\n", "<div>\n", "---\n", "===\n", "\n\n**Status code: 400**\n\n", "\n\nStatus code: 201\n",
            "\n\n`Status code: 202`\n", "\n&nbsp;Status code: 203\n\n", "\n\n_Status code: 204_"};
        int withHeadings = 0;
        int n = 0;
        for (String text : RandomTexts.of(20261125L, 4000, 24, pieces)) {
            ParsedDocument document = sameAsEveryParagraphParsed("random document " + n++ + ": " + text, text);
            if (!document.statusHeadings().isEmpty()) {
                withHeadings++;
            }
        }
        assertTrue(withHeadings > 20, "random documents with a status heading: " + withHeadings);
    }

    @Test
    void everyMarkdownDocumentOfTheCorpusAndTestdata() throws IOException {
        MarkdownSamples.compareEach((name, text) -> sameAsEveryParagraphParsed(name, text));
    }
}
