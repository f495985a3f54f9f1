package io.sourcemark.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Link;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verification;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article's annotations as one W3C Web Annotation {@code AnnotationCollection} (JSON-LD). Each annotation has a
 * {@code TextQuoteSelector} (exact, prefix, suffix) and a {@code TextPositionSelector} in Unicode code points; bodies
 * carry its kind (classifying), speaker (identifying), tags (tagging), verdict with rationale and evidence
 * (assessing), note (commenting) and links (linking); ids are the uids as {@code urn:uuid:} IRIs. The collection also
 * carries the article's text and metadata and the speakers and tags it names, so that {@link WebAnnotationReader}
 * reads it back whole.
 */
public final class WebAnnotationExport {

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(ReportModel model, ExportOptions options, OutputStream out) throws IOException {
        json.writeValue(out, collection(model, options));
    }

    ObjectNode collection(ReportModel model, ExportOptions options) {
        Article article = model.article();
        CodePoints offsets = CodePoints.of(article.body());
        List<Annotation> carried = model.annotations().stream().filter(options::carries).toList();
        ObjectNode root = json.createObjectNode();
        root.set("@context", WebAnnotationTerms.context(json));
        root.put("id", WebAnnotationTerms.derived("annotations", article.uid()));
        root.put("type", "AnnotationCollection");
        root.put("label", article.meta().title());
        root.put("total", carried.size());
        root.put("generated", model.readAt().toString());
        root.putObject("generator").put("type", "Software").put("name", "Sourcemark");
        root.set("sm:article", article(article, options));
        Map<Long, Speaker> speakers = new LinkedHashMap<>();
        Map<Long, Tag> tags = new LinkedHashMap<>();
        Map<Long, Annotation> byId = new HashMap<>();
        model.annotations().forEach(a -> byId.put(a.id(), a));
        ObjectNode page = json.createObjectNode();
        page.put("id", WebAnnotationTerms.derived("page", article.uid()));
        page.put("type", "AnnotationPage");
        ArrayNode items = page.putArray("items");
        for (Annotation a : carried) {
            Speaker speaker = a.speakerId() == null ? null : model.speakers().get(a.speakerId());
            if (speaker != null) {
                speakers.put(speaker.id(), speaker);
            }
            model.tagsOf(a.id()).forEach(t -> addWithParents(t, model.codebook(), tags));
            items.add(annotation(model, options, a, speaker, offsets, byId));
        }
        ArrayNode speakerList = root.putArray("sm:speakers");
        speakers.values().forEach(s -> speakerList.add(speaker(s)));
        ArrayNode tagList = root.putArray("sm:tags");
        tags.values().forEach(t -> tagList.add(tag(t, model.codebook())));
        root.set("first", page);
        return root;
    }

    private ObjectNode article(Article article, ExportOptions options) {
        ArticleMeta meta = article.meta();
        ObjectNode node = json.createObjectNode();
        node.put("id", WebAnnotationTerms.iri(article.uid()));
        node.put("type", "Text");
        node.put("sm:title", meta.title());
        putIfSet(node, "sm:source", meta.source());
        putIfSet(node, "sm:date", meta.date());
        putIfSet(node, "sm:dateline", meta.dateline());
        putIfSet(node, "sm:agency", meta.agency());
        putIfSet(node, "sm:url", meta.url());
        putIfSet(node, "sm:license", meta.license());
        putIfSet(node, "sm:fileName", meta.fileName());
        if (options.notes()) {
            putIfSet(node, "sm:note", article.note());
        }
        node.put("sm:contentHash", article.contentHash());
        node.put("value", article.body());
        return node;
    }

    private ObjectNode annotation(ReportModel model, ExportOptions options, Annotation a, Speaker speaker,
                                  CodePoints offsets, Map<Long, Annotation> byId) {
        ObjectNode node = json.createObjectNode();
        node.put("id", WebAnnotationTerms.iri(a.uid()));
        node.put("type", "Annotation");
        ArrayNode motivation = node.putArray("motivation").add("highlighting");
        ArrayNode bodies = node.putArray("body");
        bodies.addObject().put("type", "TextualBody").put("purpose", "classifying").put("value", Labels.kind(a));
        if (speaker != null) {
            bodies.addObject().put("type", "TextualBody").put("purpose", "identifying").put("value", speaker.name())
                    .put("sm:speaker", WebAnnotationTerms.iri(speaker.uid()));
        }
        List<Tag> tags = model.tagsOf(a.id());
        for (Tag tag : tags) {
            bodies.addObject().put("type", "TextualBody").put("purpose", "tagging").put("value", tag.name())
                    .put("sm:tag", WebAnnotationTerms.iri(tag.uid()));
        }
        if (!tags.isEmpty()) {
            motivation.add("tagging");
        }
        Verification v = a.verification();
        if (options.verdicts() && v != null && !v.equals(Verification.UNCHECKED)) {
            bodies.add(assessment(v, model.evidenceOf(a.id()), options));
            motivation.add("assessing");
        }
        if (options.notes() && a.note() != null) {
            bodies.addObject().put("type", "TextualBody").put("purpose", "commenting").put("value", a.note());
            motivation.add("commenting");
        }
        int linked = 0;
        for (Link link : model.links()) {
            String target = link.fromAnnotationId() == a.id() ? targetUid(model, byId, link.toAnnotationId()) : null;
            if (target != null) {
                ObjectNode body = bodies.addObject();
                body.put("id", WebAnnotationTerms.iri(link.uid())).put("type", "SpecificResource")
                        .put("purpose", "linking").put("source", WebAnnotationTerms.iri(target))
                        .put("sm:relation", link.relation().name());
                if (options.notes()) {
                    putIfSet(body, "sm:note", link.note());
                }
                linked++;
            }
        }
        if (linked > 0) {
            motivation.add("linking");
        }
        node.set("target", target(model.article(), a.range(), a, offsets));
        node.put("sm:kind", a.kind().name());
        node.put("sm:origin", a.origin().name());
        if (!a.pieces().isEmpty()) {
            ArrayNode pieces = node.putArray("sm:pieces");
            a.pieces().forEach(piece -> pieces.add(position(piece, offsets)));
        }
        if (a.cue() != null) {
            node.set("sm:cue", position(a.cue(), offsets));
        }
        if (a.score() != null) {
            node.put("sm:score", a.score());
        }
        if (a.category() != null) {
            node.put("sm:category", a.category().name());
        }
        if (a.suggestedKind() != null) {
            node.put("sm:suggestedKind", a.suggestedKind().name());
        }
        return node;
    }

    private static String targetUid(ReportModel model, Map<Long, Annotation> byId, long id) {
        Annotation here = byId.get(id);
        if (here != null) {
            return here.uid();
        }
        LinkedStatement there = model.elsewhere().get(id);
        return there == null ? null : there.uid();
    }

    private ObjectNode assessment(Verification v, List<Evidence> evidence, ExportOptions options) {
        ObjectNode body = json.createObjectNode();
        body.put("type", "TextualBody").put("purpose", "assessing").put("value", VerdictScale.name(v.verdict()));
        body.put("sm:verdict", v.verdict().name());
        body.put("sm:status", v.status().name());
        putIfSet(body, "sm:rationale", v.rationale());
        putIfSet(body, "sm:reviewer", v.reviewer());
        if (v.reviewedAt() != null) {
            body.put("sm:reviewedAt", v.reviewedAt().toString());
        }
        if (!evidence.isEmpty()) {
            ArrayNode list = body.putArray("sm:evidence");
            for (Evidence e : evidence) {
                ObjectNode node = list.addObject();
                node.put("id", WebAnnotationTerms.iri(e.uid())).put("type", "sm:Evidence").put("sm:url", e.url());
                putIfSet(node, "sm:title", e.title());
                if (options.notes()) {
                    putIfSet(node, "sm:note", e.note());
                }
                node.put("sm:stance", e.stance().name());
                if (e.accessed() != null) {
                    node.put("sm:accessed", e.accessed().toString());
                }
            }
        }
        return body;
    }

    private ObjectNode target(Article article, TextRange range, Annotation a, CodePoints offsets) {
        ObjectNode target = json.createObjectNode();
        target.put("source", WebAnnotationTerms.iri(article.uid()));
        ArrayNode selectors = target.putArray("selector");
        selectors.addObject().put("type", "TextQuoteSelector").put("exact", a.exact()).put("prefix", a.prefix())
                .put("suffix", a.suffix());
        selectors.add(position(range, offsets));
        return target;
    }

    private ObjectNode position(TextRange range, CodePoints offsets) {
        return json.createObjectNode().put("type", "TextPositionSelector")
                .put("start", offsets.fromUtf16(range.start())).put("end", offsets.fromUtf16(range.end()));
    }

    private ObjectNode speaker(Speaker s) {
        ObjectNode node = json.createObjectNode();
        node.put("id", WebAnnotationTerms.iri(s.uid())).put("type", "sm:Speaker").put("name", s.name());
        if (s.kind() != null) {
            node.put("sm:kind", s.kind().name());
        }
        putIfSet(node, "sm:role", s.role());
        putIfSet(node, "sm:affiliation", s.affiliation());
        if (!s.aliases().isEmpty()) {
            ArrayNode aliases = node.putArray("sm:aliases");
            s.aliases().forEach(aliases::add);
        }
        return node;
    }

    private ObjectNode tag(Tag t, Map<Long, Tag> codebook) {
        ObjectNode node = json.createObjectNode();
        node.put("id", WebAnnotationTerms.iri(t.uid())).put("type", "sm:Tag").put("label", t.name());
        putIfSet(node, "sm:color", t.color());
        Tag parent = t.parentId() == null ? null : codebook.get(t.parentId());
        if (parent != null) {
            node.put("sm:parent", WebAnnotationTerms.iri(parent.uid()));
        }
        putIfSet(node, "sm:shortcut", t.shortcut());
        return node;
    }

    /** Parents first, so that a reader meets a tag's parent before the tag (a cycle of parents is cut). */
    private static void addWithParents(Tag tag, Map<Long, Tag> codebook, Map<Long, Tag> into) {
        List<Tag> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Tag t = tag; t != null && !into.containsKey(t.id()) && seen.add(t.id());
             t = t.parentId() == null ? null : codebook.get(t.parentId())) {
            chain.add(t);
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            into.put(chain.get(i).id(), chain.get(i));
        }
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
