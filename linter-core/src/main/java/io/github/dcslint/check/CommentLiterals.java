package io.github.dcslint.check;

import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.parse.DocumentParser;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which of the comment filters' required literals ({@link DcsChecker#requiredLiteral}) each
 * document's text holds, found on the parse threads while the text is in memory. Without it the
 * filters read every file with a finding again on the thread that runs the checks, most of it
 * at the end of a pass, where that thread works alone: 2-4 % of a full run's time
 * (docs/benchmark.md, eleventh round).
 *
 * <p>The parse threads may start before the rules are loaded; a text seen before
 * {@link #watch} is not searched, and the filter then reads its file as before. Both ways
 * answer the same question of the same bytes. One instance serves one run; {@link #forget}
 * drops a doc set's entries once it is checked, so what it holds does not grow with the files.
 */
public final class CommentLiterals implements DocumentParser.TextSeen {

    /** The literals to look for; null until the rules are loaded. */
    private volatile List<String> literals;
    private final Map<Path, Set<String>> found = new ConcurrentHashMap<>();

    /** Starts looking for {@code literals} in the texts seen from now on. */
    public void watch(Collection<String> literals) {
        this.literals = List.copyOf(literals);
    }

    @Override
    public void seen(ParsedDocument document, String text) {
        seen(document.file(), text);
    }

    void seen(Path file, String text) {
        List<String> wanted = literals;
        if (wanted == null || wanted.isEmpty()) {
            return;
        }
        Set<String> present = new HashSet<>();
        for (String literal : wanted) {
            if (text.contains(literal)) {
                present.add(literal);
            }
        }
        found.put(file, Set.copyOf(present));
    }

    /**
     * The literals (of those watched for) that {@code file}'s text holds, or null when its text
     * was not seen since {@link #watch} (so the caller must read the file).
     */
    Set<String> in(Path file) {
        return found.get(file);
    }

    /** Drops what is known of these files (their doc set is checked). */
    public void forget(Collection<Path> files) {
        files.forEach(found::remove);
    }
}
