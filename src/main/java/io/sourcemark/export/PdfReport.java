package io.sourcemark.export;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.w3c.dom.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The report on paper: the HTML report's template rendered by openhtmltopdf (PDFBox), A4 with page numbers, its text
 * selectable, in DejaVu Sans embedded in the file (subset to the characters used), with fallback fonts for the
 * Chinese, Japanese and Korean that DejaVu lacks, so that it reads the same on any machine. The fonts ship with the
 * application (see docs/decisions/0017).
 */
public final class PdfReport {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    /**
     * DejaVu Sans has no Chinese, Japanese or Korean: openhtmltopdf takes each character DejaVu lacks from the next
     * family of the template's list that has it. Droid Sans Fallback (Apache-2.0) has the Chinese and Japanese,
     * NanumSquare (SIL Open Font Licence) the Korean syllables; both ship in the jar, their licences beside them.
     * Each has one weight and style: bold and italic text in them prints upright and regular, not as "#".
     */
    private static final String FALLBACKS = "/io/sourcemark/export/fonts/";

    /**
     * PDFBox warns, for every document, that the PDF base fonts (Helvetica, Times) are not installed: the report
     * never uses them, its text is in the embedded DejaVu Sans. Held here: the logging framework keeps its loggers
     * only weakly, and would forget the level.
     */
    private static final Logger BASE_FONTS = Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    private final HtmlReport html = new HtmlReport();

    public PdfReport() {
        BASE_FONTS.setLevel(Level.SEVERE);
        // openhtmltopdf says at INFO what it loads and matches for every document: its warnings and errors stay
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    /**
     * Writes the report; {@code stopped} is asked while its HTML is written and read, and while its pages are laid
     * out and drawn.
     *
     * @throws java.util.concurrent.CancellationException when {@code stopped} says so before the report is whole
     */
    public void write(ReportModel model, ExportOptions options, OutputStream out, BooleanSupplier stopped)
            throws IOException {
        PdfStops stops = new PdfStops(stopped);
        StringWriter page = new StringWriter();
        try {
            html.write(model, options, true, stops.writing(page));
        } catch (RuntimeException e) {
            throw stops.unwrapped(e);
        }
        Document document = stops.parse(page.toString());
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withW3cDocument(document, null);
        bidi(builder);
        font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
        builder.useFont(() -> open(FALLBACKS + "DroidSansFallbackFull.ttf"), "Droid Sans Fallback", 400,
                FontStyle.NORMAL, true);
        builder.useFont(() -> open(FALLBACKS + "NanumSquareR.ttf"), "NanumSquare", 400, FontStyle.NORMAL, true);
        builder.withProducer("Sourcemark");
        stops.check();
        stops.into(builder);
        builder.toStream(out);
        builder.run();
    }

    /**
     * Without these openhtmltopdf draws every run left to right in the order it is stored, and Arabic letters in
     * their unjoined forms: ICU splits each paragraph into runs by the Unicode bidi algorithm, puts the right-to-left
     * ones in visual order and shapes Arabic into its joined presentation forms, which DejaVu Sans has. The article's
     * paragraphs and statements are marked {@code dir="auto"} in the template, so each takes the direction of its
     * first strong letter, as in a browser; the rest of the page is read left to right, as its English words are.
     */
    private static void bidi(PdfRendererBuilder builder) {
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(TextDirection.LTR);
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> open(FONTS + file), FONT_FAMILY, weight, style, true);
    }

    private static InputStream open(String path) {
        InputStream font = PdfReport.class.getResourceAsStream(path);
        if (font == null) {
            throw new UncheckedIOException(new IOException("The application is incomplete: the font " + path
                    + " is missing from its class path."));
        }
        return font;
    }
}
