package io.sourcemark.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sourcemark.importer.ArticleTextForm;
import io.sourcemark.importer.ImportException;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads back an {@code AnnotationCollection} written by {@link WebAnnotationExport}: the article's text and metadata,
 * its speakers, tags and annotations with everything that hangs from them. The text takes the project's normal form
 * (as an imported article's does) and the annotations move with it. An annotation whose quoted text is not at its
 * place in the text, or that covers no words, is left out and named in {@link InterchangeArticle#problems()}.
 */
public final class WebAnnotationReader {

    // a second value after the collection is a file two exports were pasted into, or a cut one: not read in part
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** @param name the file's name, for messages */
    public InterchangeArticle read(String content, String name) throws InterchangeException {
        JsonNode root;
        try {
            root = json.readTree(content);
        } catch (JsonProcessingException e) {
            throw new InterchangeException(name + " is not JSON that can be read ("
                    + JsonProblems.describeWithPlace(e) + ").", e);
        }
        if (root == null || !root.isObject() || !JsonFields.isA(root, "AnnotationCollection")
                || root.get("sm:article") == null || JsonFields.text(root.get("sm:article"), "value") == null) {
            throw new InterchangeException(name + " is not a W3C Web Annotation export of Sourcemark: it has no "
                    + "AnnotationCollection with the article's text (sm:article). Export it again from Sourcemark.");
        }
        JsonNode articleNode = root.get("sm:article");
        String raw = JsonFields.rawText(articleNode, "value");
        String body = ArticleTextForm.body(raw);
        try {
            ArticleTextForm.check(body, name);
        } catch (ImportException e) {
            throw new InterchangeException(e.getMessage(), e);
        }
        String title = JsonFields.text(articleNode, "sm:title");
        if (title == null || title.isBlank()) {
            title = JsonFields.text(root, "label");
        }
        if (title == null || title.isBlank()) {
            throw new InterchangeException(name + " has an article without a title (sm:title).");
        }
        ArticleMeta meta = new ArticleMeta(title, JsonFields.text(articleNode, "sm:source"),
                JsonFields.text(articleNode, "sm:date"), JsonFields.text(articleNode, "sm:dateline"),
                JsonFields.text(articleNode, "sm:agency"), JsonFields.text(articleNode, "sm:url"),
                JsonFields.text(articleNode, "sm:license"), JsonFields.text(articleNode, "sm:fileName"));
        List<String> problems = new ArrayList<>();
        Map<String, InterchangeTag> tags = new LinkedHashMap<>();
        for (JsonNode node : JsonFields.items(root, "sm:tags")) {
            String uid = WebAnnotationTerms.uid(JsonFields.text(node, "id"));
            String label = JsonFields.text(node, "label");
            if (uid != null && label != null && !label.isBlank()) {
                tags.put(uid, new InterchangeTag(new Tag(0, uid, label, JsonFields.text(node, "sm:color"), null,
                        JsonFields.text(node, "sm:shortcut")), WebAnnotationTerms.uid(JsonFields.text(node, "sm:parent"))));
            }
        }
        List<Speaker> speakers = speakers(root);
        ArticleText text = new ArticleText(raw, body);
        List<InterchangeAnnotation> annotations = new ArrayList<>();
        JsonNode page = root.get("first");
        for (JsonNode node : page == null ? List.<JsonNode>of() : JsonFields.items(page, "items")) {
            WebAnnotationItem item = new WebAnnotationItem(node, text, tags);
            try {
                annotations.add(item.read());
                problems.addAll(item.problems());
            } catch (InterchangeException e) {
                problems.add(e.getMessage());
            }
        }
        return new InterchangeArticle(WebAnnotationTerms.uid(JsonFields.text(articleNode, "id")), meta, body,
                JsonFields.text(articleNode, "sm:note"), speakers, List.copyOf(tags.values()), annotations, problems,
                true);
    }

    private static List<Speaker> speakers(JsonNode root) {
        List<Speaker> speakers = new ArrayList<>();
        for (JsonNode node : JsonFields.items(root, "sm:speakers")) {
            String uid = WebAnnotationTerms.uid(JsonFields.text(node, "id"));
            String name = JsonFields.text(node, "name");
            if (uid == null || name == null || name.isBlank()) {
                continue;
            }
            SpeakerKind kind = JsonFields.enumValue(node, "sm:kind", SpeakerKind.class);
            List<String> aliases = JsonFields.items(node, "sm:aliases").stream().map(JsonNode::asText).toList();
            speakers.add(new Speaker(0, uid, name, kind == null ? SpeakerKind.PERSON : kind,
                    JsonFields.text(node, "sm:role"), JsonFields.text(node, "sm:affiliation"), aliases));
        }
        return speakers;
    }

    /** A fresh uid for something a file brings without one. */
    static String newUid() {
        return UUID.randomUUID().toString();
    }
}
