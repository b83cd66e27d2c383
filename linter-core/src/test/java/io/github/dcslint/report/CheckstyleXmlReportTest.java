package io.github.dcslint.report;

import io.github.dcslint.run.DcsResult;
import io.github.dcslint.run.SourceFile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckstyleXmlReportTest {

    private final Path base = Path.of("/work/project").toAbsolutePath();

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String write(DcsResult result) throws Exception {
        StringWriter out = new StringWriter();
        new CheckstyleXmlReport().write(result, out);
        return out.toString();
    }

    @Test
    void listsEveryCheckedFileByAbsolutePathAndItsErrorsInOrder() throws Exception {
        Document xml = parse(write(ReportFixtures.twoRoots(base)));
        Element root = xml.getDocumentElement();
        assertEquals("checkstyle", root.getTagName());
        NodeList files = root.getElementsByTagName("file");
        assertEquals(4, files.getLength());
        assertEquals(base.resolve("docs/appendix/status-codes.rst").toString(),
                ((Element) files.item(0)).getAttribute("name"));
        Element create = (Element) files.item(1);
        assertEquals(base.resolve("docs/api/create.rst").toString(), create.getAttribute("name"));
        NodeList errors = create.getElementsByTagName("error");
        assertEquals(2, errors.getLength());
        Element first = (Element) errors.item(0);
        assertEquals("12", first.getAttribute("line"));
        assertEquals("5", first.getAttribute("column"));
        assertEquals("error", first.getAttribute("severity"));
        assertEquals("UnknownStatusCode", first.getAttribute("source"));
        assertEquals("Status 299 is not in the catalog <IANA & local>", first.getAttribute("message"));
        assertEquals("warning", ((Element) errors.item(1)).getAttribute("severity"));
        Element clean = (Element) files.item(2);
        assertEquals(0, clean.getElementsByTagName("error").getLength());
        assertEquals("info", ((Element) ((Element) files.item(3)).getElementsByTagName("error").item(0))
                .getAttribute("severity"));
    }

    @Test
    void controlCharactersInAMessageKeepTheReportWellFormed() throws Exception {
        SourceFile file = new SourceFile(base, base.resolve("a.rst"), "a.rst");
        Finding finding = ReportFixtures.finding(base, "a.rst", 1, 1,
                com.puppycrawl.tools.checkstyle.api.SeverityLevel.ERROR, "R", "cell holds \u0001 and \u001b");
        Document xml = parse(write(new DcsResult(List.of(base), List.of(file), List.of(finding), List.of(),
                Map.of())));
        Element error = (Element) xml.getElementsByTagName("error").item(0);
        assertEquals("cell holds \uFFFD and \uFFFD", error.getAttribute("message"));
    }
}
