package io.github.dcslint.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dcslint.DcsConfigurationException;
import io.github.dcslint.catalog.CatalogEntry;
import io.github.dcslint.catalog.StatusCatalog;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzz target for the catalog loader. Any text is either a catalog whose entries are codes
 * 100-599 with a source, or one {@link DcsConfigurationException} saying {@code fuzz.csv:LINE:}
 * with a line inside the text and a reason in one sentence. Nothing else may escape, and one
 * input is read in well under a second. Seeds: {@code CatalogFuzzTestInputs/catalogText/}.
 */
class CatalogFuzzTest {

    private static final Pattern WHERE = Pattern.compile("^fuzz\\.csv:(\\d+): \\S");
    private static final long MAX_MILLIS_PER_INPUT = 5_000;

    static {
        // class loading is not the input's cost
        try {
            StatusCatalog.read("warm.csv", new StringReader("Code,Name\n200,OK\n"));
        } catch (DcsConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void catalogText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        long lines = text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
        long start = System.nanoTime();
        try {
            StatusCatalog catalog = StatusCatalog.read("fuzz.csv", new StringReader(text));
            for (CatalogEntry entry : catalog.entries()) {
                if (entry.code() < 100 || entry.code() > 599 || entry.source() == null || entry.status() == null) {
                    throw new AssertionError("bad entry " + entry);
                }
            }
        } catch (DcsConfigurationException e) {
            Matcher where = WHERE.matcher(e.getMessage());
            if (!where.find()) {
                throw new AssertionError("error does not start with fuzz.csv:LINE: " + e.getMessage());
            }
            long line = Long.parseLong(where.group(1));
            if (line < 1 || line > lines) {
                throw new AssertionError("error at line " + line + " of " + lines + ": " + e.getMessage());
            }
            if (e.getMessage().endsWith(".")) {
                throw new AssertionError("error ends with a period: " + e.getMessage());
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > MAX_MILLIS_PER_INPUT) {
            throw new AssertionError("catalog of " + input.length + " bytes took " + millis + " ms");
        }
    }
}
