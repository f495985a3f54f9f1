package io.sourcemark.importer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article's main text in a page, found as Mozilla's Readability finds it: after the boilerplate is removed,
 * every paragraph gives points (for its length and commas) to its parent and, halved, its grandparent; the element
 * with most points, less for its share of link text, is the article; its siblings that read like more of it join.
 */
final class MainText {

    private static final int MIN_PARAGRAPH = 25;
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote", "li", "dd");
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div",
            "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "ul");

    private MainText() {
    }

    /** The paragraphs of the article, in page order; empty when the page has no text. */
    static List<String> extract(Document page) {
        Boilerplate.remove(page);
        Element body = page.body();
        Element top = topCandidate(body);
        List<Element> parts = top == null ? List.of(body) : withSiblings(top);
        List<String> paragraphs = new ArrayList<>();
        for (Element part : parts) {
            LinkLists.remove(part);
            paragraphs.addAll(BlockText.paragraphs(part));
        }
        return paragraphs;
    }

    private static Element topCandidate(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element element : body.getAllElements()) {
            if (!SCORED.contains(element.normalName()) && !isTextDiv(element)) {
                continue;
            }
            String text = element.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double points = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element parent = element.parent();
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                Element candidate = parent;
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(candidate, points * share + (scores.containsKey(candidate) ? 0 : base(candidate)),
                        Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - LinkLists.density(entry.getKey()));
            entry.setValue(score);
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** A {@code div} with no blocks inside reads as a paragraph (pages that never use {@code p}). */
    private static boolean isTextDiv(Element element) {
        if (!element.normalName().equals("div")) {
            return false;
        }
        for (Element child : element.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return false;
            }
        }
        return true;
    }

    /** The candidate and the siblings that read like more of the article (Readability's sibling rule). */
    private static List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || readsAsArticle(sibling)) {
                parts.add(sibling);
            }
        }
        return parts;
    }

    private static boolean readsAsArticle(Element sibling) {
        if (!sibling.normalName().equals("p")) {
            return false;
        }
        String text = sibling.text();
        double links = LinkLists.density(sibling);
        return text.length() > 80 && links < 0.25
                || !text.isEmpty() && links == 0 && text.matches("(?s).*[.!?][\"”’)]?$");
    }

    private static double base(Element element) {
        double score = switch (element.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String names = element.className() + " " + element.id();
        if (names.matches("(?i).*(article|body|content|entry|main|page|post|text|blog|story).*")) {
            score += 25;
        }
        return score;
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                commas++;
            }
        }
        return commas;
    }
}
