package io.github.dcslint.check;

import com.puppycrawl.tools.checkstyle.api.CheckstyleException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

import io.github.dcslint.DcsConfigurationException;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A first, safe read of a rules file before Checkstyle loads it: refuses XML that is not well
 * formed or declares external entities (dcs never lets a rules file read other files or URLs), and
 * remembers the line of every module and property so configuration errors can name their line.
 */
final class RulesFileScan {

    /** A {@code module} or {@code property} element. */
    record Element(String tag, String name, String value, int line) {
    }

    private final String location;
    private final List<Element> elements;

    private RulesFileScan(String location, List<Element> elements) {
        this.location = location;
        this.elements = elements;
    }

    static RulesFileScan scan(String location, byte[] bytes) throws DcsConfigurationException {
        List<Element> elements = new ArrayList<>();
        List<String> externalEntities = new ArrayList<>();
        int[] entityLine = {1};
        // the JDK's entity-expansion limit error says line 1: name the first entity declaration instead
        int[] internalEntityLine = {0};
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = factory.newSAXParser().getXMLReader();
            DefaultHandler2 handler = new DefaultHandler2() {
                private Locator locator;

                @Override
                public void setDocumentLocator(Locator newLocator) {
                    locator = newLocator;
                }

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if ("module".equals(qName) || "property".equals(qName) || "message".equals(qName)) {
                        elements.add(new Element(qName, atts.getValue("name"),
                                atts.getValue("value"), locator == null ? 1 : locator.getLineNumber()));
                    }
                }

                @Override
                public void internalEntityDecl(String name, String value) {
                    if (internalEntityLine[0] == 0) {
                        internalEntityLine[0] = locator == null ? 1 : locator.getLineNumber();
                    }
                }

                @Override
                public void externalEntityDecl(String name, String publicId, String systemId) {
                    externalEntities.add(name + " (" + systemId + ")");
                    // the message names the first declaration: give its line, not the last one's
                    if (externalEntities.size() == 1) {
                        entityLine[0] = locator == null ? 1 : locator.getLineNumber();
                    }
                }

                @Override
                public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId) {
                    // Never fetch anything: the DTD is not needed to read the file.
                    return new InputSource(new StringReader(""));
                }
            };
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.setEntityResolver(handler);
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            if (!externalEntities.isEmpty()) {
                throw externalEntityError(location, externalEntities, entityLine[0]);
            }
            if (String.valueOf(e.getMessage()).contains("JAXP0001") && internalEntityLine[0] > 0) {
                // "billion laughs": entities that expand past the JDK's limits
                throw new DcsConfigurationException(location + ":" + internalEntityLine[0] + ": entities declared"
                        + " here expand beyond the XML parser's limits (" + e.getMessage() + "); a rules file"
                        + " needs no entities, remove them", e);
            }
            throw new DcsConfigurationException(location + ":" + Math.max(1, e.getLineNumber())
                    + ": not a well-formed XML rules file (" + e.getMessage() + ")", e);
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new DcsConfigurationException(location + ":1: cannot read rules file: " + e.getMessage(), e);
        }
        if (!externalEntities.isEmpty()) {
            throw externalEntityError(location, externalEntities, entityLine[0]);
        }
        return new RulesFileScan(location, List.copyOf(elements));
    }

    private static DcsConfigurationException externalEntityError(String location, List<String> entities, int line) {
        return new DcsConfigurationException(location + ":" + line + ": declares external entity "
                + entities.get(0) + "; dcs never loads external entities, remove the declaration");
    }

    DcsConfigurationException explain(CheckstyleException e) {
        return new DcsConfigurationException(CheckEngine.describe(location, this, e), e);
    }

    int lineOfModule(String name) {
        for (Element element : elements) {
            if (element.tag().equals("module") && name.equals(element.name())) {
                return element.line();
            }
        }
        return 1;
    }

    /** The value as written of the first property {@code name} whose value equals {@code value} ignoring case. */
    String valueOfPropertyIgnoringCase(String name, String value) {
        for (Element element : elements) {
            if (element.tag().equals("property") && name.equals(element.name()) && element.value() != null
                    && element.value().equalsIgnoreCase(value)) {
                return element.value();
            }
        }
        return value;
    }

    int lineOfValueContaining(String text) {
        for (Element element : elements) {
            if (element.value() != null && element.value().contains(text)) {
                return element.line();
            }
        }
        return 1;
    }

    /** The line of the property named by Checkstyle's quoted words ('name', then maybe 'value'). */
    int lineOfProperty(List<String> quoted) {
        for (int i = 0; i < quoted.size(); i++) {
            String name = quoted.get(i);
            String value = i + 1 < quoted.size() ? quoted.get(i + 1) : null;
            for (Element element : elements) {
                if (element.tag().equals("property") && name.equals(element.name())
                        && (value == null || value.equals(element.value()))) {
                    return element.line();
                }
            }
        }
        for (String name : quoted) {
            for (Element element : elements) {
                if (name.equals(element.name())) {
                    return element.line();
                }
            }
        }
        return 1;
    }
}
