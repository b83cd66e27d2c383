package io.github.dcslint.parse.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * The little of docutils' doctree that dcs needs: what a body element shows ({@code astext()}),
 * the source line docutils gives it, its children, and whether it is a table or a bullet list
 * (the {@code table}, {@code list-table} directives look at that).
 */
final class Node {

    enum Kind {
        /** A text element: paragraph, literal block, comment, title, term... */
        TEXT,
        /** An element whose text is its children's, joined by blank lines. */
        ELEMENT,
        TABLE,
        BULLET_LIST,
        LIST_ITEM,
        /** A system message: counts as a child, but its text is left out of cell text. */
        MESSAGE
    }

    final Kind kind;
    /** 1-based source line as docutils gives it, or 0 when docutils gives none. */
    final int line;
    /** 0-based column of the first character, or -1. */
    final int column;
    /** The text, or null; for a node made by {@link #inline}, null until first read ({@link #text()}). */
    private String text;
    /** For a node made by {@link #inline}: its RST source, whose reduction is its text. */
    private final String markup;
    final List<Node> children = new ArrayList<>();
    /** For {@link Kind#TABLE}: the index of the table in the document's table list. */
    int tableIndex = -1;
    /** For list items: where the item's marker is (docutils gives list items no line). */
    int markLine;
    int markColumn = -1;

    Node(Kind kind, int line, int column, String text) {
        this(kind, line, column, text, null);
    }

    private Node(Kind kind, int line, int column, String text, String markup) {
        this.kind = kind;
        this.line = line;
        this.column = column;
        this.text = text;
        this.markup = markup;
    }

    static Node text(String text, int line, int column) {
        return new Node(Kind.TEXT, line, column, text);
    }

    /**
     * A text element showing RST {@code markup} with its inline markup reduced
     * ({@link InlineReducer#reduce(String)}), reduced when first read: only table cells' texts
     * are read, and a verify run reads few of those (the reduction of every paragraph was a
     * tenth of a run, JFR). The reduction is a pure function of the markup, so the text is the
     * same whenever and on whichever thread it is read.
     */
    static Node inline(String markup, int line, int column) {
        return new Node(Kind.TEXT, line, column, null, markup);
    }

    /** The element's own text (its children's aside), or null. */
    String text() {
        String current = text;
        if (current == null && markup != null) {
            current = InlineReducer.reduce(markup);
            // two threads may both reduce it: the same text, either may be kept
            text = current;
        }
        return current;
    }

    static Node element(int line, int column) {
        return new Node(Kind.ELEMENT, line, column, null);
    }

    static Node message() {
        return new Node(Kind.MESSAGE, 0, -1, null);
    }

    Node add(Node child) {
        children.add(child);
        return this;
    }

    /** astext() with system messages left out, whitespace not yet normalised. */
    String astext() {
        // most table cells: one paragraph, whose text is all there is (no builder, no copy)
        if (text == null && kind != Kind.MESSAGE && children.size() == 1) {
            Node only = children.get(0);
            String onlyText = only.kind == Kind.TEXT && only.children.isEmpty() ? only.text() : null;
            if (onlyText != null) {
                return onlyText;
            }
        }
        StringBuilder out = new StringBuilder();
        appendText(out);
        return out.toString();
    }

    /** astext() with system messages left out, whitespace not yet normalised, added to {@code out}. */
    void appendText(StringBuilder out) {
        if (kind == Kind.MESSAGE) {
            return;
        }
        String own = text();
        if (own != null) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(own);
        }
        for (Node child : children) {
            child.appendText(out);
        }
    }

    /** The smallest line of this node and its descendants (messages left out), or 0. */
    int minLine() {
        if (kind == Kind.MESSAGE) {
            return 0;
        }
        int best = line;
        for (Node child : children) {
            int l = child.minLine();
            if (l > 0 && (best == 0 || l < best)) {
                best = l;
            }
        }
        return best;
    }

    /** {line, column} of the first node (pre-order) on {@code line} that has a column, or null. */
    static int[] positionOf(Node node, int line) {
        if (node.kind == Kind.MESSAGE) {
            return null;
        }
        if ((line == 0 || node.line == line) && node.column >= 0 && node.line > 0) {
            return new int[] {node.line, node.column};
        }
        for (Node child : node.children) {
            int[] found = positionOf(child, line);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Python's ' '.join(text.split()): runs of Unicode whitespace to one space, trimmed. */
    static String normalize(String s) {
        if (isNormal(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (InlineReducer.isSpace(c) || c == '\u001c' || c == '\u001d' || c == '\u001e' || c == '\u001f') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** No whitespace but single spaces between other characters: normalize would change nothing. */
    private static boolean isNormal(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || s.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c <= ' ' || c >= 0x7F && InlineReducer.isSpace(c)) {
                return false;
            }
        }
        return true;
    }
}
