package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with its two regex matches made linear. flexmark 0.64.8's
 * {@code LightInlineParserImpl.match} takes the match's bounds from {@code Matcher.toMatchResult()},
 * which copies the whole input to a String (JDK 17) on every match. The table extension parses a
 * whole table as one input, and every entity ({@code &#39;}, 4,796 of them in the Kubernetes API
 * docs) and link title is such a match: the cost grew with the square of a table's size, the
 * largest single item of Markdown extraction in the profile. The bounds come from the matcher
 * itself here; what is matched and returned is unchanged.
 */
final class LinearInlineParser extends InlineParserImpl {

    /** Skips paragraphs that cannot be a status heading (see {@link #parse}). */
    static final InlineParserFactory FACTORY = LinearInlineParser::new;

    /** Parses every paragraph, as flexmark does (tests compare the two). */
    static final InlineParserFactory PARSING_EVERY_PARAGRAPH = (options, specialCharacters, delimiterCharacters,
            delimiterProcessors, linkRefProcessors, inlineParserExtensions) -> new LinearInlineParser(options,
            specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions,
            true);

    private final boolean everyParagraph;
    /** Whether the last parse met a ']' with no '[' open before it (see {@link #closedUnopenedBracket}). */
    private boolean closedUnopenedBracket;

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions) {
        this(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions, false);
    }

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> inlineParserExtensions, boolean everyParagraph) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
        this.everyParagraph = everyParagraph;
    }

    /**
     * Leaves a paragraph that cannot be a status heading unparsed: dcs reads a paragraph only
     * for that ({@link MarkdownParser#mayBeStatusHeading}). A heading of plain text gets the one
     * Text node flexmark would make, without the parser's set-up and text merging. Tables and
     * every other block are parsed as flexmark does; link reference definitions are taken out
     * of paragraphs before this, so links elsewhere resolve alike.
     */
    @Override
    public void parse(BasedSequence input, Node node) {
        closedUnopenedBracket = false;
        if (!everyParagraph && node instanceof Paragraph && !MarkdownParser.mayBeStatusHeading(input)) {
            return;
        }
        if (!everyParagraph && node instanceof Heading && isText(input)) {
            // what flexmark makes of a line without special characters: one Text of it, trimmed
            // (most headings of generated docs: "Parameters", "Return type", "Authorization")
            BasedSequence text = input.trim();
            if (!text.isEmpty()) {
                node.appendChild(new Text(text));
            }
            return;
        }
        super.parse(input, node);
    }

    /** Whether {@code input} holds none of the characters at which flexmark's inline parser stops to read markup. */
    private boolean isText(BasedSequence input) {
        for (int i = 0; i < input.length(); i++) {
            if (specialCharacters.get(input.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the last {@link #parse} met a {@code ]} with no {@code [} open before it in its
     * input. Read alone, such a bracket is text; after other text it might close a bracket
     * opened there ({@link PipeTableReader} reads table cells alone).
     */
    boolean closedUnopenedBracket() {
        return closedUnopenedBracket;
    }

    /** Whether the last {@link #parse} left a {@code [} open that a later {@code ]} might close. */
    boolean leftOpenBracket() {
        return getLastBracket() != null;
    }

    @Override
    protected boolean parseCloseBracket() {
        if (getLastBracket() == null) {
            closedUnopenedBracket = true;
        }
        return super.parseCloseBracket();
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        groups[0] = input.subSequence(matcher.start(), matcher.end());
        for (int i = 1; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** The next match from the current index (moved past it), or null as flexmark's own. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
