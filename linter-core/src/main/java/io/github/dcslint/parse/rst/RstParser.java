package io.github.dcslint.parse.rst;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.ParseOptions;

import java.nio.file.Path;
import java.util.List;

/** Extracts tables, section titles and status headings from reStructuredText. */
public final class RstParser {

    private RstParser() {
    }

    /** Parses decoded text (no BOM). Never throws for bad input: problems go into the document. */
    public static ParsedDocument parse(Path file, String path, String text, ParseOptions options) {
        // TODO(rst): not yet written
        return new ParsedDocument(file, path, DocumentFormat.RST, null, List.of(), List.of(), List.of());
    }
}
