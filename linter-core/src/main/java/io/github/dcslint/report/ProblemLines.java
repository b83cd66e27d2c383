package io.github.dcslint.report;

import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Problem;
import io.github.dcslint.parse.DocumentParser;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The source line of each problem a parse found (a table that does not line up, say), kept on
 * the parse thread while the text is in memory. A finding about a problem is not in a cell, so
 * {@link FindingContexts} shows its line; without this it read the file again on the thread
 * that runs the checks, 3-4 % of a full run's time (docs/benchmark.md, eleventh round).
 *
 * <p>A line is the line of the file as {@link FindingContexts} reads it: split at LF, CR and
 * CRLF. The parser's text has no byte order mark, which the file's first line would show; the
 * first line is therefore not kept, and read from the file when asked for. One instance serves
 * one run; {@link #forget} drops a doc set's lines once its findings are resolved.
 */
public final class ProblemLines implements DocumentParser.TextSeen {

    private final Map<Path, Map<Integer, String>> lines = new ConcurrentHashMap<>();

    @Override
    public void seen(ParsedDocument document, String text) {
        if (document.problems().isEmpty()) {
            return;
        }
        FindingContexts.SourceText source = null;
        Map<Integer, String> byLine = new HashMap<>();
        for (Problem problem : document.problems()) {
            if (problem.line() >= 2) {
                if (source == null) {
                    source = FindingContexts.SourceText.of(text);
                }
                byLine.put(problem.line(), source.line(problem.line()));
            }
        }
        if (!byLine.isEmpty()) {
            lines.put(FindingContexts.normalize(document.file()), byLine);
        }
    }

    /** Line {@code line} of {@code file} if it is a problem's line kept here, else null. */
    String line(Path file, int line) {
        Map<Integer, String> byLine = lines.get(FindingContexts.normalize(file));
        return byLine == null ? null : byLine.get(line);
    }

    /** Drops the lines of these files (their findings are resolved). */
    public void forget(Collection<Path> files) {
        files.forEach(file -> lines.remove(FindingContexts.normalize(file)));
    }
}
