package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;

import java.util.HashSet;
import java.util.Set;

/**
 * flexmark's thematic-break parser, asked only about lines that can be one. flexmark 0.64.8's
 * {@code ThematicBreakParser.BlockFactory.tryStart} matches
 * {@code ^(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$} against the rest of every
 * line outside a paragraph; the rows of generated API docs ({@code **200** | OK | - |}) start
 * with {@code *} and the regex backtracks through the row (~3 % of reading the Kubernetes API
 * docs, JFR). A break is one marker character repeated, with spaces and tabs between: a line
 * holding any other character (a line terminator aside, which {@code $} lets end it) gets
 * flexmark's own answer for it, none. A subclass of flexmark's factory, so the block parsers
 * keep their order (checked in MarkdownHeadingsTest).
 *
 * <p>flexmark orders its block parsers by the classes their factories name as dependencies: the
 * thematic-break factory names flexmark's list and heading factories, which dcs replaces by
 * subclasses, so it names those too (a break such as {@code - - -} must not start a list item).
 */
class LineCheckedThematicBreakFactory extends ThematicBreakParser.Factory {

    @Override
    public Set<Class<?>> getAfterDependents() {
        return withLineChecked(super.getAfterDependents());
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return withLineChecked(super.getBeforeDependents());
    }

    /** The factories named, and dcs's line-checked subclass of each that has one. */
    private static Set<Class<?>> withLineChecked(Set<Class<?>> named) {
        Set<Class<?>> classes = new HashSet<>(named == null ? Set.of() : named);
        for (Class<?> factory : Set.copyOf(classes)) {
            for (Class<?> lineChecked : LINE_CHECKED) {
                if (lineChecked.getSuperclass() == factory) {
                    classes.add(lineChecked);
                }
            }
        }
        return classes;
    }

    private static final Class<?>[] LINE_CHECKED = {
        LineCheckedHeadingFactory.class, LineCheckedFencedCodeFactory.class, LineCheckedListFactory.class};

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory breaks = super.apply(options);
        return (state, matched) -> {
            char first = LineStart.firstCharacter(state);
            return (first == '*' || first == '-' || first == '_') && LineStart.restIsOnly(state, first)
                    ? breaks.tryStart(state, matched) : BlockStart.none();
        };
    }
}
