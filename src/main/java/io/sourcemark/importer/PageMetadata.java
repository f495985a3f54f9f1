package io.sourcemark.importer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page says about its article, in order of trust: JSON-LD {@code NewsArticle}, then Open Graph and
 * {@code article:} properties, then plain {@code meta} names, then {@code <title>} and the page's one {@code h1}.
 */
record PageMetadata(String title, String source, String date, String url, String author, String license) {

    /** "Headline - Site", "Headline | Site": the separators of a {@code <title>} that names its site. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—-]\\s+|\\s+[:»·]\\s+");

    static PageMetadata read(Document page) {
        JsonLdArticle ld = page.select("script[type=application/ld+json]").stream()
                .map(script -> JsonLdArticle.parse(script.data())).flatMap(Optional::stream).findFirst()
                .orElse(new JsonLdArticle(null, null, null, null, null));
        String site = first(ld.publisher(), property(page, "og:site_name"), name(page, "application-name"));
        String title = first(ld.headline(), property(page, "og:title"), name(page, "twitter:title"),
                onlyHeading(page), pageTitle(page, site));
        String date = first(ld.datePublished(), property(page, "article:published_time"),
                name(page, "date"), name(page, "pubdate"), name(page, "publish-date"), name(page, "dc.date"),
                name(page, "dc.date.issued"), name(page, "dcterms.created"), name(page, "citation_publication_date"),
                name(page, "parsely-pub-date"), attribute(page, "article time[datetime], time[pubdate]", "datetime"));
        String url = first(ld.url(), property(page, "og:url"), attribute(page, "link[rel=canonical]", "abs:href"));
        String author = first(ld.author(), name(page, "author"), name(page, "dc.creator"),
                name(page, "citation_author"), name(page, "byl"), nonLink(property(page, "article:author")));
        String license = attribute(page, "link[rel=license], a[rel=license]", "abs:href");
        return new PageMetadata(title, site, DateParser.isoDate(date), web(url), author, web(license));
    }

    /** The {@code <title>} without the site's name, when it ends with one after a separator. */
    private static String pageTitle(Document page, String site) {
        String title = page.title().strip();
        if (title.isEmpty()) {
            return null;
        }
        Matcher separator = TITLE_SEPARATOR.matcher(title);
        int lastStart = -1;
        int lastEnd = -1;
        while (separator.find()) {
            lastStart = separator.start();
            lastEnd = separator.end();
        }
        if (lastStart <= 0) {
            return title;
        }
        String tail = title.substring(lastEnd).strip();
        boolean namesSite = site != null ? tail.equalsIgnoreCase(site) : tail.split("\\s+").length <= 3;
        return namesSite ? title.substring(0, lastStart).strip() : title;
    }

    private static String onlyHeading(Document page) {
        Elements headings = page.select("h1");
        return headings.size() == 1 ? blankToNull(headings.first().text()) : null;
    }

    private static String property(Document page, String property) {
        return attribute(page, "meta[property='" + property + "'], meta[name='" + property + "']", "content");
    }

    private static String name(Document page, String name) {
        Element meta = page.selectFirst("meta[name='" + name + "'], meta[itemprop='" + name + "']");
        return meta == null ? null : blankToNull(meta.attr("content"));
    }

    private static String attribute(Document page, String query, String attribute) {
        Element element = page.selectFirst(query);
        return element == null ? null : blankToNull(element.attr(attribute));
    }

    private static String nonLink(String value) {
        return value == null || value.startsWith("http") ? null : value;
    }

    /** Only web addresses are kept: a page's {@code javascript:} or {@code file:} link is no article address. */
    private static String web(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url : null;
    }

    private static String blankToNull(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
