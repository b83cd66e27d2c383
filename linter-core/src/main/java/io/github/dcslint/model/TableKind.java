package io.github.dcslint.model;

/** The syntax a table was written in. {@link #id()} is the name used in exports (as docutils' dump). */
public enum TableKind {
    GRID("grid"),
    SIMPLE("simple"),
    LIST_TABLE("list-table"),
    CSV_TABLE("csv-table"),
    /** A GitHub-flavoured Markdown pipe table. */
    PIPE("pipe");

    private final String id;

    TableKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
