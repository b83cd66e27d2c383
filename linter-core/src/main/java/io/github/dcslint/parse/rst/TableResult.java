package io.github.dcslint.parse.rst;

import io.github.dcslint.model.Problem;

/**
 * What a grid or simple table parser made of the lines at a table start.
 *
 * @param table       the table, or null when the markup is malformed
 * @param problem     why the table could not be read (with the position to report), or null
 * @param next        index of the first line after what the parser consumed
 * @param blankFinish whether a blank line (or the end of the block) follows the table
 */
record TableResult(RawTable table, Problem problem, int next, boolean blankFinish) {
}
