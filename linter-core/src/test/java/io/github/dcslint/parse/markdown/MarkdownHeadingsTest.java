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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LineCheckedHeadingFactory, LineCheckedFencedCodeFactory, LineCheckedListFactory and
 * LineCheckedThematicBreakFactory must read every document as flexmark's own heading,
 * fenced-code, list and thematic-break parsers do.
 */
class MarkdownHeadingsTest {

    private static void sameAsFlexmark(String name, String text) {
        ParseOptions options = ParseOptions.forRoot(Path.of("."));
        ParsedDocument flexmark = MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, options,
                MarkdownParser.PARSER_WITH_FLEXMARKS_BLOCK_STARTS);
        assertEquals(flexmark, MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, options), name);
    }

    @Test
    void blockParsersKeepFlexmarksOrder() {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        List<String> flexmark = names(DocumentParser.calculateBlockParserFactories(options, List.of()));
        List<String> ours = names(DocumentParser.calculateBlockParserFactories(
                new MutableDataSet(options).set(Parser.HEADING_PARSER, false).set(Parser.FENCED_CODE_BLOCK_PARSER, false)
                        .set(Parser.LIST_BLOCK_PARSER, false).set(Parser.THEMATIC_BREAK_PARSER, false),
                List.of(new LineCheckedHeadingFactory(), new LineCheckedFencedCodeFactory(), new LineCheckedListFactory(),
                        new LineCheckedThematicBreakFactory())));
        assertEquals(flexmark, ours.stream().map(n -> n.equals(LineCheckedHeadingFactory.class.getName())
                ? "com.vladsch.flexmark.parser.core.HeadingParser$Factory"
                : n.equals(LineCheckedFencedCodeFactory.class.getName())
                ? "com.vladsch.flexmark.parser.core.FencedCodeBlockParser$Factory"
                : n.equals(LineCheckedListFactory.class.getName())
                ? "com.vladsch.flexmark.parser.core.ListBlockParser$Factory"
                : n.equals(LineCheckedThematicBreakFactory.class.getName())
                ? "com.vladsch.flexmark.parser.core.ThematicBreakParser$Factory" : n).toList());
    }

    @Test
    void fencesOfEveryKind() {
        sameAsFlexmark("backticks", "```\n| a | b |\n|---|---|\n```\n\n| Code | Name |\n|---|---|\n| 404 | Not Found |\n");
        sameAsFlexmark("tildes, info", "~~~~ python\n# not a heading\n~~~~\n\n``` x ` y\nnot a fence\n");
        sameAsFlexmark("indented", "   ```\n   code\n   ```\n\n    ```\n    indented code\n");
        sameAsFlexmark("in containers", "> ```\n> | a |\n> ```\n\n- ```\n  | a |\n  |---|\n  ```\n");
        sameAsFlexmark("unclosed", "| a | b |\n|---|---|\n| 1 | 2 |\n``\n```\n| c |\n");
        sameAsFlexmark("tab", "\t```\n```\n \t~~~\n~~~\n");
    }

    @Test
    void listsOfEveryKind() {
        sameAsFlexmark("bullets", "- a\n* b\n+ c\n\n-no space\n-\n\n| a |\n|---|\n| - |\n");
        sameAsFlexmark("ordered", "1. one\n2) two\n10. ten\n1234567890. too long\n\nText\n2. no interrupt\n1. interrupts\n");
        sameAsFlexmark("nested and lazy", "- a\n  - b\n    | x | y |\n    |---|---|\n    | 1 | 2 |\nlazy line\n- c\n\n  1. d\n");
        sameAsFlexmark("loose", "- a\n\n- b\n\n  para\n\n-   c\n\n    indented code?\n");
        sameAsFlexmark("in quotes", "> - a\n> - b\n>\n> | a |\n> |---|\n> | 1 |\n");
        sameAsFlexmark("table after list", "- item\n| Code | Name |\n|---|---|\n| 404 | Not Found |\n");
        sameAsFlexmark("not quite markers", "*x\n**200** | OK |\n-\ty\n+\n1x\n2.y\n3)\n-\r\n\n*\r\n");
    }

    /**
     * Random documents of block starts (bullets, numbers, fences, quotes, headings, indentation,
     * table rows): the whole flexmark tree, every node and its offsets, must be the same.
     */
    @Test
    void randomDocumentsGiveTheSameTree() {
        com.vladsch.flexmark.parser.Parser ours = MarkdownParser.parser(true, LinearInlineParser.FACTORY);
        String[] pieces = {"- ", "* ", "+ ", "1. ", "2) ", "12345. ", "-", "1.", "  ", "    ", "\t", "> ", "# ", "## ",
            "```", "~~~", "``", "`", "x", "text ", "\n", "\n", "\n", "\n\n", "| a | b |\n", "|---|---|\n", "| 1 | 2 |\n",
            "---\n", "===\n", "***\n", "<div>\n", "</div>\n", "[ref]: /url\n", "    code\n",
            // a bullet or digits not followed by what a list marker needs
            "**200** | OK |\n", "*x", "-x", "+\t", "*\r\n", "12x", "3.x", "4)", "1234567890)", "-\u2028",
            // marker lines: thematic breaks and setext underlines, and lines that only start like one
            "* * *", "_ _ _\n", "___", "--", "==", "= =\n", "-- x\n", "**\t*\n", "------ | ------\n", "-\u0085", "_\r"};
        int n = 0;
        for (String text : io.github.dcslint.testing.RandomTexts.of(20261126L, 3000, 30, pieces)) {
            assertEquals(tree(MarkdownParser.tree(MarkdownParser.PARSER_WITH_FLEXMARKS_BLOCK_STARTS, text)),
                    tree(MarkdownParser.tree(ours, text)),
                    "random document " + n++ + ": " + text);
        }
    }

    /** Every node of a flexmark tree: its class and offsets, indented by depth. */
    private static String tree(com.vladsch.flexmark.util.ast.Node root) {
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<Object[]> pending = new java.util.ArrayDeque<>();
        pending.push(new Object[] {root, 0});
        while (!pending.isEmpty()) {
            Object[] next = pending.pop();
            com.vladsch.flexmark.util.ast.Node node = (com.vladsch.flexmark.util.ast.Node) next[0];
            int depth = (Integer) next[1];
            out.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append(' ')
                    .append(node.getStartOffset()).append('-').append(node.getEndOffset()).append('\n');
            for (com.vladsch.flexmark.util.ast.Node child = node.getLastChild(); child != null;
                 child = child.getPrevious()) {
                pending.push(new Object[] {child, depth + 1});
            }
        }
        return out.toString();
    }

    private static List<String> names(List<CustomBlockParserFactory> factories) {
        return factories.stream().map(f -> f.getClass().getName()).toList();
    }

    @Test
    void thematicBreaksOfEveryKind() {
        sameAsFlexmark("breaks", "***\n\n- - -\n\n_\t_ _  \n\n   ***\n\n    ***\n\nPara\n***\n");
        sameAsFlexmark("almost breaks", "**\n\n*-*\n\n__x\n\n**200** | OK |\n\n***\r\n\n* * *\u2028\n");
        sameAsFlexmark("break or list", "- - x\n\n* * *\n- a\n* * *\n");
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
        sameAsFlexmark("almost underlines", "Para\n--- x\n\nPara\n= =\n\nPara\n===\t \r\n\nName | Type\n---- | ----\n");
    }

    @Test
    void everyMarkdownDocumentOfTheCorpusAndTestdata() throws IOException {
        MarkdownSamples.compareEach((name, text) -> sameAsFlexmark(name, text));
    }
}
