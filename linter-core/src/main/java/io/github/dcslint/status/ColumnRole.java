package io.github.dcslint.status;

/** What a column of a status-code table holds. */
public enum ColumnRole {
    /** The numeric status code ("Status Code", "HTTP Status Code", "Returned Value"). */
    CODE,
    /** The reason phrase ("Name", "Status", "Message", "Type"). */
    NAME,
    /** Both in one cell: {@code 400 Bad Request}, {@code **404** Not Found}. */
    CODE_AND_NAME,
    /** What the code means here ("Description"). */
    DESCRIPTION,
    /** Anything else. */
    OTHER
}
