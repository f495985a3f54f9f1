package io.sourcemark.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Set;

/**
 * Web pages, saved from a browser or fetched: the article's main text ({@link MainText}) and what the page says
 * about it ({@link PageMetadata}). A heading that repeats the title is left out of the body, as it is of a text file.
 */
final class HtmlImporter extends FormatImporter {

    HtmlImporter() {
        super("web page", Set.of("html", "htm", "xhtml"), false, Set.of("text/html", "application/xhtml+xml"));
    }

    @Override
    public ArticleDraft read(ImportSource source) throws ImportException {
        DecodedText decoded = DeclaredCharset.decode(source);
        String base = source.url() == null ? "" : source.url().toString();
        Document page = Jsoup.parse(decoded.text(), base, Parser.htmlParser());
        PageMetadata meta = PageMetadata.read(page);
        List<String> paragraphs = MainText.extract(page);
        if (!paragraphs.isEmpty() && meta.title() != null && TitleDeriver.repeats(paragraphs.get(0), meta.title())) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        if (paragraphs.isEmpty()) {
            String name = source.fileName();
            throw new ImportException(name, name + " is a web page without article text: its main text is empty "
                    + "(the page may build it with scripts, or be an index or a login page). Save the page from "
                    + "the browser once the article shows, or copy its text.");
        }
        return new ArticleDraft(meta.title(), meta.source(), meta.date(), null, null, meta.url(), meta.license(),
                meta.author(), decoded.encoding(), String.join("\n\n", paragraphs));
    }
}
