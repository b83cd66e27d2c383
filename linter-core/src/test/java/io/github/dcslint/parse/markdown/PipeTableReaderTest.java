package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.ast.Node;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.ParseOptions;
import io.github.dcslint.testing.RandomTexts;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PipeTableReader must read every document as flexmark's table extension does: the same tables,
 * cells (text, line, column), problems and status headings, whether it reads a table itself or
 * hands it to flexmark.
 */
class PipeTableReaderTest {

    private static final ParseOptions OPTIONS = ParseOptions.forRoot(Path.of("."));

    /** Tables read by PipeTableReader itself and tables it handed to flexmark, over all documents compared. */
    private int ownTables;
    private int flexmarkTables;

    private ParsedDocument sameAsFlexmarksTables(String name, String text) {
        ParsedDocument flexmark = MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, OPTIONS,
                MarkdownParser.PARSER_WITH_FLEXMARKS_TABLES);
        ParsedDocument ours = MarkdownParser.parse(Path.of("doc.md"), "doc.md", text, OPTIONS);
        assertEquals(flexmark, ours, name);
        count(text);
        return ours;
    }

    private void count(String text) {
        Node document;
        try {
            document = MarkdownParser.tree(MarkdownParser.parser(true, LinearInlineParser.FACTORY), text);
        } catch (StringIndexOutOfBoundsException unreadableTab) {
            return; // flexmark's, see MarkdownParser.parse
        }
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof PipeTable) {
                ownTables++;
            } else if (node instanceof TableBlock) {
                flexmarkTables++;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                pending.push(child);
            }
        }
    }

    /** In the same place among flexmark's paragraph pre-processors: after link reference definitions, alone in its stage. */
    @Test
    void readsTablesWhenFlexmarksTableExtensionWould() {
        DataHolder options = new MutableDataSet();
        List<List<String>> flexmark = stages(DocumentParser.calculateParagraphPreProcessors(options,
                List.of(new ReferencePreProcessorFactory(), TableParagraphPreProcessor.Factory()), LinearInlineParser.FACTORY));
        List<List<String>> ours = stages(DocumentParser.calculateParagraphPreProcessors(options,
                List.of(new ReferencePreProcessorFactory(), new PipeTableReader.Factory()), LinearInlineParser.FACTORY));
        assertEquals(2, flexmark.size(), flexmark.toString());
        assertEquals(flexmark.get(0), ours.get(0));
        assertEquals(List.of(PipeTableReader.Factory.class.getName()), ours.get(1));
        assertEquals(1, flexmark.get(1).size(), flexmark.toString());
    }

    private static List<List<String>> stages(List<List<ParagraphPreProcessorFactory>> stages) {
        return stages.stream().map(stage -> stage.stream().map(f -> f.getClass().getName()).toList()).toList();
    }

    @Test
    void everyMarkdownDocumentOfTheCorpusAndTestdata() throws IOException {
        MarkdownSamples.compareEach((name, text) -> sameAsFlexmarksTables(name, text));
        // the point of the reader: nearly every real table is read without flexmark's extension
        assertTrue(ownTables > 20 * flexmarkTables, ownTables + " tables read, " + flexmarkTables + " handed to flexmark");
    }

    /** Random documents of table pieces, markup that may hold or hide a pipe, containers and line endings. */
    @Test
    void randomDocumentsOfTablePiecesReadAlike() {
        String[] pieces = {"|", "|", "|", "|", " | ", " | ", " | ", " | ", "||", " || ", "\\|", "\\\\|", "\\", "`",
            "``", "`x|y`", "`a\\|b`", "`c`", "**", "*", "_", "__", "a_b", "x", "x", "x", "404", "404", " Not Found ",
            " Not Found ", "**200**", "**200**", "[", "]", "](u)", "[t](u)", "[t](u)", "[**t**](u#v)", "(", ")", "<", ">",
            "<br>", "<br />", "<b>", "</b>", "<https://x.y/z>", "<a@b.c>", "<!-- c -->", "&amp;", "&#124;", "&#10;",
            "&nbsp;", "&bogus;", "&", "\\*", "\\[", "\\`", "\u00a0", "\u2003", "\f", "!", "![i](p.png)", ":", "-",
            "\t", " ", "  ", "\n", "\n", "\n", "\n", "\n", "\r\n", "\r", "\n\n", "\n|---|---|\n", "\n|---|---|\n",
            "\n|-|\n", "\n-|-\n", "\n-|-\n", "\n| :-- | --: | :-: |\n", "\n--- | ---\n", "\n|--|--|--|--|\n", "\n> ",
            "\n- ", "\n  ", "\n    ", "\n1. ", "\n\t", "> ", "- ", "\nStatus code: 400\n", "\n**Status code: 401**\n",
            "[ref]", "\n\n[ref]: /url\n\n", "\n# H\n", "\n```\n", "\n---\n", "\n===\n"};
        int n = 0;
        for (String text : RandomTexts.of(20261127L, 6000, 40, pieces)) {
            sameAsFlexmarksTables("random document " + n++ + ": " + text, text);
        }
        assertTrue(ownTables > 1500 && flexmarkTables > 300, ownTables + " tables read, " + flexmarkTables
                + " handed to flexmark");
    }

    /**
     * Random tables: a header, a delimiter row (its cell count sometimes off), body rows of random
     * cells (sometimes ragged), with or without outer pipes, indented, in a quote or list, with
     * LF, CRLF or CR line endings, then a line that may end the table or be a status heading.
     */
    @Test
    void randomTablesReadAlike() {
        // cells that flexmark and a split at the pipes read alike, three times as often as the others
        String[] plain = {"", " ", "404", "Not Found", "**200**", "**dry_run**", "*a*", "_b_", "a_b", "`x`", "a \\| b",
            "\\\\", "[t](u)", "[**get_code**](Api.md#get_code)", "<br>", "a<br/>b", "&amp;", "&#39;s", "&#10;",
            "&nbsp;x", "\u00a0", "x\u2003y", "\tt\t", "**GET** /api/v1/{name}", "[optional]", "(opt)", "![i](p.png)",
            "**x**y", "Status code: 400", "-", ":--", "---", "a  b", "[0x0, 0x1)", "]", "[ref]", "a*b",
            // shapes SimpleCellMarkup reads, and near misses
            "**a.**", "**.a**", "**a** _b_", "**a&amp;b** c&#39;d", "**a_b** x_y z", "**\u00a0a**", "**a** ", "**a**\tb",
            "**a**  **b**", "**a*", "***a***", "** a**", "**a **", "[**a.**](u)", "[**a**](u_v#w-x)", "[**a** b](u)",
            "[a&amp;b](u?x=1&y=2)", "[a](u v)", "[a](<u>)", "[a](u \"t\")", "[a](u(x))", "[a](u)b", "[a](u) [b](v)",
            "[a](u)(c)", "[a_b](u)", "**a.**b", "**a**.b", "[_a_](u)", "[a](u)\\*", "[a]", "[a](u", "[a](u)*",
            // shortcut references, defined by a definition after the table (see after) or not
            "[a&amp;b]", "[ a ]", "[A]", "[a b]", "[**a**]", "[a]b", "[a][]", "[a] [b]", "[x]", "[_a_]",
            // brackets left open, read as text unless a later cell closes them
            "a [b", "![c", "\\[d", "[e \\] f", "[g &amp; h", "[_i_", "[j_k", "[l\\", "x [0, 1) y [2, 3)"};
        String[] hazards = {"`x|y`", "`x\\|y`", "x\\", "[a|b](u)", "[t](u|v)", "<span title=\"|\">s</span>",
            "<https://x.y/a|b>", "*", "**", "_", "*x", "x*", "**x**", "_y_", "[", "<", ">", ")", "`",
            // emphasis next to a pipe whose other neighbour is punctuation reads otherwise alone
            "*.x**", "**x.*", "_.x__", "__x._", "*(a)**", "**a.**b*"};
        String[] cells = new String[plain.length * 3 + hazards.length];
        for (int i = 0; i < plain.length * 3; i++) {
            cells[i] = plain[i % plain.length];
        }
        System.arraycopy(hazards, 0, cells, plain.length * 3, hazards.length);
        String[] delimiters = {"---", ":--", "--:", ":-:", "-", " - ", ":-", "-:"};
        String[] prefixes = {"", "", "", " ", "  ", "   ", "> ", "- ", "1. ", "\t"};
        String[] endings = {"\n", "\n", "\n", "\r\n", "\r"};
        String[] after = {"", "", "\nafter\n", "\n**Status code: 404**\n", "\nStatus code: 500\n", "\n| x \\| y |\n",
            "\n| `a|b` |\n", "\n\n| c | d |\n|---|---|\n| 1 | 2 |\n", "\n# next\n",
            // link reference definitions, which make bracketed cells links (flexmark reads them first)
            "\n\n[a]: /u\n", "\n\n[optional]: /o \"t\"\n", "\n\n[A B]: /v\n", "\n\n[z]: /z\n"};
        Random random = new Random(20261128L);
        for (int n = 0; n < 6000; n++) {
            StringBuilder text = new StringBuilder();
            String eol = endings[random.nextInt(endings.length)];
            String prefix = prefixes[random.nextInt(prefixes.length)];
            boolean outer = random.nextInt(3) > 0;
            int columns = 1 + random.nextInt(4);
            if (random.nextInt(4) == 0) {
                text.append("Intro text").append(eol);
            }
            text.append(prefix).append(row(random, cells, columns, outer)).append(eol);
            int delimiterCells = random.nextInt(8) == 0 ? columns + random.nextInt(3) - 1 : columns;
            StringBuilder delimiter = new StringBuilder(outer ? "|" : "");
            for (int c = 0; c < Math.max(1, delimiterCells); c++) {
                delimiter.append(c > 0 ? "|" : "").append(delimiters[random.nextInt(delimiters.length)]);
            }
            text.append(prefix.equals("- ") || prefix.equals("1. ") ? "  " : prefix)
                    .append(delimiter).append(outer ? "|" : "").append(eol);
            int rows = random.nextInt(5);
            for (int r = 0; r < rows; r++) {
                String rowPrefix = prefix.equals("- ") || prefix.equals("1. ") ? "  " : prefix;
                if (random.nextInt(6) == 0) {
                    rowPrefix = rowPrefix + " ";
                }
                text.append(rowPrefix).append(row(random, cells, columns + random.nextInt(3) - 1, outer && random.nextBoolean()))
                        .append(eol);
            }
            text.append(after[random.nextInt(after.length)].replace("\n", eol));
            sameAsFlexmarksTables("random table " + n + ": " + text, text.toString());
        }
        assertTrue(ownTables > 2000 && flexmarkTables > 500, ownTables + " tables read, " + flexmarkTables
                + " handed to flexmark");
    }

    private static String row(Random random, String[] cells, int count, boolean outer) {
        StringBuilder row = new StringBuilder(outer ? "| " : "");
        for (int c = 0; c < Math.max(1, count); c++) {
            if (c > 0) {
                row.append(random.nextInt(8) == 0 ? "||" : random.nextBoolean() ? " | " : "|");
            }
            row.append(cells[random.nextInt(cells.length)]);
        }
        return row.append(outer ? (random.nextBoolean() ? " |" : "|") : "").toString();
    }

    @Test
    void tablesOfEveryShape() {
        List<String> documents = List.of(
                "| a | b |\n|---|---|\n| 1 | 2 |\n",
                "a | b\n-|-\n1 | 2\n",
                "| a || c |\n|---|---|---|\n| 1 ||| 4 |\nx || z\n",
                "| a | b | c |\n|---|---|\n| 1 | 2 | 3 | 4 |\n",
                "|-|\n| a |\n",
                "| a |\n| b |\n|---|\n| 1 |\n",
                "| a | b |\n|---|---|\n| `x|y` | z |\n| `x\\|y` | z |\n",
                "| a | b |\n|---|---|\n| *x | y* |\n| [x | y](z) |\n|*.x**|\n",
                "| a | b |\n|---|---|\n|*.x**|**x.*|\n| x |_.x__|\n",
                "| a | b |\n|---|---|\n| **name** | **str**| x |\n|**a**|**b**|\n",
                " | a | b |\n |---|---|\n  | 1 | 2 |\n",
                "> | a | b |\n> |---|---|\n> | 1 | 2 |\n",
                "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n",
                "| a |\n|---|\n| 1 |\n**Status code: 400**\n",
                "| a |\n|---|\n| 1 |\n| 2 \\| 3 |\n| 4 |\n",
                "a | b\n|---|---\n\t| 1 |\n",
                "| a | b |\r\n|---|---|\r\n| 1 | 22 |\r\n",
                "| a | b |\r|---|---|\r| 1 | 22 |\r",
                "| &#124; | &amp;&#10;x |\n|---|---|\n| \\\\| 2 |\n");
        for (String document : documents) {
            sameAsFlexmarksTables(document, document);
        }
    }
}
