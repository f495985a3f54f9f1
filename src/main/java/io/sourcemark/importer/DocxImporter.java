package io.sourcemark.importer;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Word documents ({@code .docx}, read by POI with its zip-bomb guards as they come: an entry that inflates a hundred
 * times its size is refused). The body's paragraphs, table cells (of nested tables too) and content controls in
 * order; page headers, footers and comments are not the article. The title is the document's title property, else
 * a first paragraph styled as a title.
 */
final class DocxImporter extends FormatImporter {

    private static final String TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /**
     * The most bytes one XML part may unpack to. A long article's text part is a few hundred kilobytes; POI holds a
     * part as a tree of objects some ten times its size, so a 4 MB file whose 38 MB of XML pass the zip-bomb guard
     * (ten to one) filled the memory and stopped the whole import.
     */
    static final long MAX_PART_BYTES = 16L * 1024 * 1024;

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
        if (partOver(source.bytes(), MAX_PART_BYTES)) {
            // the limit reached at fifty times the whole file's size or more: a bomb, as POI's guard would say
            throw MAX_PART_BYTES >= 50L * source.bytes().length ? zipBomb(name, null) : new ImportException(name,
                    name + " holds a part of more than " + MAX_PART_BYTES / (1024 * 1024) + " MB of text once "
                    + "unpacked, far more than any article: Sourcemark does not read it. If it is a real document, "
                    + "copy its text into a text file and import that.");
        }
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
                } else {
                    inner(element, paragraphs);
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

    /** Unpacks the XML parts only as far as the limit; a damaged zip is left for POI to say so. */
    private static boolean partOver(byte[] bytes, long limit) {
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().endsWith(".xml")) {
                    continue;
                }
                long total = 0;
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > limit) {
                        return true;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
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

    /**
     * The text of a table, cell by cell, and of the tables inside its cells, and of a content control (a box a
     * template puts text in), paragraph by paragraph: both were left out, without a word, when only a table's
     * own paragraphs were read.
     */
    private static void inner(IBodyElement element, List<String> paragraphs) {
        if (element instanceof XWPFParagraph paragraph) {
            add(paragraphs, paragraph.getText());
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inCell : cell.getBodyElements()) {
                        inner(inCell, paragraphs);
                    }
                }
            }
        } else if (element instanceof XWPFSDT control) {
            for (String line : control.getContent().getText().split("\\R")) {
                add(paragraphs, line);
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
