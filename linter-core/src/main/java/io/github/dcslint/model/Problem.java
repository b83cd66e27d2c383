package io.github.dcslint.model;

/**
 * Something in a document that could not be read as the author meant: a grid table whose
 * borders do not line up, bytes that are not UTF-8, a csv-table that does not parse.
 *
 * @param line    1-based line
 * @param column  1-based column
 * @param message what is wrong and, where it helps, how to fix it (one sentence, no period)
 */
public record Problem(int line, int column, String message) {
}
