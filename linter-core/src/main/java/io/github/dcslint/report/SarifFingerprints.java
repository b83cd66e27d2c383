package io.github.dcslint.report;

import java.util.List;

/**
 * Stable {@code partialFingerprints} for SARIF results, so code scanning tracks a finding across
 * commits. SARIF 2.1.0, 3.27.17: "a set of strings that contribute to the stable, unique
 * identity of the result". The value is the SHA-256 of the finding's {@link FindingKey} (file,
 * rule, row code, cell text: no line number, so an edit above the finding keeps it) and, after a
 * colon, the finding's occurrence index among findings with the same key, as GitHub's own
 * {@code primaryLocationLineHash} does ({@code hash:index}).
 */
public final class SarifFingerprints {

    /** The fingerprint's name; the version part changes if the key ever changes meaning. */
    public static final String NAME = "dcsFindingKey/v1";

    private final List<Finding> findings;
    private final List<Integer> occurrences;
    private final FindingContexts contexts;

    /** Fingerprints for {@code findings} in the order the SARIF lists them. */
    public SarifFingerprints(List<Finding> findings, FindingContexts contexts) {
        this.findings = List.copyOf(findings);
        this.contexts = contexts;
        this.occurrences = contexts.occurrenceIndexes(this.findings);
    }

    /** The fingerprint of the {@code index}-th finding. */
    public String of(int index) {
        return contexts.keyOf(findings.get(index)).digest() + ":" + occurrences.get(index);
    }
}
