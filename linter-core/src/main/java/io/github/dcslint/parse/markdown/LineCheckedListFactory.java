package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * flexmark's list parser, asked only about lines that can start a list item, or where it keeps
 * state. flexmark 0.64.8's {@code ListBlockParser.BlockFactory.tryStart} ends by a {@code find()}
 * of its list-marker pattern ({@code ^([*+-])(?= |\t|$)|^(\d{1,9})([.)])(?= |\t|$)}, the
 * bullets from {@code Parser.LISTS_ITEM_PREFIX_CHARS}) on the rest of the line: anchored, but
 * tried at every position, so each table row cost its length (~7 % of reading the Kubernetes
 * API docs, JFR). Before that search it may update the state of an enclosing list (when the
 * matched parser is a list, or sits inside one): there flexmark is always asked. Elsewhere a
 * line whose first non-space character is neither a bullet nor a digit gets flexmark's own
 * answer, none, without the search. A subclass of flexmark's factory, so the block parsers keep
 * their order (checked in MarkdownHeadingsTest).
 */
class LineCheckedListFactory extends ListBlockParser.Factory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory lists = super.apply(options);
        String bullets = Parser.LISTS_ITEM_PREFIX_CHARS.get(options).toString();
        return (state, matched) -> {
            BlockParser parser = matched.getBlockParser();
            if (!(parser instanceof ListBlockParser) && parser.getBlock().getAncestorOfType(ListBlock.class) == null) {
                char first = LineStart.firstCharacter(state);
                if (first == '\0' || (bullets.indexOf(first) < 0 && (first < '0' || first > '9'))) {
                    return BlockStart.none();
                }
            }
            return lists.tryStart(state, matched);
        };
    }
}
