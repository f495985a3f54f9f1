package io.sourcemark.importer;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of each page of a PDF, in the order of its content (the reading order of what word processors and
 * layout programs export), with where they stand on the page and where PDFBox saw paragraphs start.
 */
final class PdfLines extends PDFTextStripper {

    /**
     * The most drawing operators read in one document. A news PDF of a hundred pages has well under a million; a
     * small hostile file (a form drawn thousands of times, a content stream that inflates to gigabytes) can hold
     * billions, which would keep the import busy for hours.
     */
    static final long MAX_OPERATORS = 5_000_000;

    /** Thrown past PDFBox, which logs and swallows the I/O errors of single operators. */
    static final class TooMuchContent extends RuntimeException {
        TooMuchContent() {
            super(null, null, false, false);
        }
    }

    /**
     * The most characters drawn on one page. PDFBox keeps every character of a page, with its place and font, until
     * the page ends (about a kilobyte each): a news page draws a few thousand, a hostile one of 7 KB drew 600,000 and
     * filled a gigabyte of memory.
     */
    static final int MAX_PAGE_CHARACTERS = 50_000;

    /** Thrown past PDFBox as {@link TooMuchContent} is. */
    static final class CrowdedPage extends RuntimeException {
        CrowdedPage() {
            super(null, null, false, false);
        }
    }

    private long operators;
    private int pageCharacters;

    private final List<List<PdfLine>> pages = new ArrayList<>();
    private List<PdfLine> page = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private float top = -1;
    private boolean paragraphStart;

    private PdfLines() {
        setSuppressDuplicateOverlappingText(true);
        setAddMoreFormatting(false);
    }

    /** The lines of every page, one list per page. */
    static List<List<PdfLine>> of(PDDocument document) throws IOException {
        PdfLines lines = new PdfLines();
        lines.writeText(document, Writer.nullWriter());
        return lines.pages;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators > MAX_OPERATORS) {
            throw new TooMuchContent();
        }
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (++pageCharacters > MAX_PAGE_CHARACTERS) {
            throw new CrowdedPage();
        }
        super.processTextPosition(text);
    }

    @Override
    protected void startPage(PDPage pdPage) {
        pageCharacters = 0;
        page = new ArrayList<>();
        paragraphStart = true;
    }

    @Override
    protected void endPage(PDPage pdPage) {
        endLine();
        pages.add(page);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (top < 0 && !positions.isEmpty()) {
            top = positions.get(0).getYDirAdj();
        }
        line.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        endLine();
        paragraphStart = true;
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
    }

    private void endLine() {
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            page.add(new PdfLine(text, Math.max(top, 0), paragraphStart));
            paragraphStart = false;
        }
        line.setLength(0);
        top = -1;
    }
}
