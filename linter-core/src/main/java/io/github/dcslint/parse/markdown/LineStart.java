package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * What the line-checked block factories ({@link LineCheckedHeadingFactory},
 * {@link LineCheckedFencedCodeFactory}, {@link LineCheckedListFactory},
 * {@link LineCheckedThematicBreakFactory}) look at before asking flexmark: the line's first
 * character after its indentation, and whether the rest of the line could be a marker line.
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

    /**
     * Whether the line from its first non-space character on holds nothing but {@code marker},
     * spaces, tabs and line terminators: what a setext underline or a thematic break made of
     * {@code marker} needs (their patterns end in {@code [ \t]*$}, and {@code $} matches before
     * a final terminator). False only where those patterns cannot match.
     */
    static boolean restIsOnly(ParserState state, char marker) {
        BasedSequence line = state.getLine();
        for (int i = state.getNextNonSpaceIndex(); i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != marker && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\u0085'
                    && c != '\u2028' && c != '\u2029') {
                return false;
            }
        }
        return true;
    }
}
