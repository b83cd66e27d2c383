package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.Checker;
import com.puppycrawl.tools.checkstyle.api.AuditEvent;
import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import com.puppycrawl.tools.checkstyle.api.Configuration;
import com.puppycrawl.tools.checkstyle.api.FileText;
import com.puppycrawl.tools.checkstyle.api.Filter;
import com.puppycrawl.tools.checkstyle.filters.SuppressWithPlainTextCommentFilter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checkstyle's {@link Checker}, with each {@link SuppressWithPlainTextCommentFilter} asked only
 * about files that hold one of its comments.
 *
 * <p>Why: that filter reads the whole file again and matches every line against its patterns for
 * every single finding (Checkstyle 12.3.1, {@code accept} calls {@code getFileText} per event), and
 * the default rules configure two of them (RST and Markdown). Profiles of cached runs showed it as
 * a quarter of the run. Here a file with findings is read once per run, shared by all such
 * filters; a file with no line matching a filter's off or on pattern has no suppression for that
 * filter, so the event is accepted without asking it, as the filter itself would.
 */
final class DcsChecker extends Checker {

    private static final String DEFAULT_OFF_FORMAT = "// CHECKSTYLE:OFF";
    private static final String DEFAULT_ON_FORMAT = "// CHECKSTYLE:ON";

    /** The lines of each file with findings in this run, read once; empty if it cannot be read. */
    private final Map<String, Optional<List<String>>> linesOfFile = new ConcurrentHashMap<>();
    /** The configuration of the child being set up, so that {@link #addFilter} knows its patterns. */
    private Configuration childBeingSetUp;
    private final List<CommentPrefilter> prefilters = new ArrayList<>();

    @Override
    protected void setupChild(Configuration childConf) throws CheckstyleException {
        childBeingSetUp = childConf;
        try {
            super.setupChild(childConf);
        } finally {
            childBeingSetUp = null;
        }
    }

    @Override
    public void addFilter(Filter filter) {
        if (filter instanceof SuppressWithPlainTextCommentFilter && childBeingSetUp != null) {
            try {
                Pattern off = Pattern.compile(property(childBeingSetUp, "offCommentFormat", DEFAULT_OFF_FORMAT));
                Pattern on = Pattern.compile(property(childBeingSetUp, "onCommentFormat", DEFAULT_ON_FORMAT));
                CommentPrefilter prefilter = new CommentPrefilter(filter, off, on);
                prefilters.add(prefilter);
                super.addFilter(prefilter);
                return;
            } catch (CheckstyleException | RuntimeException e) {
                // Patterns we cannot read as the filter did: leave the filter to itself.
            }
        }
        super.addFilter(filter);
    }

    @Override
    public int process(List<File> files) throws CheckstyleException {
        try {
            return super.process(files);
        } finally {
            // Files may change before the next run (cached runs reuse nothing from this map).
            linesOfFile.clear();
            prefilters.forEach(prefilter -> prefilter.hasComment.clear());
        }
    }

    private static String property(Configuration configuration, String name, String fallback)
            throws CheckstyleException {
        for (String present : configuration.getPropertyNames()) {
            if (present.equals(name)) {
                return configuration.getProperty(name);
            }
        }
        return fallback;
    }

    private Optional<List<String>> lines(String fileName) {
        return linesOfFile.computeIfAbsent(fileName, name -> {
            File file = new File(name);
            if (file.isDirectory()) {
                return Optional.empty();
            }
            try {
                // The same reading as the filter's own (FileText, UTF-8), so lines split alike.
                FileText text = new FileText(file, StandardCharsets.UTF_8.name());
                return Optional.of(List.of(text.toLinesArray()));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** Asks the wrapped filter only when the event's file holds one of its comments. */
    private final class CommentPrefilter implements Filter {
        private final Filter filter;
        private final Pattern off;
        private final Pattern on;
        private final Map<String, Boolean> hasComment = new ConcurrentHashMap<>();

        CommentPrefilter(Filter filter, Pattern off, Pattern on) {
            this.filter = filter;
            this.off = off;
            this.on = on;
        }

        @Override
        public boolean accept(AuditEvent event) {
            if (event.getViolation() == null || event.getFileName() == null) {
                return filter.accept(event);
            }
            Optional<List<String>> lines = lines(event.getFileName());
            if (lines.isEmpty()) {
                // Unreadable or a directory: the filter's own behaviour (accept, or its error) applies.
                return filter.accept(event);
            }
            boolean comment = hasComment.computeIfAbsent(event.getFileName(), name -> lines.get().stream()
                    .anyMatch(line -> off.matcher(line).find() || on.matcher(line).find()));
            return !comment || filter.accept(event);
        }
    }
}
