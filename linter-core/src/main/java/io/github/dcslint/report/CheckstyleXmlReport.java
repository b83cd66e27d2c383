package io.github.dcslint.report;

import io.github.dcslint.DcsVersion;

import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.SourceFile;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings in Checkstyle's XML format ({@code <checkstyle><file name=".."><error line=".."
 * column=".." severity=".." message=".." source=".."/>}), which Jenkins, GitLab converters and
 * IDE plugins read. As Checkstyle's own XMLLogger does, every checked file is listed, with or
 * without errors, by absolute path; {@code source} holds the rule ID.
 */
public final class CheckstyleXmlReport {

    public void write(DcsResult result, Writer out) throws IOException {
        Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
        for (SourceFile file : result.files()) {
            byFile.put(file.file(), new ArrayList<>());
        }
        for (Finding finding : result.findings()) {
            byFile.computeIfAbsent(finding.file(), f -> new ArrayList<>()).add(finding);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("checkstyle");
            xml.writeAttribute("version", DcsVersion.get());
            xml.writeCharacters("\n");
            for (Map.Entry<Path, List<Finding>> entry : byFile.entrySet()) {
                xml.writeStartElement("file");
                xml.writeAttribute("name", xmlSafe(entry.getKey().toAbsolutePath().toString()));
                xml.writeCharacters("\n");
                for (Finding finding : entry.getValue()) {
                    xml.writeEmptyElement("error");
                    xml.writeAttribute("line", Integer.toString(finding.line()));
                    xml.writeAttribute("column", Integer.toString(finding.column()));
                    xml.writeAttribute("severity", finding.severity().getName());
                    xml.writeAttribute("message", xmlSafe(finding.message()));
                    xml.writeAttribute("source", finding.ruleId());
                    xml.writeCharacters("\n");
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the Checkstyle XML report: " + e.getMessage(), e);
        }
    }

    /**
     * XML 1.0 cannot carry most control characters, not even escaped; a message quoting a
     * document's text could hold one. They become U+FFFD so the report stays well-formed.
     */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xFFFD);
            if (!allowed && !Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
