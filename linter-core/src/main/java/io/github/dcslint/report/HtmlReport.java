package io.github.dcslint.report;

import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import io.github.dcslint.catalog.CatalogEntry;
import io.github.dcslint.catalog.StatusCatalog;
import io.github.dcslint.model.Cell;
import io.github.dcslint.model.Row;
import io.github.dcslint.model.Table;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The findings as one HTML page ({@code dcs-report.html}, and the {@code report} goal's page in
 * {@code mvn site}): grouped by file, each finding with the offending table row shown (header
 * and row, the offending cell marked) and the catalog's expected value beside it. The page
 * needs no network: styles are inline, there are no scripts, fonts or images, and all text from
 * documents is escaped.
 */
public final class HtmlReport {

    /** The page's only style sheet, inline; also put into the site page. */
    // Class names avoid Bootstrap's (row, label, badge...): Maven site skins load Bootstrap, whose
    // .row margins pushed the table out of its card and .label painted a grey bar in mvn site.
    public static final String STYLE = """
            .dcs{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;\
            max-width:72rem;margin:0 auto;padding:1rem 1.5rem;line-height:1.45}
            .dcs h1{font-size:1.6rem;margin:.2rem 0 .4rem}
            .dcs h2{font-size:1.15rem;margin:1.6rem 0 .6rem;padding-bottom:.3rem;border-bottom:1px solid #d0d7de;\
            font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
            .dcs .totals{font-size:1.05rem;margin:.2rem 0 .8rem}
            .dcs .note{color:#57606a;margin:.2rem 0}
            .dcs nav summary{cursor:pointer;color:#57606a;margin:.4rem 0}
            .dcs nav ul{list-style:none;padding:0;margin:.3rem 0 1rem}
            .dcs nav li{overflow-wrap:anywhere;margin:.1rem 0}
            .dcs nav a{color:#0969da;text-decoration:none;font-family:ui-monospace,Menlo,Consolas,monospace;\
            font-size:.85rem}
            .dcs .finding{border:1px solid #d0d7de;border-left-width:5px;border-radius:6px;padding:.6rem .8rem;\
            margin:.7rem 0;background:#fff}
            .dcs .finding.error{border-left-color:#cf222e}.dcs .finding.warning{border-left-color:#bf8700}\
            .dcs .finding.info{border-left-color:#0969da}
            .dcs .sev{display:inline-block;min-width:4.2rem;text-align:center;border-radius:1rem;padding:0 .5rem;\
            font-size:.8rem;font-weight:600;color:#fff}
            .dcs .sev.error{background:#cf222e}.dcs .sev.warning{background:#9a6700}.dcs .sev.info{background:#0969da}
            .dcs .where{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9rem;margin-left:.4rem}
            .dcs .rule{font-weight:600;margin-left:.4rem}
            .dcs .msg{margin:.35rem 0 .5rem}
            .dcs .evidence{display:flex;gap:1rem;flex-wrap:wrap;align-items:flex-start}
            .dcs table.table-row{border-collapse:collapse;font-size:.9rem;flex:1 1 30rem}
            .dcs table.table-row th,.dcs table.table-row td{border:1px solid #d0d7de;padding:.25rem .5rem;text-align:left;\
            vertical-align:top}
            .dcs table.table-row th{background:#f6f8fa}
            .dcs table.table-row td.offending{background:#ffebe9;outline:2px solid #cf222e;outline-offset:-2px}
            .dcs .expected{flex:0 1 18rem;background:#dafbe1;border:1px solid #aceebb;border-radius:6px;\
            padding:.4rem .6rem;font-size:.9rem}
            .dcs .expected .expected-label{display:block;font-size:.75rem;text-transform:uppercase;letter-spacing:.04em;\
            color:#1a7f37;font-weight:600}
            .dcs .source{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem;background:#f6f8fa;\
            padding:.25rem .5rem;border-radius:4px;white-space:pre-wrap;flex:1 1 30rem}
            """;

    private final RepositoryPaths paths;
    private final FindingContexts contexts;
    private final StatusCatalog catalog;

    /**
     * @param paths    how files are named (relative to the repository root)
     * @param contexts where rows and cells come from
     * @param catalog  where expected names and descriptions come from
     */
    public HtmlReport(RepositoryPaths paths, FindingContexts contexts, StatusCatalog catalog) {
        this.paths = paths;
        this.contexts = contexts;
        this.catalog = catalog;
    }

    /** The standalone page. */
    public void write(List<Finding> findings, int filesChecked, List<String> notes, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                // no network: forbid every fetch, allow only the inline style
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<title>dcs report</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
        out.write(body(findings, filesChecked, notes));
        out.write("</body>\n</html>\n");
    }

    /** The page's content (also the site report's), inside {@code <div class="dcs">}. */
    public String body(List<Finding> findings, int filesChecked, List<String> notes) {
        StringBuilder html = new StringBuilder("<div class=\"dcs\">\n<h1>dcs report</h1>\n");
        html.append("<p class=\"totals\">").append(escape(PullRequestSummary.totals(findings, filesChecked)
                .replaceFirst("^dcs: ", ""))).append("</p>\n");
        for (String note : notes) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(java.util.Comparator.comparing((Finding f) -> paths.of(f)).thenComparing(Finding.ORDER));
        for (Finding finding : ordered) {
            byFile.computeIfAbsent(paths.of(finding), p -> new ArrayList<>()).add(finding);
        }
        if (byFile.size() > 1) {
            // Collapsed: a doc set with a hundred pages of findings would bury the first finding.
            html.append("<nav><details").append(byFile.size() <= 12 ? " open" : "").append("><summary>")
                    .append(byFile.size()).append(" files with findings</summary><ul>\n");
            int index = 0;
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                html.append("<li><a href=\"#file-").append(++index).append("\">").append(escape(file.getKey()))
                        .append("</a> (").append(file.getValue().size()).append(")</li>\n");
            }
            html.append("</ul></details></nav>\n");
        }
        int index = 0;
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            html.append("<section id=\"file-").append(++index).append("\">\n<h2>").append(escape(file.getKey()))
                    .append("</h2>\n");
            for (Finding finding : file.getValue()) {
                finding(html, finding);
            }
            html.append("</section>\n");
        }
        return html.append("</div>\n").toString();
    }

    private void finding(StringBuilder html, Finding finding) {
        String severity = cssClass(finding.severity());
        FindingContext context = contexts.contextOf(finding);
        html.append("<article class=\"finding ").append(severity).append("\">\n<div><span class=\"sev ")
                .append(severity).append("\">").append(escape(finding.severity().getName())).append("</span>")
                .append("<span class=\"where\">line ").append(finding.line()).append(", column ")
                .append(finding.column()).append("</span><span class=\"rule\">").append(escape(finding.ruleId()))
                .append("</span></div>\n<p class=\"msg\">").append(escape(finding.message())).append("</p>\n")
                .append("<div class=\"evidence\">\n");
        if (context.row() != null) {
            row(html, context);
        } else if (!context.text().isEmpty()) {
            html.append("<div class=\"source\">").append(escape(context.text())).append("</div>\n");
        }
        html.append("<div class=\"expected\"><span class=\"expected-label\">Catalog expects</span>")
                .append(expected(context.code())).append("</div>\n</div>\n</article>\n");
    }

    /** The offending row under its table's last header row, the offending cell marked. */
    private static void row(StringBuilder html, FindingContext context) {
        Table table = context.table();
        html.append("<table class=\"table-row\">\n");
        if (!table.header().isEmpty()) {
            Row header = table.header().get(table.header().size() - 1);
            html.append("<thead><tr>");
            for (Cell cell : header.cells()) {
                html.append("<th").append(span(cell)).append(">").append(escape(cell.text())).append("</th>");
            }
            html.append("</tr></thead>\n");
        }
        html.append("<tbody><tr>");
        for (Cell cell : context.row().cells()) {
            html.append(cell == context.cell() ? "<td class=\"offending\"" : "<td").append(span(cell)).append(">")
                    .append(escape(cell.text())).append("</td>");
        }
        html.append("</tr></tbody>\n</table>\n");
    }

    private static String span(Cell cell) {
        return cell.moreCols() > 0 ? " colspan=\"" + (cell.moreCols() + 1) + "\"" : "";
    }

    /** What the catalog says about the row's code, escaped HTML. */
    private String expected(String code) {
        if (!code.matches("[1-5][0-9]{2}")) {
            return code.isEmpty() ? "<i>no status code in this row</i>"
                    : "a three-digit code (100-599), not <b>" + escape(code) + "</b>";
        }
        Optional<CatalogEntry> entry = catalog.lookup(Integer.parseInt(code));
        if (entry.isEmpty()) {
            return "<b>" + code + "</b> is not in the catalog";
        }
        if (entry.get().name() == null) {
            return "<b>" + code + "</b> is " + (entry.get().status() == CatalogEntry.Status.UNUSED
                    ? "reserved and unused" : "unassigned") + ": no document should list it";
        }
        StringBuilder text = new StringBuilder("<b>").append(code).append(' ').append(escape(entry.get().name()))
                .append("</b>");
        if (entry.get().status() == CatalogEntry.Status.OBSOLETED) {
            text.append(" (obsoleted)");
        }
        if (entry.get().description() != null && !entry.get().description().isBlank()) {
            text.append("<br>").append(escape(entry.get().description()));
        }
        return text.toString();
    }

    private static String cssClass(SeverityLevel severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, IGNORE -> "info";
        };
    }

    /** Text as HTML: the five characters that can start markup or end an attribute, and line breaks. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br>");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
