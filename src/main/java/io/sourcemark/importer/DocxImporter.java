package io.sourcemark.importer;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word documents ({@code .docx}, read by POI with its zip-bomb guards as they come: an entry that inflates a hundred
 * times its size is refused). The body's paragraphs and table cells in order; page headers, footers and comments are
 * not the article. The title is the document's title property, else a first paragraph styled as a title.
 */
final class DocxImporter extends FormatImporter {

    private static final String TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    DocxImporter() {
        super("Word", Set.of("docx"), true, Set.of(TYPE));
    }

    /** A document saved without its extension: Tika sees a zip, whose directory names the Word part. */
    @Override
    public int fit(ImportSource source) {
        boolean zip = source.baseType().equals("application/zip")
                || source.baseType().equals("application/x-tika-ooxml");
        if (zip && startsLikeOne(source.bytes()) && holds(source.bytes(), "word/document.xml", Integer.MAX_VALUE)) {
            return 2;
        }
        return super.fit(source);
    }

    @Override
    boolean startsLikeOne(byte[] bytes) {
        return holds(bytes, "PK\u0003\u0004", 4);
    }

    @Override
    public ArticleDraft read(ImportSource source) throws ImportException {
        String name = source.fileName();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(source.bytes()))) {
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            List<String> paragraphs = new ArrayList<>();
            String styledTitle = null;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    if (paragraphs.isEmpty() && styledTitle == null && isTitleStyle(paragraph.getStyle())) {
                        styledTitle = paragraph.getText().strip();
                        continue;
                    }
                    add(paragraphs, paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    cells(table, paragraphs);
                }
            }
            String title = blankToNull(core.getTitle());
            if (styledTitle != null && !styledTitle.isEmpty() && title != null
                    && !TitleDeriver.repeats(styledTitle, title)) {
                paragraphs.add(0, styledTitle);
            }
            if (paragraphs.isEmpty()) {
                throw new ImportException(name, name + " is a Word document without text.");
            }
            return new ArticleDraft(title != null ? title : blankToNull(styledTitle), null, null, null, null, null,
                    null, blankToNull(core.getCreator()), null, String.join("\n\n", paragraphs));
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new ImportException(name, name + " is an old Word document (.doc), not a .docx: open it in a word "
                    + "processor and save it as .docx.", e);
        } catch (IOException | RuntimeException e) {
            throw refusal(name, e);
        }
    }

    /** POI's zip-bomb guard and a damaged zip both end here: say which. */
    static ImportException refusal(String name, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (message.contains("Zip bomb") || message.contains("exceeds the max") || message.contains("exceed the max")
                    || message.contains("maximum length for this record type")) {
                return zipBomb(name, e);
            }
        }
        return new ImportException(name, name + " cannot be read as a Word document: it is damaged or is not one"
                + LibraryDetail.inParentheses(e) + ".", e);
    }

    private static void cells(XWPFTable table, List<String> paragraphs) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (XWPFParagraph paragraph : cell.getParagraphs()) {
                    add(paragraphs, paragraph.getText());
                }
            }
        }
    }

    private static void add(List<String> paragraphs, String text) {
        String paragraph = text.replace('\u000B', '\n').strip();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
    }

    private static boolean isTitleStyle(String style) {
        return style != null && (style.equalsIgnoreCase("Title") || style.toLowerCase(Locale.ROOT).startsWith("heading1")
                || style.equalsIgnoreCase("Heading1"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
