package io.sourcemark.importer;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The paragraphs and headings of an OpenDocument {@code content.xml}, or the fields of its {@code meta.xml}, read
 * with a SAX parser that refuses document type declarations (no entity expansion, no external files). Notes and
 * comments are not the article.
 */
final class OdtText extends DefaultHandler {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    private final List<String> paragraphs = new ArrayList<>();
    private final Map<String, String> fields = new HashMap<>();
    private final StringBuilder current = new StringBuilder();
    private int blockDepth;
    private int skipDepth;

    private OdtText() {
    }

    static List<String> paragraphs(byte[] contentXml) throws IOException, SAXException {
        return parse(contentXml).paragraphs;
    }

    /** The fields of {@code meta.xml} by local name ("title", "creator"). */
    static Map<String, String> fields(byte[] metaXml) throws IOException, SAXException {
        return parse(metaXml).fields;
    }

    private static OdtText parse(byte[] xml) throws IOException, SAXException {
        OdtText handler = new OdtText();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newSAXParser().parse(new InputSource(new ByteArrayInputStream(xml)), handler);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser of this Java runtime cannot be made safe", e);
        }
        return handler;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes attributes) {
        if (skipDepth > 0 || TEXT.equals(uri) && (local.equals("note") || local.equals("tracked-changes"))
                || OFFICE.equals(uri) && local.equals("annotation")) {
            skipDepth++;
            return;
        }
        if (TEXT.equals(uri)) {
            switch (local) {
                case "p", "h" -> {
                    blockDepth++;
                    flush();
                }
                case "s" -> current.append(" ".repeat(Math.max(1, Math.min(100,
                        parseCount(attributes.getValue(TEXT, "c"))))));
                case "tab" -> current.append('\t');
                case "line-break" -> current.append('\n');
                default -> {
                }
            }
        }
        current.setLength(blockDepth == 0 && skipDepth == 0 ? 0 : current.length());
    }

    @Override
    public void endElement(String uri, String local, String qName) {
        if (skipDepth > 0) {
            skipDepth--;
            return;
        }
        if (TEXT.equals(uri) && (local.equals("p") || local.equals("h"))) {
            flush();
            blockDepth--;
        } else if (blockDepth == 0 && current.length() > 0) {
            fields.putIfAbsent(local, current.toString().strip());
            current.setLength(0);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipDepth == 0) {
            current.append(ch, start, length);
        }
    }

    private void flush() {
        String paragraph = current.toString().strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        current.setLength(0);
    }

    private static int parseCount(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
