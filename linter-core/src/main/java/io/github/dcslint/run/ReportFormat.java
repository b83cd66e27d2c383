package io.github.dcslint.run;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A report file a run writes into its output directory. */
public enum ReportFormat {
    /** Checkstyle's XML format, read by CI servers and IDE plugins that read Checkstyle reports. */
    XML("xml", "dcs-result.xml"),
    /** SARIF 2.1.0, read by code-scanning services. */
    SARIF("sarif", "dcs-result.sarif"),
    /** The console lines, for people and for diffing two runs. */
    PLAIN("plain", "dcs-result.txt");

    private final String id;
    private final String fileName;

    ReportFormat(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    /** The name users write in {@code dcs.formats}. */
    public String id() {
        return id;
    }

    /** The report's file name in the output directory. */
    public String fileName() {
        return fileName;
    }

    /** The format named {@code id} (case-insensitive). */
    public static ReportFormat of(String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.id.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown report format \"" + id + "\"; use one of "
                + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", ")));
    }
}
