package io.github.dcslint.parse.markdown;

import io.github.dcslint.model.DocumentFormat;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.ParseOptions;

import java.nio.file.Path;
import java.util.List;

/** Extracts GFM pipe tables, headings and status headings from Markdown, through flexmark. */
public final class MarkdownParser {

    private MarkdownParser() {
    }

    /** Parses decoded text (no BOM). Never throws for bad input: problems go into the document. */
    public static ParsedDocument parse(Path file, String path, String text, ParseOptions options) {
        // TODO(markdown): not yet written
        return new ParsedDocument(file, path, DocumentFormat.MARKDOWN, null, List.of(), List.of(), List.of());
    }
}
