package io.github.dcslint.baseline;

import io.github.dcslint.report.FindingKey;

/**
 * Findings accepted as they are: {@code count} findings of one rule in one file, about cells
 * with the same text in rows with the same code. No line number: an entry still matches after
 * lines are added or removed above it.
 *
 * @param path    the file's path relative to its source root, '/' separated
 * @param rule    the rule's ID
 * @param code    the row's status code, or ""
 * @param text    the offending cell's text, or ""
 * @param message the first matching finding's message when the baseline was written, for people
 *                reading the file (not part of the key: a reworded message keeps the entry)
 * @param count   how many such findings are accepted, at least 1
 */
public record BaselineEntry(String path, String rule, String code, String text, String message, int count) {

    public BaselineEntry {
        code = code == null ? "" : code;
        text = text == null ? "" : text;
        message = message == null ? "" : message;
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
    }

    public FindingKey key() {
        return new FindingKey(path, rule, code, text);
    }
}
