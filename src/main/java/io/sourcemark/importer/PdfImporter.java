package io.sourcemark.importer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PDF articles (PDFBox): text in reading order, running headers, footers and page numbers dropped, paragraphs
 * rebuilt and line-end hyphens mended. A password-protected PDF, one whose author forbids copying its text, and one
 * that is only scanned images are refused with a message that says so, and so is one whose drawing instructions
 * would take far longer to read than any article's (a few kilobytes can inflate to gigabytes).
 */
final class PdfImporter extends FormatImporter {

    /** The most bytes the pages' drawing instructions may inflate to: a news page's are well under one megabyte. */
    static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;

    /**
     * PDFBox warns on standard error, for a page set in a base font (Helvetica, Times) that is not installed, that it
     * draws another: reading the text needs no font drawn. Held here, since the logging framework keeps its loggers
     * only weakly and would forget the level.
     */
    private static final java.util.logging.Logger BASE_FONTS =
            java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    PdfImporter() {
        super("PDF", Set.of("pdf"), true, Set.of("application/pdf"));
        BASE_FONTS.setLevel(java.util.logging.Level.SEVERE);
    }

    @Override
    boolean startsLikeOne(byte[] bytes) {
        return holds(bytes, "%PDF-", 1024);
    }

    @Override
    public ArticleDraft read(ImportSource source) throws ImportException {
        String name = source.fileName();
        try (PDDocument document = Loader.loadPDF(source.bytes())) {
            if (!document.getCurrentAccessPermission().canExtractContent()) {
                throw new ImportException(name, name + " is an encrypted PDF whose author does not allow copying its "
                        + "text, so Sourcemark does not read it. Ask for an unprotected copy.");
            }
            if (contentBytesOver(document, MAX_CONTENT_BYTES)) {
                throw tooMuchContent(name);
            }
            List<String> paragraphs;
            try {
                paragraphs = PdfParagraphs.of(RunningLines.drop(PdfLines.of(document)));
            } catch (PdfLines.TooMuchContent e) {
                throw tooMuchContent(name);
            } catch (PdfLines.CrowdedPage e) {
                throw new ImportException(name, name + " has a page that draws more than " + String.format(
                        Locale.ROOT, "%,d", PdfLines.MAX_PAGE_CHARACTERS) + " characters, far more than any page of "
                        + "an article: Sourcemark does not read it. If it is a real document, copy its text into a "
                        + "text file and import that.");
            }
            if (paragraphs.isEmpty()) {
                throw new ImportException(name, hasImages(document)
                        ? name + " has no text, only images (a scan): Sourcemark does not read text in images. Run "
                        + "it through text recognition (OCR) first, then import the result."
                        : name + " is a PDF without any text.");
            }
            PDDocumentInformation info = document.getDocumentInformation();
            String title = usableTitle(info.getTitle());
            if (title != null && TitleDeriver.repeats(paragraphs.get(0), title)) {
                paragraphs = paragraphs.subList(1, paragraphs.size());
            }
            return new ArticleDraft(title, null, null, null, null, null, null, blank(info.getAuthor()), null,
                    String.join("\n\n", paragraphs));
        } catch (InvalidPasswordException e) {
            throw new ImportException(name, name + " is an encrypted PDF that needs a password to open: Sourcemark "
                    + "cannot read it. Open it with its password and save an unprotected copy.", e);
        } catch (IOException e) {
            throw new ImportException(name, name + " cannot be read as a PDF: it is damaged or incomplete"
                    + LibraryDetail.inParentheses(e) + ".", e);
        }
    }

    private static ImportException tooMuchContent(String name) {
        String operations = String.format(Locale.ROOT, "%,d", PdfLines.MAX_OPERATORS);
        return new ImportException(name, name + " holds far more drawing instructions than an article needs (more "
                + "than " + MAX_CONTENT_BYTES / (1024 * 1024) + " MB once unpacked, or " + operations + " operations): "
                + "Sourcemark does not read it. If it is a real document, save or print it again as a PDF, or copy its "
                + "text into a text file.");
    }

    /** Inflates the pages' content streams only as far as the limit, so a bomb costs a fraction of a second. */
    private static boolean contentBytesOver(PDDocument document, long limit) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        for (PDPage page : document.getPages()) {
            try (InputStream in = page.getContents()) {
                int read;
                while ((read = in.read(buffer)) > 0) {
                    total += read;
                    if (total > limit) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasImages(PDDocument document) throws IOException {
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName xObject : resources.getXObjectNames()) {
                if (resources.isImageXObject(xObject)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Word processors fill the title property with the file name or "Untitled": that is no headline. */
    private static String usableTitle(String title) {
        String value = blank(title);
        if (value == null || value.matches("(?i)untitled.*|microsoft word - .*|.*\\.(docx?|pdf|odt|indd|txt)")) {
            return null;
        }
        return value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
