package io.github.dcslint.model;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything dcs takes from one file, read once.
 *
 * @param file           the file on disk
 * @param path           the file's path relative to its source root, with '/' separators
 * @param format         RST or Markdown
 * @param title          the document's first section title, or null
 * @param tables         its tables in document order
 * @param statusHeadings its {@code **Status code: NNN**} response headings
 * @param problems       what could not be read, in document order
 */
public record ParsedDocument(Path file, String path, DocumentFormat format, String title, List<Table> tables,
                             List<StatusHeading> statusHeadings, List<Problem> problems) {

    public ParsedDocument {
        tables = List.copyOf(tables);
        statusHeadings = List.copyOf(statusHeadings);
        problems = List.copyOf(problems);
    }
}
