package io.sourcemark.importer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The same article in every format, made here rather than committed: a web page with the clutter of a real news
 * site around it, a Word document, an OpenDocument text and Markdown (PDFs: {@link PdfFixtures}).
 */
public final class ArticleFixtures {

    /** An article as the plain-text importer reads it. */
    public record Article(String title, String source, String date, String url, List<String> paragraphs) {

        public String body() {
            return String.join("\n\n", paragraphs) + "\n";
        }
    }

    private ArticleFixtures() {
    }

    /** A sample article of {@code sample-articles/}, read by the plain-text importer. */
    public static Article sample(String prefix) {
        try (var files = Files.list(Path.of("sample-articles"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            ImportedArticle article = ImporterRegistry.standard().importFile(file);
            return of(article);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static Article of(ImportedArticle article) {
        String body = article.body().strip();
        return new Article(article.meta().title(), article.meta().source(), article.meta().date(),
                article.meta().url(), List.of(body.split("\n\n")));
    }

    /** A news site's page: menus, a cookie banner, ads, share buttons, related links, comments and a footer. */
    public static String html(Article article) {
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(escape(article.title())).append(" | The Daily Ledger</title>\n")
                .append("<meta property=\"og:title\" content=\"").append(escape(article.title())).append("\">\n")
                .append("<meta property=\"og:site_name\" content=\"The Daily Ledger\">\n")
                .append("<script>window.dataLayer = [{\"page\": \"article\"}];</script>\n")
                .append("<style>.ad { height: 250px }</style></head>\n<body>\n")
                .append("<div id=\"cookie-banner\" class=\"consent\"><p>We use cookies to improve your experience, ")
                .append("personalise ads and measure traffic. <button>Accept all</button></p></div>\n")
                .append("<header class=\"site-header\"><a href=\"/\">The Daily Ledger</a><nav><ul>")
                .append("<li><a href=\"/world\">World</a></li><li><a href=\"/politics\">Politics</a></li>")
                .append("<li><a href=\"/business\">Business</a></li></ul></nav></header>\n")
                .append("<div class=\"ad ad-leaderboard\">Advertisement: Save 50% on your first year, subscribe ")
                .append("today and never miss a story again.</div>\n<main><article>\n<h1>")
                .append(escape(article.title())).append("</h1>\n")
                .append("<div class=\"byline\">By Staff Reporter, updated 3 hours ago</div>\n")
                .append("<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a> <a href=\"#\">Share on X</a>")
                .append("</div>\n<div class=\"article-body\">\n");
        for (String paragraph : article.paragraphs()) {
            page.append("  <p>").append(escape(paragraph).replace("\n", "<br>\n")).append("</p>\n");
        }
        page.append("</div>\n<aside class=\"related\"><h3>Related stories</h3><ul>")
                .append("<li><a href=\"/a\">Markets slide as investors weigh the outlook for interest rates</a></li>")
                .append("<li><a href=\"/b\">Ten things to know before the summit opens on Monday</a></li>")
                .append("</ul></aside>\n</article></main>\n")
                .append("<section id=\"comments\" class=\"comments\"><h3>Comments (2)</h3>")
                .append("<p>Reader1: This is outrageous, and I have said so for years, frankly.</p>")
                .append("<p>Reader2: Great reporting, thank you, keep it up, we need more of it.</p></section>\n")
                .append("<footer><p>© 2024 The Daily Ledger. All rights reserved. Terms, privacy, contact us.</p>")
                .append("</footer>\n</body></html>\n");
        return page.toString();
    }

    /** A Word document: the title as document property and as a Title-styled first paragraph. */
    public static byte[] docx(Article article) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(article.title());
            document.getProperties().getCoreProperties().setCreator("Staff Reporter");
            XWPFParagraph heading = document.createParagraph();
            heading.setStyle("Title");
            heading.createRun().setText(article.title());
            for (String paragraph : article.paragraphs()) {
                XWPFRun run = document.createParagraph().createRun();
                String[] lines = paragraph.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        run.addBreak();
                    }
                    run.setText(lines[i], i);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument text, written entry by entry as LibreOffice lays one out. */
    public static byte[] odt(Article article) {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:text><text:h text:outline-level=\"1\">" + escape(article.title())
                + "</text:h>");
        String note = "<text:note><text:note-body><text:p>A note, not the article.</text:p></text:note-body></text:note>";
        for (String paragraph : article.paragraphs()) {
            content.append("<text:p>").append(escape(paragraph).replace("\n", "<text:line-break/>"))
                    .append(content.indexOf(note) < 0 ? note : "").append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta><dc:title>" + escape(article.title())
                + "</dc:title><dc:creator>Staff Reporter</dc:creator></office:meta></office:document-meta>";
        return zip(List.of(
                new Entry("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII),
                        true),
                new Entry("content.xml", content.toString().getBytes(StandardCharsets.UTF_8), false),
                new Entry("meta.xml", meta.getBytes(StandardCharsets.UTF_8), false)));
    }

    /** Markdown with YAML front matter, emphasis, a link and hard-wrapped lines. */
    public static String markdown(Article article) {
        StringBuilder md = new StringBuilder("---\ntitle: \"" + article.title().replace("\"", "'") + "\"\n"
                + "author: Staff Reporter\n" + (article.date() == null ? "" : "date: " + article.date() + "\n")
                + (article.source() == null ? "" : "source: " + article.source() + "\n") + "---\n\n");
        for (String paragraph : article.paragraphs()) {
            md.append(markdownEscape(paragraph).replace("\n", "  \n")).append("\n\n");
        }
        return md.toString();
    }

    /** A Word document of the body's XML as written ({@code <w:p>…</w:p>…}), in the least parts Word needs. */
    public static byte[] rawDocx(String bodyXml) {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
                + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/"
                + "xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.document.main+xml\"/></Types>";
        String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas."
                + "openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>";
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + w + "\"><w:body>"
                + bodyXml + "</w:body></w:document>";
        return zip(List.of(new Entry("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8), false),
                new Entry("_rels/.rels", rels.getBytes(StandardCharsets.UTF_8), false),
                new Entry("word/document.xml", document.getBytes(StandardCharsets.UTF_8), false)));
    }

    /** A paragraph of Word's XML. */
    public static String wordParagraph(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
    }

    /** An entry of a zip file; {@code stored} ones are not compressed (ODF's mimetype must come first, stored). */
    public record Entry(String name, byte[] bytes, boolean stored) {
    }

    public static byte[] zip(List<Entry> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                if (entry.stored()) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.bytes());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.bytes().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.bytes());
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Markdown's punctuation escaped as a Markdown writer does, so the text reads back as it was written. */
    static String markdownEscape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#&!|~])", "\\\\$1")
                .replaceAll("(?m)^([-+=])", "\\\\$1").replaceAll("(?m)^(\\d+)([.)])", "$1\\\\$2");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
