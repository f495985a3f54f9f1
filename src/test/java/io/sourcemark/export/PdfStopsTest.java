package io.sourcemark.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A PDF export asks whether it was cancelled from its start, not only once the renderer lays the report out: while
 * the report's HTML is written and while it is parsed, which together take about a second for a long article.
 */
class PdfStopsTest {

    /** About 300 paragraphs: a report of well over the 64 K characters written between two asks. */
    private static final ReportModel LONG = ReportModels.long_(300);

    @Test
    void anExportCancelledWhileItsHtmlIsWrittenStopsThere() {
        AtomicInteger asked = new AtomicInteger();
        BooleanSupplier stopped = () -> asked.incrementAndGet() == 1 && inside(HtmlReport.class.getName(), "write");

        assertThrows(CancellationException.class, () -> new PdfReport().write(LONG, ExportOptions.everything(),
                new ByteArrayOutputStream(), stopped));
        assertEquals(1, asked.get(), "the first ask comes while the HTML is written, and the export stops at it");
    }

    @Test
    void anExportCancelledWhileItsHtmlIsParsedStopsThere() {
        AtomicInteger whileParsed = new AtomicInteger();
        AtomicInteger later = new AtomicInteger();
        BooleanSupplier stopped = () -> {
            if (inside(PdfStops.class.getName(), "parse")) {
                return whileParsed.incrementAndGet() == 2;
            }
            if (whileParsed.get() > 0) {
                later.incrementAndGet();
            }
            return false;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThrows(CancellationException.class, () -> new PdfReport().write(LONG, ExportOptions.everything(), out,
                stopped));
        assertEquals(2, whileParsed.get(), "asked again as the parser reads on");
        assertEquals(0, later.get(), "nothing asked after the stop");
        assertEquals(0, out.size(), "nothing of the PDF written");
    }

    @Test
    void anExportNeverCancelledIsWhole() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReport().write(LONG, ExportOptions.everything(), out, () -> asked.incrementAndGet() < 0);
        assertTrue(out.toString(java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(asked.get() > 300, "asked for each piece of text laid out, and more: " + asked.get());
    }

    private static boolean inside(String className, String method) {
        return Arrays.stream(Thread.currentThread().getStackTrace())
                .anyMatch(frame -> frame.getClassName().equals(className) && frame.getMethodName().equals(method));
    }
}
