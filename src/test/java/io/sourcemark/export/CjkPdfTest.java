package io.sourcemark.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Chinese, Japanese and Korean on paper: DejaVu Sans has none of them, so the report takes them from its fallback
 * font, and they print as themselves (not as "#"), beside Latin text that stays in DejaVu.
 */
class CjkPdfTest {

    static final String CHINESE = "外交部发言人说，两国在2023年签署了协议。";
    static final String JAPANESE = "東京の知事は、予算が3割増えたと述べた。";
    static final String KOREAN = "장관은 수출이 12% 늘었다고 말했다.";
    static final String LATIN = "The café in 東京 opened in 1998, the mayor said.";

    private static String text;
    private static Set<String> fontsOfCjk = new TreeSet<>();
    private static Set<String> fontsOfLatin = new TreeSet<>();

    @BeforeAll
    static void exportTheReport() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfReport().write(article(), ExportOptions.everything().withoutVerdicts(), pdf, () -> false);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    for (TextPosition glyph : positions) {
                        String font = glyph.getFont().getName();
                        int c = glyph.getUnicode().codePointAt(0);
                        if (Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript
                                .HANGUL || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA) {
                            fontsOfCjk.add(font.substring(font.indexOf('+') + 1));
                        } else if (Character.isLetter(c)) {
                            fontsOfLatin.add(font.substring(font.indexOf('+') + 1));
                        }
                    }
                    super.writeString(string, positions);
                }
            };
            text = stripper.getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    @Test
    void everyCjkSentenceReadsBackAsWritten() {
        for (String sentence : List.of(CHINESE, JAPANESE, KOREAN, LATIN)) {
            assertTrue(text.contains(sentence), "“" + sentence + "” in:\n" + text);
        }
        // the statements table's first heading is a "#" of its own
        assertFalse(text.replace("# Statement", "").contains("#"), "no character printed as #:\n" + text);
    }

    @Test
    void cjkComesFromTheFallbackFontAndLatinStaysInDejaVu() {
        assertEquals(Set.of("DroidSansFallback", "NanumSquareR"), fontsOfCjk);
        assertTrue(fontsOfLatin.stream().allMatch(font -> font.startsWith("DejaVuSans")), fontsOfLatin.toString());
    }

    @Test
    void aReportWithoutCjkEmbedsNoFallbackFont() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfReport().write(article("The mayor said the café opened in 1998.\n"), ExportOptions.everything(), pdf,
                () -> false);
        Set<String> embedded = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    String font = page.getResources().getFont(name).getName();
                    embedded.add(font.substring(font.indexOf('+') + 1));
                }
            }
        }
        assertTrue(embedded.stream().allMatch(font -> font.startsWith("DejaVuSans")), embedded.toString());
    }

    private static ReportModel article() {
        return article(CHINESE + "\n\n" + JAPANESE + "\n\n" + KOREAN + "\n\n" + LATIN + "\n");
    }

    private static ReportModel article(String body) {
        return ReportModels.claimedAtItsStart("Cities", body, CHINESE.length());
    }
}
