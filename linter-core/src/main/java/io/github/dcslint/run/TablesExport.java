package io.github.dcslint.run;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export of tables wrote.
 *
 * @param files        the files read
 * @param tables       how many tables were written
 * @param problems     how many extraction problems were written
 * @param tablesFile   {@code tables.jsonl}, one JSON object per table
 * @param problemsFile {@code problems.jsonl}, one JSON object per extraction problem
 * @param warnings     what was skipped while scanning and why
 */
public record TablesExport(List<SourceFile> files, int tables, int problems, Path tablesFile, Path problemsFile,
                           List<String> warnings) {

    public TablesExport {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
