package io.sourcemark.importer;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Link text in the article: a paragraph with a link in it is text, a block that is mostly links ("Related", "Most
 * read", tag lists, "Read more: …") is not.
 */
final class LinkLists {

    private static final Set<String> BLOCKS = Set.of("ul", "ol", "dl", "div", "section", "table", "p", "li", "h2",
            "h3", "h4", "h5", "h6");
    /** Mostly links: more than this share of a block's text is link text. */
    private static final double MOSTLY_LINKS = 0.5;
    /** Longer blocks are kept whatever their links: an article that links every other phrase is still one. */
    private static final int LONG_BLOCK = 1000;

    private LinkLists() {
    }

    /** The share of an element's text that is inside links, 0 for an element without text. */
    static double density(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += link.text().length();
        }
        return Math.min(1, (double) linked / length);
    }

    static void remove(Element article) {
        List<Element> doomed = new ArrayList<>();
        for (Element element : article.getAllElements()) {
            if (element != article && BLOCKS.contains(element.normalName())
                    && element.text().length() < LONG_BLOCK && density(element) > MOSTLY_LINKS) {
                doomed.add(element);
            }
        }
        doomed.forEach(Element::remove);
    }
}
