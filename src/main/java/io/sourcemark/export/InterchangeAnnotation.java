package io.sourcemark.export;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Relation;

import java.util.List;

/**
 * One annotation as a file brings it: the annotation itself (uid set, article and speaker ids 0 and null), with its
 * speaker, tags, evidence and outgoing links named by uid.
 *
 * @param speakerUid the uid of one of the article's {@link InterchangeArticle#speakers()}, or null
 */
public record InterchangeAnnotation(Annotation annotation, String speakerUid, List<String> tagUids,
                                    List<Evidence> evidence, List<Outgoing> links) {

    public InterchangeAnnotation {
        tagUids = List.copyOf(tagUids);
        evidence = List.copyOf(evidence);
        links = List.copyOf(links);
    }

    /** A link from this annotation to the annotation {@code targetUid}, in this file or already in the project. */
    public record Outgoing(String uid, String targetUid, Relation relation, String note) {
    }
}
