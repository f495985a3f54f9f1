package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Link;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project's data keyed by uid, every reference between rows as a uid too: two projects hold the same work when
 * their snapshots are equal, whatever their row ids. Import times are left out (an import is a new one).
 */
record UidSnapshot(Map<String, List<Object>> articles, Map<String, List<Object>> annotations,
                   Map<String, List<Object>> speakers, Map<String, List<Object>> tags,
                   Map<String, List<Object>> evidence, Map<String, List<Object>> links, List<String> tagged) {

    static UidSnapshot of(Project project) {
        return project.read(tx -> {
            Map<Long, String> speakerUids = new HashMap<>();
            Map<String, List<Object>> speakers = new TreeMap<>();
            for (Speaker s : tx.speakers().list()) {
                speakerUids.put(s.id(), s.uid());
                speakers.put(s.uid(), List.of(s.name(), s.kind(), String.valueOf(s.role()),
                        String.valueOf(s.affiliation()), s.aliases()));
            }
            Map<Long, String> tagUids = new HashMap<>();
            List<Tag> codebook = tx.tags().list();
            codebook.forEach(t -> tagUids.put(t.id(), t.uid()));
            Map<String, List<Object>> tags = new TreeMap<>();
            for (Tag t : codebook) {
                tags.put(t.uid(), List.of(t.name(), String.valueOf(t.color()), String.valueOf(tagUids.get(t.parentId())),
                        String.valueOf(t.shortcut())));
            }
            Map<String, List<Object>> articles = new TreeMap<>();
            Map<String, List<Object>> annotations = new TreeMap<>();
            Map<String, List<Object>> evidence = new TreeMap<>();
            Map<String, List<Object>> links = new TreeMap<>();
            List<String> tagged = new ArrayList<>();
            Map<Long, String> annotationUids = new HashMap<>();
            List<Link> allLinks = new ArrayList<>();
            for (ArticleSummary summary : tx.articles().list()) {
                Article a = tx.articles().find(summary.id()).orElseThrow();
                articles.put(a.uid(), List.of(a.meta(), a.body(), a.contentHash(), String.valueOf(a.note())));
                for (Annotation n : tx.annotations().forArticle(a.id())) {
                    annotationUids.put(n.id(), n.uid());
                    annotations.put(n.uid(), List.of(a.uid(), n.kind(), n.origin(), n.range(), n.pieces(), n.exact(),
                            n.prefix(), n.suffix(), String.valueOf(speakerUids.get(n.speakerId())),
                            String.valueOf(n.cue()), String.valueOf(n.score()), String.valueOf(n.category()),
                            String.valueOf(n.suggestedKind()), String.valueOf(n.verification()),
                            String.valueOf(n.note())));
                }
                for (Evidence e : tx.evidence().forArticle(a.id())) {
                    int position = (int) tx.evidence().forAnnotation(e.annotationId()).stream()
                            .takeWhile(other -> other.id() != e.id()).count();
                    evidence.put(e.uid(), List.of(annotationUids.get(e.annotationId()), position, e.url(),
                            String.valueOf(e.title()), String.valueOf(e.note()), e.stance(),
                            String.valueOf(e.accessed())));
                }
                allLinks.addAll(tx.links().forArticle(a.id()));
                tx.tags().forArticle(a.id()).forEach((id, list) -> list.forEach(t -> tagged.add(id + ":" + t.uid())));
            }
            for (Link l : allLinks) {
                links.put(l.uid(), List.of(annotationUids.get(l.fromAnnotationId()),
                        annotationUids.get(l.toAnnotationId()), l.relation(), String.valueOf(l.note())));
            }
            List<String> taggedByUid = tagged.stream().map(pair -> annotationUids.get(Long.parseLong(
                    pair.substring(0, pair.indexOf(':')))) + pair.substring(pair.indexOf(':'))).sorted().toList();
            return new UidSnapshot(articles, annotations, speakers, tags, evidence, links, taggedByUid);
        });
    }
}
