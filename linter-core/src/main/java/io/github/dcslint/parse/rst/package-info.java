/**
 * reStructuredText tables as docutils 0.19 reads them, without Python.
 *
 * <p>{@link io.github.dcslint.parse.rst.RstParser} is the only public class. Inside:
 * {@code RstScanner} owns the line loop and recognises body constructs in docutils' order of
 * {@code Body} transitions (so tables are found where docutils finds them and nowhere else: not in
 * literal blocks, comments, code blocks, paragraph continuations); {@code GridTableParser},
 * {@code SimpleTableParser}, {@code ListTableParser} and {@code CsvTableParser} each answer
 * {@code Factory.tryStart} and build a {@code RawTable}; cell content is parsed again as RST body
 * by the scanner, and {@code InlineReducer} reduces inline markup to docutils' {@code astext()}.
 * Table parsers never read files: csv-table {@code :file:} goes through a resolver that refuses
 * paths outside the source root.
 *
 * <p>Measured against docutils ({@code DocutilsAgreementTest}, and differential runs on generated
 * documents) the tables, texts, spans, captions and section paths agree. Known, deliberate
 * differences, all about positions:
 * <ul>
 *   <li>docutils gives no line to a cell holding only a comment, line block, doctest or code
 *       block (and to a cell whose only text was dropped); dcs gives its first character's line;</li>
 *   <li>inside a cell docutils numbers what it counts with {@code abs_line_number()} one line too
 *       far per level of cells (targets, nested tables, their error messages); dcs keeps real lines;</li>
 *   <li>csv-table cells get line 1 from docutils; dcs gives where their text is (header cells from
 *       {@code :header:} and data from {@code :file:} are placed at the directive);</li>
 *   <li>a grid table cut at its last good border gets a wrong line from docutils (two lines too
 *       early); dcs gives its first border line;</li>
 *   <li>duplicate explicit target names are not tracked: docutils' "Duplicate explicit target
 *       name" message beside a table in a table directive nested in another one would make the
 *       outer directive fail;</li>
 *   <li>{@code .. include::} is not followed (the tables of an included .rst file are found when
 *       that file is read itself); the OTC corpus has no include.</li>
 * </ul>
 * Where docutils itself fails (an AssertionError on grid cells that do not fit together) or
 * recurses without bound, dcs reports a problem and goes on.
 */
package io.github.dcslint.parse.rst;
