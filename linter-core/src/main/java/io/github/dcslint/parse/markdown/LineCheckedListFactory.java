package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's list parser, asked only about lines that can start a list item, or where it keeps
 * state. flexmark 0.64.8's {@code ListBlockParser.BlockFactory.tryStart} ends by a {@code find()}
 * of its list-marker pattern ({@code ^([*+-])(?= |\t|$)|^(\d{1,9})([.)])(?= |\t|$)}, the
 * bullets from {@code Parser.LISTS_ITEM_PREFIX_CHARS}) on the rest of the line: anchored, but
 * tried at every position, so each table row cost its length (~7 % of reading the Kubernetes
 * API docs, JFR). Before that search it may update the state of an enclosing list (when the
 * matched parser is a list, or sits inside one): there flexmark is always asked. Elsewhere a
 * line whose first non-space character is neither a bullet nor a digit gets flexmark's own
 * answer, none, without the search; so does one where the bullet or the digits are not followed
 * by what the pattern's lookahead wants (a bullet before a space, a tab or the line's end; digits
 * before '.' or ')'), such as the table rows {@code **200** | OK |} of generated API docs
 * (~9 % of reading them after the table change). A subclass of flexmark's factory, so the block
 * parsers keep their order (checked in MarkdownHeadingsTest).
 */
class LineCheckedListFactory extends ListBlockParser.Factory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory lists = super.apply(options);
        String bullets = Parser.LISTS_ITEM_PREFIX_CHARS.get(options).toString();
        return (state, matched) -> {
            BlockParser parser = matched.getBlockParser();
            if (!(parser instanceof ListBlockParser) && parser.getBlock().getAncestorOfType(ListBlock.class) == null) {
                if (!mayStartListItem(state, bullets)) {
                    return BlockStart.none();
                }
            }
            return lists.tryStart(state, matched);
        };
    }

    /**
     * Whether flexmark's list-marker pattern may match at the line's first non-space character:
     * a bullet followed by a space, a tab or the end ({@code (?= |\t|$)}; {@code $} also matches
     * before a final line terminator), or digits followed by '.' or ')'.
     */
    private static boolean mayStartListItem(ParserState state, String bullets) {
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        if (at >= line.length()) {
            return false;
        }
        char first = line.charAt(at);
        if (bullets.indexOf(first) >= 0) {
            if (at + 1 >= line.length()) {
                return true;
            }
            char next = line.charAt(at + 1);
            return next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == '\u0085'
                    || next == '\u2028' || next == '\u2029';
        }
        int digits = at;
        while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
            digits++;
        }
        return digits > at && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')');
    }
}
