package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * flexmark's heading parser, asked only about lines that can be headings. flexmark 0.64.8's
 * {@code HeadingParser.BlockFactory.tryStart} builds the whole open paragraph's text
 * ({@code getParagraphContent()}) for every line before looking at the line, so each row of a
 * pipe table rebuilt the table so far: quadratic in a paragraph's lines (the reason for the parse
 * time budget) and ~8 % of reading the Kubernetes API docs. An ATX heading starts with {@code #},
 * a setext underline is a run of {@code =} or of {@code -} with spaces after it (flexmark's
 * {@code ^(?:=+|-+)[ \t]*$}; the delimiter rows of tables, {@code ------ | ------}, start with
 * {@code -} too): any other line gets flexmark's own answer for it, none. A subclass of flexmark's factory, so the block parsers keep their order (which
 * flexmark resolves by these factories' classes and dependencies; checked in
 * MarkdownHeadingsTest).
 */
class LineCheckedHeadingFactory extends HeadingParser.Factory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = super.apply(options);
        return (state, matched) -> {
            char first = LineStart.firstCharacter(state);
            return first == '#' || (first == '=' || first == '-') && LineStart.restIsOnly(state, first)
                    ? headings.tryStart(state, matched) : BlockStart.none();
        };
    }
}
