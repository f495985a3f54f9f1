package io.sourcemark.importer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * PDF articles (PDFBox): text in reading order, running headers, footers and page numbers dropped, paragraphs
 * rebuilt and line-end hyphens mended. A password-protected PDF, one whose author forbids copying its text, and one
 * that is only scanned images are refused with a message that says so.
 */
final class PdfImporter extends FormatImporter {

    PdfImporter() {
        super("PDF", Set.of("pdf"), true, Set.of("application/pdf"));
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
            List<String> paragraphs = PdfParagraphs.of(RunningLines.drop(PdfLines.of(document)));
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
            throw new ImportException(name, name + " cannot be read as a PDF: it is damaged or incomplete ("
                    + e.getMessage() + ").", e);
        }
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
