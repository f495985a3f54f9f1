package io.sourcemark.importer;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * PDFs laid out as a newspaper's print edition is: lines wrapped to a column, a gap between paragraphs, a running
 * header with the paper's name on every page and a page number at the bottom; words may be hyphenated at line ends.
 */
public final class PdfFixtures {

    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float SIZE = 11;
    private static final float LEADING = 14;
    private static final float MARGIN = 72;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private PdfFixtures() {
    }

    /** The paragraphs as a PDF of as many pages as they need; a line may end in "word-" to break a word. */
    public static byte[] pdf(String title, List<String> paragraphs) {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(title);
            List<List<String>> pages = paginate(wrap(paragraphs));
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float top = PDRectangle.A4.getHeight() - MARGIN;
                    line(content, "The Daily Ledger — Print edition", MARGIN, top + 30);
                    float y = top;
                    for (String line : pages.get(i)) {
                        if (!line.isEmpty()) {
                            line(content, line, MARGIN, y);
                        }
                        y -= LEADING;
                    }
                    line(content, Integer.toString(i + 1), PDRectangle.A4.getWidth() / 2, MARGIN - 30);
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF that opens only with {@code userPassword}; with an empty one, it opens but forbids copying text. */
    public static byte[] encrypted(byte[] pdf, String userPassword) {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            AccessPermission permission = new AccessPermission();
            permission.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permission);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scan: one page that is an image and nothing else. */
    public static byte[] imageOnly() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            scan.getGraphics().drawString("Scanned words are pixels", 10, 50);
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(image, MARGIN, MARGIN, 400, 560);
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A decompression bomb: one page whose content stream is {@code inflated} bytes of text operators, all drawn at
     * the same place, deflated to a small fraction of that.
     */
    public static byte[] inflatingTo(long inflated) {
        return inflatingTo(inflated, "BT /F1 11 Tf 72 700 Td (word word word) Tj ET\n");
    }

    /** The same, of {@code line} over and over: operators that draw no character ("q Q") make only operations. */
    public static byte[] inflatingTo(long inflated, String line) {
        byte[] chunk = line.repeat(1000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            org.apache.pdfbox.pdmodel.PDResources resources = new org.apache.pdfbox.pdmodel.PDResources();
            resources.put(org.apache.pdfbox.cos.COSName.getPDFName("F1"), FONT);
            page.setResources(resources);
            org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(document);
            try (java.io.OutputStream out = stream.createOutputStream(org.apache.pdfbox.cos.COSName.FLATE_DECODE)) {
                for (long written = 0; written < inflated; written += chunk.length) {
                    out.write(chunk);
                }
            }
            page.setContents(stream);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pages with nothing on them. */
    public static byte[] blank(int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PDPageContentStream content, String text, float x, float y) throws IOException {
        content.beginText();
        content.setFont(FONT, SIZE);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** Lines of at most the column's width; an empty line between paragraphs. */
    private static List<String> wrap(List<String> paragraphs) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split("\\s+")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate) > WIDTH && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
                if (word.endsWith("-") && word.length() > 1) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            lines.add("");
        }
        return lines;
    }

    private static List<List<String>> paginate(List<String> lines) {
        int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += perPage) {
            pages.add(lines.subList(i, Math.min(lines.size(), i + perPage)));
        }
        return pages;
    }

    private static float width(String text) throws IOException {
        return FONT.getStringWidth(text) / 1000 * SIZE;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
