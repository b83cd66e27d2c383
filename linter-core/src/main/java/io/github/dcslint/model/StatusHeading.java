package io.github.dcslint.model;

/**
 * A response heading such as {@code **Status code: 400**} on an API page.
 *
 * @param line   1-based line of the heading
 * @param column 1-based column of the code's first digit
 * @param code   the code as written ({@code 400}, or whatever follows "Status code:")
 */
public record StatusHeading(int line, int column, String code) {
}
