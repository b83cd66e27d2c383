package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * flexmark's fenced-code parser, asked only about lines that can open a fence. flexmark 0.64.8's
 * {@code FencedCodeBlockParser.BlockFactory.tryStart} runs {@code find()} of its opening-fence
 * pattern, {@code ^`{3,}(?!.*`)|^~{3,}(?!.*~)}, on the rest of every line: anchored, it can only
 * match at the line's first non-space character, but {@code find()} tries every position of the
 * line, so each line of a long table row cost its length (~6 % of reading the Kubernetes API
 * docs, JFR). A fence starts with a backtick or a tilde: any other line gets flexmark's own
 * answer for it, none, without the search. The factory keeps no state, so answering for it
 * changes nothing else. A subclass of flexmark's factory, so the block parsers keep their order
 * (checked in MarkdownHeadingsTest).
 */
class LineCheckedFencedCodeFactory extends FencedCodeBlockParser.Factory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory fences = super.apply(options);
        return (state, matched) -> {
            char first = LineStart.firstCharacter(state);
            return first == '`' || first == '~' ? fences.tryStart(state, matched) : BlockStart.none();
        };
    }
}
