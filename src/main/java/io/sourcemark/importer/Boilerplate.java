package io.sourcemark.importer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes out of a page what is never the article: scripts and forms, navigation, asides and footers, hidden
 * elements, and blocks whose class or id says they are menus, ads, related links, comments, sharing buttons, cookie
 * or newsletter banners (the "unlikely candidates" of Mozilla's Readability, widened).
 */
final class Boilerplate {

    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, math, form, button, input, select, textarea, nav, aside, footer, dialog, menu, figure, "
            + "img, video, audio, picture, map, link, meta";
    private static final Set<String> NOT_CONTENT_ROLES = Set.of("navigation", "menu", "menubar", "complementary",
            "banner", "contentinfo", "alert", "alertdialog", "dialog", "search", "toolbar", "tablist");
    private static final Pattern UNLIKELY = Pattern.compile("(?:^|[-_ ])(?:ad|ads|adv|advert|advertisement|"
            + "sponsor(?:ed)?|promo|banner|breadcrumbs?|combx|comments?|community|cookies?|consent|gdpr|disqus|"
            + "extra|footer|header|masthead|menu|nav|navbar|navigation|newsletter|subscribe|subscription|paywall|"
            + "popup|modal|overlay|related|recommended|recirculation|more-stories|read-more|outbrain|taboola|"
            + "remark|replies|rss|share|sharing|social|shoutbox|sidebar|skyscraper|widget|toolbar|pagination|pager|"
            + "tags|byline|author|dateline|timestamp|caption|credits?|print|skip|visually-hidden|sr-only)"
            + "(?:$|[-_ ])");
    private static final Pattern MAYBE_CONTENT = Pattern.compile("article|body|column|content|main|story|post|"
            + "entry|text", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private Boilerplate() {
    }

    static void remove(Document page) {
        page.select(NEVER_TEXT).remove();
        List<Element> doomed = new ArrayList<>();
        for (Element element : page.body().getAllElements()) {
            if (element != page.body() && isNotContent(element)) {
                doomed.add(element);
            }
        }
        // A class name is a guess: a wrapper called "site has-sidebar" that holds most of the paragraphs stays.
        int paragraphs = paragraphText(page.body());
        for (Element element : doomed) {
            if (paragraphs == 0 || paragraphText(element) * 2 <= paragraphs) {
                element.remove();
            }
        }
    }

    private static int paragraphText(Element element) {
        int length = 0;
        for (Element paragraph : element.select("p")) {
            length += paragraph.text().length();
        }
        return length;
    }

    private static boolean isNotContent(Element element) {
        String tag = element.normalName();
        if (tag.equals("article") || tag.equals("main")) {
            return false;
        }
        if (element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")
                || HIDDEN_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find()
                || NOT_CONTENT_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
                || tag.equals("header") && element.closest("article") == null) {
            return true;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT).strip();
        if (names.isEmpty() || !UNLIKELY.matcher(names).find()) {
            return false;
        }
        // "article-footer" is a footer, "main-content header" wraps the article: only the content words save it
        // when the unlikely word is not the last one.
        return !MAYBE_CONTENT.matcher(names).find() || endsUnlikely(names);
    }

    private static boolean endsUnlikely(String names) {
        for (String name : names.split("\\s+")) {
            String[] words = name.split("[-_]");
            if (UNLIKELY.matcher(words[words.length - 1]).matches()) {
                return true;
            }
        }
        return false;
    }
}
