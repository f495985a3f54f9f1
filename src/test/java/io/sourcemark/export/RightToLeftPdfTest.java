package io.sourcemark.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Right-to-left articles on paper: Arabic and Hebrew paragraphs read right to left, Arabic letters joined, and text
 * that mixes directions ordered by the Unicode bidi algorithm, as a browser shows the HTML report.
 */
class RightToLeftPdfTest {

    static final String ARABIC = "قال الوزير إن 40 شخصا لقوا حتفهم في الفيضانات.";
    static final String ARABIC_WITH_A_NAME = "ونقلت وكالة Reuters عن الوزير قوله إن المياه ارتفعت 3 أمتار.";
    static final String HEBREW = "השר אמר כי 40 בני אדם נהרגו בשיטפונות.";
    static final String ENGLISH_QUOTING_HEBREW = "The banner in Haifa read שלום עכשיו in large letters.";

    /** What PDFBox draws and reads back of the report: the text in reading order and every glyph drawn. */
    private static String text;
    private static List<Drawn> glyphs;

    @BeforeAll
    static void exportTheReport() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        // without the verdict's columns the statement's column holds the sentence on one line, to be read back whole
        new PdfReport().write(floods(), ExportOptions.everything().withoutVerdicts(), pdf, () -> false);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            Glyphs stripper = new Glyphs();
            // by where the glyphs lie, not by the order they are drawn in: a line's runs may be drawn in any order
            stripper.setSortByPosition(true);
            text = stripper.getText(document).replaceAll("[ \\t]+", " ");
            glyphs = stripper.drawn;
        }
    }

    @Test
    void eachRightToLeftParagraphReadsBackInItsLogicalOrder() {
        // PDFTextStripper reads each line's glyphs by position and turns its right-to-left runs from the page's
        // visual order back into logical order: text drawn left to right in logical order reads back reversed
        for (String paragraph : List.of(ARABIC, ARABIC_WITH_A_NAME, HEBREW, ENGLISH_QUOTING_HEBREW)) {
            assertTrue(text.contains(paragraph), "“" + paragraph + "” in:\n" + text);
        }
        assertEquals(2, text.split(ARABIC, -1).length - 1, "the article's sentence and its statement's row:\n" + text);
    }

    @Test
    void hebrewWordsRunFromRightToLeftInTheirOwnParagraphAndInsideAnEnglishOne() {
        // the paragraph's first word is drawn at the right of its line, its last at the left
        float first = xOf("השר");
        float last = xOf("בשיטפונות");
        assertTrue(first > last, "השר at " + first + ", בשיטפונות at " + last);
        float hebrewFirst = xOf("שלום");
        float hebrewLast = xOf("עכשיו");
        float englishAfter = xOf("large");
        assertTrue(hebrewFirst > hebrewLast, "inside the English line the Hebrew phrase reads right to left");
        assertTrue(englishAfter > hebrewFirst, "and the English after it stays to its right");
    }

    @Test
    void arabicLettersAreDrawnInTheirJoinedForms() {
        List<String> unshaped = glyphs.stream().map(g -> g.glyph().getUnicode())
                .filter(u -> u.codePoints().anyMatch(c -> c >= 0x0620 && c <= 0x064A)).distinct().toList();
        assertEquals(List.of(), unshaped, "Arabic letters drawn in their isolated, unjoined code points");
        // قال: qaf joined to the alef after it (initial, final), lam alone; drawn left to right as lam, alef, qaf
        assertTrue(visualLines().stream().anyMatch(line -> line.contains(QAL_JOINED)),
                "قال drawn as its joined forms, right to left: " + visualLines());
        // لقوا: lam initial, qaf medial, waw final, alef alone
        assertTrue(visualLines().stream().anyMatch(line -> line.contains("\uFE8D\uFEEE\uFED8\uFEDF")),
                "لقوا drawn as its joined forms, right to left");
    }

    @Test
    void aRightToLeftStatementStandsAtTheRightOfItsCellAndItsNumberApartFromTheText() {
        List<List<TextPosition>> saying = lines().stream().filter(line -> visual(line).contains(QAL_JOINED))
                .toList();
        assertEquals(2, saying.size(), "the article's sentence and its statement's row: " + visualLines());
        List<TextPosition> header = lines().stream().filter(line -> visual(line).startsWith("#Statement"))
                .findFirst().orElseThrow();
        List<TextPosition> byX = header.stream().sorted(Comparator.comparing(TextPosition::getX)).toList();
        float speakerColumn = byX.get(visual(header).indexOf("Speaker")).getX();
        float cellEnd = right(saying.get(1));
        // the cell's padding lies between the text's end and the next column's heading
        assertTrue(speakerColumn - cellEnd < 8, "the statement ends at " + cellEnd + ", its cell at about "
                + speakerColumn);

        // the statement's number is drawn at the right of the paragraph it starts, with a gap before the text:
        // its coloured badge (padding 0.35em) must not touch the first word
        List<TextPosition> number = lines().stream().filter(line -> visual(line).equals("1")).findFirst()
                .orElseThrow();
        float gap = left(number) - right(saying.get(0));
        assertTrue(gap > 2.8, "the badge's padding and a margin between number and text: " + gap);
    }

    private static final String QAL_JOINED = "\uFEDD\uFE8E\uFED7";

    private static String visual(List<TextPosition> line) {
        return line.stream().sorted(Comparator.comparing(TextPosition::getX)).map(TextPosition::getUnicode)
                .collect(Collectors.joining());
    }

    private static float left(List<TextPosition> line) {
        return (float) line.stream().mapToDouble(TextPosition::getX).min().orElseThrow();
    }

    private static float right(List<TextPosition> line) {
        return (float) line.stream().mapToDouble(g -> g.getX() + g.getWidth()).max().orElseThrow();
    }

    /**
     * The x of the glyph drawn for {@code word}'s first letter, found by the glyphs that spell it, whichever way they
     * were laid: left to right, or (as a right-to-left word should be) right to left.
     */
    private static float xOf(String word) {
        String backwards = new StringBuilder(word).reverse().toString();
        for (List<TextPosition> line : lines()) {
            List<TextPosition> byX = line.stream().sorted(Comparator.comparing(TextPosition::getX)).toList();
            String visual = byX.stream().map(TextPosition::getUnicode).collect(Collectors.joining());
            int at = visual.indexOf(backwards);
            if (at >= 0 && !backwards.equals(word)) {
                return byX.get(at + word.length() - 1).getX();
            }
            at = visual.indexOf(word);
            if (at >= 0) {
                return byX.get(at).getX();
            }
        }
        throw new AssertionError("not drawn: " + word + " in " + visualLines());
    }

    /** Each line's glyphs as they lie on the page, left to right, as one string of their code points. */
    private static List<String> visualLines() {
        return lines().stream().map(line -> line.stream().sorted(Comparator.comparing(TextPosition::getX))
                .map(TextPosition::getUnicode).collect(Collectors.joining())).toList();
    }

    private static List<List<TextPosition>> lines() {
        Map<String, List<TextPosition>> byBaseline = glyphs.stream().collect(Collectors.groupingBy(
                g -> g.page() + "/" + Math.round(g.glyph().getY()), java.util.LinkedHashMap::new,
                Collectors.mapping(Drawn::glyph, Collectors.toList())));
        return new ArrayList<>(byBaseline.values());
    }

    private static ReportModel floods() {
        String body = ARABIC + "\n\n" + ARABIC_WITH_A_NAME + "\n\n" + HEBREW + "\n\n" + ENGLISH_QUOTING_HEBREW + "\n";
        return ReportModels.claimedAtItsStart("Floods", body, ARABIC.length());
    }

    /** A glyph on a page, with the code points its font maps it to (before the stripper normalises them). */
    private record Drawn(int page, TextPosition glyph) {
    }

    /** Keeps every glyph the stripper reads. */
    private static final class Glyphs extends PDFTextStripper {
        final List<Drawn> drawn = new ArrayList<>();

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            positions.forEach(glyph -> drawn.add(new Drawn(getCurrentPageNo(), glyph)));
            super.writeString(string, positions);
        }
    }
}
