package io.github.dcslint.model;

/** The markup language of a document, chosen by file extension. */
public enum DocumentFormat {
    RST,
    MARKDOWN;

    /** The format for a file name, or null when dcs does not read such files. */
    public static DocumentFormat forFileName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".rst") || lower.endsWith(".rest")) {
            return RST;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MARKDOWN;
        }
        return null;
    }
}
