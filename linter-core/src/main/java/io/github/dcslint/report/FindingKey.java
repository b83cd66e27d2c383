package io.github.dcslint.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What identifies a finding across commits: its file, rule, the status code of its row and the
 * offending cell's text. Line and column are left out on purpose, so an edit above a finding
 * (lines shifting) does not make it a new finding. Two findings with the same key in one file
 * are told apart by their occurrence index in report order (see {@link FindingKeys}).
 *
 * @param path   the file's path relative to its source root, '/' separated
 * @param ruleId the rule's ID
 * @param code   the row's status code, or ""
 * @param text   the offending cell's text, or ""
 */
public record FindingKey(String path, String ruleId, String code, String text) {

    public FindingKey {
        code = code == null ? "" : code;
        text = text == null ? "" : text;
    }

    public static FindingKey of(Finding finding, FindingContext context) {
        return new FindingKey(finding.path(), finding.ruleId(), context.code(), context.text());
    }

    /** SHA-256 of the four parts, hex; NUL separates them so no two keys share a digest input. */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String joined = path + '\0' + ruleId + '\0' + code + '\0' + text;
            return HexFormat.of().formatHex(sha.digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
