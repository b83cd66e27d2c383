package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.FileStatefulCheck;
import io.github.dcslint.catalog.CatalogEntry;
import io.github.dcslint.facts.CodeUse;
import io.github.dcslint.facts.DocSet;
import io.github.dcslint.facts.Workspace;
import io.github.dcslint.model.ParsedDocument;
import io.github.dcslint.model.Table;
import io.github.dcslint.status.StatusTable;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reports, at a doc set's appendix table, a code the appendix lacks: one the catalog marks
 * required, or one that API pages of the doc set use. One finding per code, naming how many pages
 * use it and the first few. With several appendix pages, the first (by path) carries the findings
 * and a code counts as listed when any of them lists it.
 *
 * <p>Properties:
 * <ul>
 * <li>{@code checkRequired} - report codes the catalog marks required (boolean, default true)</li>
 * <li>{@code checkUsed} - report codes API pages use (boolean, default true)</li>
 * <li>{@code maxPagesNamed} - how many using pages a message names (int, default 3)</li>
 * <li>{@code catalogs} (see {@link AbstractDcsCheck})</li>
 * </ul>
 * Message keys: {@value #MSG_USED}, {@value #MSG_REQUIRED}.
 */
@FileStatefulCheck
public class MissingStatusCodeCheck extends AbstractDcsCheck {

    public static final String MSG_USED = "missing.status.code.used";
    public static final String MSG_REQUIRED = "missing.status.code.required";

    private boolean checkRequired = true;
    private boolean checkUsed = true;
    private int maxPagesNamed = 3;

    /**
     * Setter to specify whether codes the catalog marks required are reported when missing.
     *
     * @param value true to report them
     * @since 0.1.0
     */
    public void setCheckRequired(boolean value) {
        checkRequired = value;
    }

    /**
     * Setter to specify whether codes the doc set's API pages use are reported when missing.
     *
     * @param value true to report them
     * @since 0.1.0
     */
    public void setCheckUsed(boolean value) {
        checkUsed = value;
    }

    /**
     * Setter to specify how many of the pages using a missing code the message names.
     *
     * @param value at least 1
     * @throws IllegalArgumentException when below 1
     * @since 0.1.0
     */
    public void setMaxPagesNamed(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("maxPagesNamed must be at least 1, not " + value);
        }
        maxPagesNamed = value;
    }

    /** Every page with a status-code table: its codes decide what the appendix lacks. */
    @Override
    protected List<ParsedDocument> otherDocumentsRead(Workspace workspace) {
        return workspace.documents().stream().filter(d -> !workspace.statusTables(d).isEmpty()).toList();
    }

    @Override
    protected void check(ParsedDocument document, Workspace workspace) {
        DocSet docSet = workspace.docSetOf(document);
        if (!docSet.hasAppendix() || !docSet.appendixPages().get(0).file().equals(document.file())) {
            return;
        }
        List<StatusTable> tables = workspace.statusTables(document);
        if (tables.isEmpty()) {
            return;
        }
        Table at = tables.get(0).table();
        if (checkRequired) {
            for (CatalogEntry entry : catalog().requiredEntries()) {
                if (!docSet.lists(entry.code())) {
                    report(at.line(), at.column(), MSG_REQUIRED, String.valueOf(entry.code()),
                            entry.name() == null ? "" : entry.name(), sourceFile(entry.source()));
                }
            }
        }
        if (checkUsed) {
            for (Map.Entry<Integer, List<CodeUse>> unlisted : docSet.unlistedUses().entrySet()) {
                TreeSet<String> pages = new TreeSet<>();
                unlisted.getValue().forEach(use -> pages.add(docSet.relativePath(use.document())));
                report(at.line(), at.column(), MSG_USED, String.valueOf(unlisted.getKey()),
                        String.valueOf(pages.size()), firstFew(pages));
            }
        }
    }

    private String firstFew(TreeSet<String> pages) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String page : pages) {
            if (n == maxPagesNamed) {
                sb.append(", ...");
                break;
            }
            if (n > 0) {
                sb.append(", ");
            }
            sb.append(page);
            n++;
        }
        return sb.toString();
    }

    /** {@code org.csv:12} as {@code org.csv}. */
    private static String sourceFile(String source) {
        if (source == null) {
            return "the catalog";
        }
        int colon = source.lastIndexOf(':');
        return colon > 0 ? source.substring(0, colon) : source;
    }
}
