package io.github.dcslint.parse.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A document's text as flexmark's base sequence. flexmark 0.64.8 ({@code SubSequence}) computes
 * {@code hashCode()} of a {@code String} it is given, every character of the document, which
 * nothing dcs asks of flexmark uses (2.5 % of the full pipeline, JFR); any other
 * {@code CharSequence} it takes as it is. dcs's readers find the document's {@code String} here
 * ({@link #of}), to read cells straight from it.
 */
final class MarkdownSource implements CharSequence {

    final String text;

    MarkdownSource(String text) {
        this.text = text;
    }

    /** The document's text, if {@code chars} is a piece of a document parsed by dcs; else null. */
    static String of(BasedSequence chars) {
        return chars.getBaseSequence().getBase() instanceof MarkdownSource source ? source.text : null;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
