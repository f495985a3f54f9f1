package io.sourcemark.importer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web pages, saved from a browser or fetched: the article's main text ({@link MainText}) and what the page says
 * about it ({@link PageMetadata}). A heading that repeats the title is left out of the body, as it is of a text file.
 */
final class HtmlImporter extends FormatImporter {

    /**
     * A doctype with an internal subset ({@code <!DOCTYPE html [ <!ENTITY …> ]>}): the HTML parser ends the doctype at
     * the subset's first ">", and the rest ("]>") would open the article's text. Anchored at the start of the page,
     * so it is tried once.
     */
    private static final Pattern INTERNAL_SUBSET = Pattern.compile(
            "\\A(\\s*+(?:<\\?xml[^>]{0,1000}>\\s*+)?<!DOCTYPE[^\\[>]{0,1000})\\[.*?]\\s*+>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    HtmlImporter() {
        super("web page", Set.of("html", "htm", "xhtml"), false, Set.of("text/html", "application/xhtml+xml"));
    }

    @Override
    public ArticleDraft read(ImportSource source) throws ImportException {
        DecodedText decoded = DeclaredCharset.decode(source);
        String base = source.url() == null ? "" : source.url().toString();
        Document page = Jsoup.parse(withoutInternalSubset(decoded.text()), base, Parser.htmlParser());
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

    static String withoutInternalSubset(String html) {
        Matcher m = INTERNAL_SUBSET.matcher(html);
        return m.lookingAt() ? m.group(1) + ">" + html.substring(m.end()) : html;
    }
}
