package io.sourcemark.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The schema.org article of a page's JSON-LD ({@code NewsArticle} and its kin): headline, authors, publication date,
 * publisher and address. Malformed JSON-LD is ignored: the page's other metadata still counts.
 */
record JsonLdArticle(String headline, String author, String datePublished, String publisher, String url) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
            "BlogPosting", "Report", "LiveBlogPosting");
    /** Objects looked at in one script: enough for any real page, bounded for a hostile one. */
    private static final int MAX_NODES = 10_000;

    /** The first article object of a JSON-LD script, if it has one. */
    static Optional<JsonLdArticle> parse(String script) {
        JsonNode root;
        try {
            root = JSON.readTree(script);
        } catch (JsonProcessingException | RuntimeException malformed) {
            return Optional.empty();
        }
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.add(root == null ? JSON.missingNode() : root);
        for (int seen = 0; !pending.isEmpty() && seen < MAX_NODES; seen++) {
            JsonNode node = pending.removeFirst();
            if (node.isArray()) {
                node.forEach(pending::addLast);
            } else if (node.isObject()) {
                if (isArticle(node.get("@type"))) {
                    return Optional.of(of(node));
                }
                node.path("@graph").forEach(pending::addLast);
            }
        }
        return Optional.empty();
    }

    private static JsonLdArticle of(JsonNode article) {
        String url = text(article.get("url"));
        if (url == null) {
            JsonNode page = article.get("mainEntityOfPage");
            url = page != null && page.isObject() ? text(page.has("@id") ? page.get("@id") : page.get("url"))
                    : text(page);
        }
        return new JsonLdArticle(text(article.get("headline")), names(article.get("author")),
                text(article.get("datePublished")), names(article.get("publisher")), url);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    /** A person or organisation, or several: their names joined by commas. */
    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode one : node.isArray() ? node : JSON.createArrayNode().add(node)) {
            String name = one.isObject() ? text(one.get("name")) : text(one);
            if (name != null && !name.startsWith("http")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** A value's text; a fraction or exponent is no name or date (a huge one would read as "Infinity"). */
    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode() || node.isFloatingPointNumber()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }
}
