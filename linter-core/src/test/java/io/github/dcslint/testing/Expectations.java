package io.github.dcslint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expected findings written by hand inside a test input, in the input's own comment syntax:
 *
 * <pre>
 * .. expect: StatusNameMismatch +3:17 "Not Found"          (RST)
 * &lt;!-- expect: StatusNameMismatch +3:17 "Not Found" --&gt;   (Markdown)
 * </pre>
 *
 * {@code +3} is how many lines below the comment the finding sits (a comment cannot go inside a
 * table), {@code 17} its 1-based column, and the quoted text must appear in the message.
 * A file whose bytes cannot carry comments (invalid UTF-8, UTF-16, binary) has a sidecar
 * {@code NAME.expect} with lines {@code RuleId LINE:COL "fragment"} (absolute line).
 * A file with no expectation must produce no finding.
 */
public final class Expectations {

    /** One expected finding, at an absolute position. */
    public record Expected(String rule, int line, int column, String fragment) {
        @Override
        public String toString() {
            return line + ":" + column + " " + rule + " \"" + fragment + "\"";
        }
    }

    private static final Pattern INLINE = Pattern.compile(
            "^\\s*(?:\\.\\.|<!--)\\s*expect:\\s*(\\w+)\\s+\\+(\\d+):(\\d+)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern SIDECAR = Pattern.compile(
            "^\\s*(\\w+)\\s+(\\d+):(\\d+)\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$");

    private Expectations() {
    }

    /** Reads the expectations of {@code input}: its sidecar if there is one, else its comments. */
    public static List<Expected> of(Path input) throws IOException {
        Path sidecar = input.resolveSibling(input.getFileName() + ".expect");
        List<Expected> out = new ArrayList<>();
        if (Files.exists(sidecar)) {
            int n = 0;
            for (String line : Files.readAllLines(sidecar, StandardCharsets.UTF_8)) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = SIDECAR.matcher(line);
                if (!m.matches()) {
                    throw new IllegalArgumentException(sidecar + ":" + n + ": not an expectation: " + line);
                }
                out.add(new Expected(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        unescape(m.group(4))));
            }
            return out;
        }
        String text = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = INLINE.matcher(lines[i]);
            if (m.find()) {
                int line = i + 1 + Integer.parseInt(m.group(2));
                out.add(new Expected(m.group(1), line, Integer.parseInt(m.group(3)), unescape(m.group(4))));
            }
        }
        return out;
    }

    /** Only the expectations for one rule. */
    public static List<Expected> of(Path input, String rule) throws IOException {
        return of(input).stream().filter(e -> e.rule().equals(rule)).toList();
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    /** The project root (set by surefire), for reaching testdata/ and ../shared. */
    public static Path projectRoot() {
        String root = System.getProperty("dcs.projectRoot");
        if (root != null) {
            return Path.of(root);
        }
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("testdata")) ? here : here.getParent();
    }

    /** testdata/ of this project. */
    public static Path testdata() {
        return projectRoot().resolve("testdata");
    }

    /** The shared, read-only corpus folder (../shared beside the project root). */
    public static Path shared() {
        String shared = System.getProperty("dcs.shared");
        return shared != null ? Path.of(shared).normalize() : projectRoot().resolve("../shared").normalize();
    }
}
