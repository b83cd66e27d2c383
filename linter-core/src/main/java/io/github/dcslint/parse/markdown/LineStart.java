package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * What the line-checked block factories ({@link LineCheckedHeadingFactory},
 * {@link LineCheckedFencedCodeFactory}, {@link LineCheckedListFactory}) look at before asking
 * flexmark: the line's first character after its indentation.
 */
final class LineStart {

    private LineStart() {
    }

    /** The first non-space character of the line flexmark is at, or {@code '\0'} for a blank rest. */
    static char firstCharacter(ParserState state) {
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        return at < line.length() ? line.charAt(at) : '\0';
    }
}
