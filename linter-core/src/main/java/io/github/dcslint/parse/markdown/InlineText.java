package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.regex.Pattern;

/** The text a reader sees in a heading or a table cell: markup gone, {@code <br>} kept as a line break. */
final class InlineText {

    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    /** A line break is kept; spaces around it and runs of other whitespace are not. */
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern SPACES_AROUND_BREAK = Pattern.compile(" ?\n ?");

    private InlineText() {
    }

    static String of(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        String text = SPACES.matcher(out).replaceAll(" ");
        text = SPACES_AROUND_BREAK.matcher(text).replaceAll("\n");
        return text.strip();
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text || child instanceof TextBase) {
                if (child.hasChildren()) {
                    append(child, out);
                } else {
                    out.append(unescape(child.getChars().toString()));
                }
            } else if (child instanceof Code code) {
                // GFM: a pipe inside a code span in a table is still written \| ("including inside
                // other inline spans"); the reader sees the pipe
                out.append(code.getText().toString().replace("\\|", "|"));
            } else if (child instanceof HtmlInlineComment) {
                continue;
            } else if (child instanceof HtmlInline html) {
                if (BR.matcher(html.getChars()).matches()) {
                    out.append('\n');
                }
            } else if (child instanceof HtmlEntity entity) {
                out.append(Escaping.unescapeString(entity.getChars().toString()));
            } else if (child instanceof SoftLineBreak) {
                out.append(' ');
            } else if (child instanceof HardLineBreak) {
                out.append('\n');
            } else if ((child instanceof AutoLink || child instanceof MailLink) && !child.hasChildren()) {
                out.append(((DelimitedNode) child).getText());
            } else if (child instanceof Image image) {
                out.append(unescape(image.getText().toString()));
            } else if (child instanceof ImageRef image) {
                out.append(unescape(image.getText().toString()));
            } else {
                // emphasis, links (their text), and anything else with inline children
                append(child, out);
            }
        }
    }

    private static String unescape(String text) {
        return Escaping.unescapeString(text);
    }
}
