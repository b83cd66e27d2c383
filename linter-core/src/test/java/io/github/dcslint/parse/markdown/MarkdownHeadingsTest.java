package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.ParseOptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LineCheckedHeadingFactory must read every document as flexmark's own heading parser does. */
class MarkdownHeadingsTest {

    private static void sameAsFlexmark(String name, String text) {
        ParseOptions options = ParseOptions.forRoot(Path.of("."));
        ParsedDocument flexmark = MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, options,
                MarkdownParser.PARSER_WITH_FLEXMARK_HEADINGS);
        assertEquals(flexmark, MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, options), name);
    }

    @Test
    void blockParsersKeepFlexmarksOrder() {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        List<String> flexmark = names(DocumentParser.calculateBlockParserFactories(options, List.of()));
        List<String> ours = names(DocumentParser.calculateBlockParserFactories(
                new MutableDataSet(options).set(Parser.HEADING_PARSER, false), List.of(new LineCheckedHeadingFactory())));
        assertEquals(flexmark, ours.stream().map(n -> n.equals(LineCheckedHeadingFactory.class.getName())
                ? "com.vladsch.flexmark.parser.core.HeadingParser$Factory" : n).toList());
    }

    private static List<String> names(List<CustomBlockParserFactory> factories) {
        return factories.stream().map(f -> f.getClass().getName()).toList();
    }

    @Test
    void headingsOfEveryKind() {
        sameAsFlexmark("atx", "# One\n\n## Two ##\n\n| Code | Name |\n|---|---|\n| 404 | Not Found |\n");
        sameAsFlexmark("setext", "Title\n=====\n\nSection\n-------\n\n| Code | Name |\n|---|---|\n| 404 | Not Found |\n");
        sameAsFlexmark("indented", "   # Three spaces\n\n    # four: code\n\n  Setext\n  ===\n");
        sameAsFlexmark("no space", "#NoSpace\n\n#\n\n####### seven\n");
        sameAsFlexmark("thematic or setext", "Para\n---\n\n***\n\n- - -\n\nText\n- item\n");
        sameAsFlexmark("in containers", "> # Quote\n> Para\n> ---\n\n- # Item\n  Para\n  ===\n");
        sameAsFlexmark("status heading", "### Status code: 404\n\n**Status code: 200**\n\nStatus code: 500\n--\n");
        sameAsFlexmark("table then underline", "| a | b |\n|---|---|\n| 1 | 2 |\n---\n");
    }

    @Test
    void everyMarkdownDocumentOfTheCorpusAndTestdata() throws IOException {
        int compared = 0;
        for (Map.Entry<Path, String> document : MarkdownSamples.everyDocument().entrySet()) {
            sameAsFlexmark(document.getKey().toString(), document.getValue());
            compared++;
        }
        assertTrue(compared > 40, "documents compared: " + compared);
    }
}
