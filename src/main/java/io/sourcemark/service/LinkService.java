package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Link;
import io.sourcemark.model.LinkEnd;
import io.sourcemark.model.Relation;
import io.sourcemark.model.StatementInArticle;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed links from a statement to another statement or a speaker mention, in the same article or another one. Each
 * change is one step of the history.
 */
public final class LinkService {

    /** How many statements a search for a link's other end shows at most. */
    public static final int FOUND_LIMIT = 50;

    private final Project project;

    public LinkService(Project project) {
        this.project = project;
    }

    /**
     * Links the statement {@code fromId} to {@code toId} (a statement or a speaker mention); {@code note} may be
     * blank.
     */
    public Link link(long fromId, long toId, Relation relation, String note) {
        if (fromId == toId) {
            throw new IllegalArgumentException("A statement cannot be linked to itself; choose another one.");
        }
        return project.change("Link: " + RelationNames.of(relation), tx -> {
            Annotation from = SpeakerService.annotation(tx, fromId);
            Annotation to = SpeakerService.annotation(tx, toId);
            if (from.kind() == Kind.TAG || to.kind() == Kind.TAG) {
                throw new IllegalArgumentException("Links join statements and speaker mentions, not tags.");
            }
            boolean taken = tx.links().forAnnotation(fromId).stream().anyMatch(l -> l.fromAnnotationId() == fromId
                    && l.toAnnotationId() == toId && l.relation() == relation);
            if (taken) {
                throw new IllegalArgumentException("These two are already linked as “" + RelationNames.of(relation)
                        + "”.");
            }
            tx.focus(from.articleId(), fromId);
            AnalystWork.review(tx, from);
            AnalystWork.review(tx, to);
            return tx.links().insert(new Link(0, null, fromId, toId, relation, SpeakerNames.optional(note)));
        });
    }

    /** Removes a link; both ends stay. */
    public void delete(Link link) {
        project.change("Delete link: " + RelationNames.of(link.relation()), tx -> {
            Annotation from = SpeakerService.annotation(tx, link.fromAnnotationId());
            if (tx.links().forAnnotation(from.id()).stream().noneMatch(l -> l.id() == link.id())) {
                throw new IllegalArgumentException("This link no longer exists in the project.");
            }
            tx.links().delete(link.id());
            tx.focus(from.articleId(), from.id());
            return null;
        });
    }

    /** The links starting or ending at the annotation, oldest first, each with its other end. */
    public List<LinkEnd> linksOf(long annotationId) {
        return project.read(tx -> {
            List<LinkEnd> ends = new ArrayList<>();
            for (Link link : tx.links().forAnnotation(annotationId)) {
                boolean outgoing = link.fromAnnotationId() == annotationId;
                long otherId = outgoing ? link.toAnnotationId() : link.fromAnnotationId();
                tx.attributions().find(otherId).ifPresent(other -> ends.add(new LinkEnd(link, outgoing, other)));
            }
            return ends;
        });
    }

    /** Statements and speaker mentions of the library whose words contain {@code words}; nothing for blank words. */
    public List<StatementInArticle> find(String words) {
        if (words == null || words.isBlank()) {
            return List.of();
        }
        return project.read(tx -> tx.attributions().findByWords(words.strip(), FOUND_LIMIT));
    }
}
