package io.sourcemark.export;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import com.openhtmltopdf.pdfboxout.PageSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.FilterReader;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Where a PDF export asks whether it was cancelled. The renderer has no hook for that, and one long article takes
 * seconds (30 s for 10,000 statements in 1 MB of text), nearly all inside it: the styling of each element, the
 * breaking of each piece of text into lines and the making of each page. Each of the renderer's own helpers for
 * these is wrapped, unchanged, to ask first. Before the renderer starts, the report's HTML is written (half a second
 * for that article) and parsed (as long again) here, asking as they go, so that Cancel acts within a few
 * milliseconds at any moment but one: the renderer's loading of its classes and fonts at the first PDF of a session
 * (about half a second), which has no hook.
 */
final class PdfStops {

    private static final int CHARS_BETWEEN_ASKS = 1 << 16;

    private final BooleanSupplier stopped;
    /** Once said, for good: the supplier is not asked again. */
    private boolean stop;

    PdfStops(BooleanSupplier stopped) {
        this.stopped = stopped;
    }

    /** Puts the stops into the renderer. */
    void into(PdfRendererBuilder builder) {
        builder.useNamespaceHandler(new Styling());
        builder.useUnicodeLineBreaker(new Lines());
        builder.usePageSupplier(new Pages());
    }

    /**
     * The report's HTML as the renderer reads it, parsed here rather than by the renderer so that the parser's
     * reading asks too (the renderer's own parse of a 5 MB report takes a second or more). The parser is set as the
     * renderer sets its own: no document type definition or entity is fetched.
     */
    Document parse(String html) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new Asking(new StringReader(html))));
        } catch (RuntimeException e) {
            throw unwrapped(e);
        } catch (ParserConfigurationException | SAXException e) {
            if (stop) {
                throw cancelled();
            }
            throw new IOException("The report could not be read as XHTML: " + e.getMessage(), e);
        }
    }

    /** Writes the report's HTML, asking every {@value #CHARS_BETWEEN_ASKS} characters. */
    Writer writing(Writer out) {
        return new FilterWriter(out) {
            private int sinceAsked;

            @Override
            public void write(int c) throws IOException {
                asked(1);
                super.write(c);
            }

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                asked(length);
                super.write(chars, offset, length);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                asked(length);
                super.write(text, offset, length);
            }

            private void asked(int length) {
                sinceAsked += length;
                if (sinceAsked >= CHARS_BETWEEN_ASKS) {
                    sinceAsked = 0;
                    check();
                }
            }
        };
    }

    /** @throws CancellationException when the export was cancelled; its temporary file is then removed */
    void check() {
        if (stop || stopped.getAsBoolean()) {
            stop = true;
            throw cancelled();
        }
    }

    /**
     * What to throw for a failure of the template or the parser: the cancellation when that is what it wraps
     * (neither lets what a writer or a reader throws through unwrapped), else the failure itself.
     */
    RuntimeException unwrapped(RuntimeException failure) {
        return stop ? cancelled() : failure;
    }

    private static CancellationException cancelled() {
        return new CancellationException("The export was cancelled.");
    }

    /** The report's HTML as the parser reads it, a buffer at a time. */
    private final class Asking extends FilterReader {
        Asking(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            check();
            return super.read(buffer, offset, length);
        }
    }

    /** The renderer's handler of HTML, asked for every element's styling as its boxes are built. */
    private final class Styling extends XhtmlNamespaceHandler {
        @Override
        public String getNonCssStyling(Element e) {
            check();
            return super.getNonCssStyling(e);
        }
    }

    /** The renderer's line breaker, given each piece of text as it is laid out. */
    private final class Lines implements FSTextBreaker {
        private final FSTextBreaker breaker = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.US));

        @Override
        public void setText(String text) {
            check();
            breaker.setText(text);
        }

        @Override
        public int next() {
            return breaker.next();
        }
    }

    /** The renderer's pages, asked for one by one as they are drawn. */
    private final class Pages implements PageSupplier {
        @Override
        public PDPage requestPage(PDDocument document, float width, float height,
                                  int number, int shadow) {
            check();
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            return page;
        }
    }
}
