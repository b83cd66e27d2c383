package io.github.dcslint.corpus;

import io.github.dcslint.testing.Expectations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;

/**
 * The default rules over the real Markdown corpus ({@code ../shared/corpus/markdown}: Kubernetes
 * client, Microsoft Graph and Slate docs): every finding of
 * {@code testdata/corpus/markdown-expected.txt} (written by reading the documents) is reported.
 */
class MarkdownCorpusFindingsTest {

    private static CorpusFindings run;

    @BeforeAll
    static void runDefaultRulesOverTheCorpus() throws Exception {
        run = CorpusFindings.run("Markdown corpus", Expectations.shared().resolve("corpus/markdown"));
    }

    @Test
    void everyExpectedFindingIsReported() throws IOException {
        run.assertExpectedReported("Markdown corpus", Expectations.testdata().resolve("corpus/markdown-expected.txt"));
    }

    @Test
    void noInternalErrors() {
        run.assertNoInternalErrors();
    }
}
