package io.sourcemark.export;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import com.openhtmltopdf.pdfboxout.PageSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.w3c.dom.Element;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Where a PDF export asks whether it was cancelled. The renderer has no hook for that, and one long article takes
 * seconds (30 s for 10,000 statements in 1 MB of text), nearly all inside it: the styling of each element, the
 * breaking of each piece of text into lines and the making of each page. Each of the renderer's own helpers for
 * these is wrapped, unchanged, to ask first, so that Cancel acts within a few milliseconds once the renderer has
 * read the report (reading it, about half a second for that article, has no hook).
 */
final class PdfStops {

    private final BooleanSupplier stopped;

    PdfStops(BooleanSupplier stopped) {
        this.stopped = stopped;
    }

    /** Puts the stops into the renderer. */
    void into(PdfRendererBuilder builder) {
        builder.useNamespaceHandler(new Styling());
        builder.useUnicodeLineBreaker(new Lines());
        builder.usePageSupplier(new Pages());
    }

    /** @throws CancellationException when the export was cancelled; its temporary file is then removed */
    void check() {
        if (stopped.getAsBoolean()) {
            throw new CancellationException("The export was cancelled.");
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
