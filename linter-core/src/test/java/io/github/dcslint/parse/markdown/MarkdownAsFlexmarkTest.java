package io.github.dcslint.parse.markdown;

import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.RandomTexts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything dcs puts in place of flexmark's own parts (block starts checked per line, the inline
 * parser that skips paragraphs, PipeTableReader, SimpleCellMarkup) together must read every
 * document as flexmark as it comes does. The other Markdown tests each compare one part.
 */
class MarkdownAsFlexmarkTest {

    private static final ParseOptions OPTIONS = ParseOptions.forRoot(Path.of("."));

    private static ParsedDocument sameAsFlexmark(String name, String text) {
        ParsedDocument flexmark = MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, OPTIONS,
                MarkdownParser.PARSER_AS_FLEXMARK);
        ParsedDocument ours = MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, OPTIONS);
        assertEquals(flexmark, ours, name);
        return ours;
    }

    @Test
    void everyMarkdownDocumentOfTheCorpusAndTestdata() throws IOException {
        MarkdownSamples.compareEach((name, text) -> sameAsFlexmark(name, text));
    }

    /**
     * Link reference definitions: flexmark takes them out of paragraphs only with its own inline
     * parser, so dcs adds that step itself. Before it did, a definition hid the table after it in
     * the same paragraph.
     */
    @Test
    void linkReferenceDefinitionsAreTakenOutAsFlexmarkTakesThem() {
        ParsedDocument afterDefinition = sameAsFlexmark("table after a definition",
                "[docs]: https://example.com/docs\n| Status code | Name |\n|---|---|\n| 404 | Not Found |\n");
        assertEquals(1, afterDefinition.tables().size());
        assertEquals(2, afterDefinition.tables().get(0).line());
        assertEquals("404", afterDefinition.tables().get(0).body().get(0).cells().get(0).text());
    }

    /** Random documents of tables, definitions, bracketed cells, containers and status headings. */
    @Test
    void randomDocumentsReadAlike() {
        String[] pieces = {"|", " | ", " | ", "||", "\\|", "`", "**", "*", "_", "x", "404", " Not Found ", "**200**",
            "[", "]", "[optional]", "[a]", "[A]", "[a][]", "[a](u)", "[**a**](u)", "(", ")", "<b>", "&amp;", "\\",
            "\n", "\n", "\n", "\n\n", "\n|---|---|\n", "\n-|-\n", "\n| --- | --- |\n", "\n> ", "\n- ", "\n    ",
            "\n| Code | Notes |\n|---|---|\n| 404 | [optional] |\n", "\n| a | [a] |\n|-|-|\n| [ a ] | [a&amp;b] |\n",
            "\n| [A] | b |\n| --- | --- |\n| [x] | [_a_] |\n",
            "\n[a]: /u\n", "\n\n[optional]: /o \"t\"\n", "[a]: /u\n", "\n[A]:\n/v\n", "\n\n[ a ]: <w>\n",
            "\n**Status code: 400**\n", "\nStatus code: 401\n", "\n# H\n", "\n```\n", "\n---\n", "\n===\n"};
        int tables = 0;
        int n = 0;
        for (String text : RandomTexts.of(20261203L, 4000, 40, pieces)) {
            tables += sameAsFlexmark("random document " + n++ + ": " + text, text).tables().size();
        }
        assertTrue(tables > 2000, tables + " tables");
    }
}
