package io.sourcemark.importer;

import org.xml.sax.SAXException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * OpenDocument text ({@code .odt}): the paragraphs and headings of {@code content.xml}, the title and author of
 * {@code meta.xml}. Entries are inflated up to a bound, so a zip bomb is refused rather than unpacked.
 */
final class OdtImporter extends FormatImporter {

    private static final String TYPE = "application/vnd.oasis.opendocument.text";
    /** The largest XML entry unpacked: far above any article, far below the memory. */
    private static final long MAX_ENTRY = 64L * 1024 * 1024;

    OdtImporter() {
        super("OpenDocument text", Set.of("odt"), true, Set.of(TYPE));
    }

    @Override
    boolean startsLikeOne(byte[] bytes) {
        return holds(bytes, "PK\u0003\u0004", 4);
    }

    @Override
    public ArticleDraft read(ImportSource source) throws ImportException {
        String name = source.fileName();
        Map<String, byte[]> entries = entries(source.bytes(), name);
        byte[] content = entries.get("content.xml");
        if (content == null) {
            throw new ImportException(name, name + " is not an OpenDocument text: it has no content.xml.");
        }
        try {
            List<String> paragraphs = OdtText.paragraphs(content);
            Map<String, String> meta = entries.containsKey("meta.xml") ? OdtText.fields(entries.get("meta.xml"))
                    : Map.of();
            if (paragraphs.isEmpty()) {
                throw new ImportException(name, name + " is an OpenDocument text without text.");
            }
            String title = meta.get("title");
            if (title != null && TitleDeriver.repeats(paragraphs.get(0), title)) {
                paragraphs = paragraphs.subList(1, paragraphs.size());
            }
            String author = meta.getOrDefault("creator", meta.get("initial-creator"));
            return new ArticleDraft(title, null, null, null, null, null, null, author, null,
                    String.join("\n\n", paragraphs));
        } catch (SAXException | IOException e) {
            throw new ImportException(name, name + " cannot be read as an OpenDocument text: its XML is damaged "
                    + "or unsafe" + LibraryDetail.inParentheses(e) + ".", e);
        }
    }

    private static Map<String, byte[]> entries(byte[] bytes, String name) throws ImportException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml") || entry.getName().equals("meta.xml")) {
                    entries.put(entry.getName(), BoundedRead.stream(zip, name, MAX_ENTRY));
                }
            }
        } catch (ImportException tooLarge) {
            throw zipBomb(name, tooLarge);
        } catch (IOException e) {
            throw new ImportException(name, name + " cannot be read as an OpenDocument text: it is damaged"
                    + LibraryDetail.inParentheses(e) + ".", e);
        }
        return entries;
    }
}
