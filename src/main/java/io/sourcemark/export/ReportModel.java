package io.sourcemark.export;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Link;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One article as one snapshot of the project shows it: what every format is rendered from. Read in one read
 * transaction, so that its parts agree with each other.
 *
 * @param annotations every annotation of the article, of every origin, ordered by position
 * @param speakers    the project speakers its annotations name, by id
 * @param tags        the tags of its annotations, by annotation id
 * @param evidence    the evidence of its statements, by annotation id, in the analyst's order
 * @param links       the links that start or end at one of its annotations
 * @param elsewhere   the ends of those links that lie in other articles, by annotation id
 * @param codebook    the tags it uses and their parents, by id
 * @param readAt      when the snapshot was read: the report's date
 */
public record ReportModel(Article article, List<Annotation> annotations, Map<Long, Speaker> speakers,
                          Map<Long, List<Tag>> tags, Map<Long, List<Evidence>> evidence, List<Link> links,
                          Map<Long, LinkedStatement> elsewhere, Map<Long, Tag> codebook, Instant readAt) {

    public ReportModel {
        annotations = List.copyOf(annotations);
        speakers = Map.copyOf(speakers);
        tags = Map.copyOf(tags);
        evidence = Map.copyOf(evidence);
        links = List.copyOf(links);
        elsewhere = Map.copyOf(elsewhere);
        codebook = Map.copyOf(codebook);
    }

    List<Tag> tagsOf(long annotationId) {
        return tags.getOrDefault(annotationId, List.of());
    }

    List<Evidence> evidenceOf(long annotationId) {
        return evidence.getOrDefault(annotationId, List.of());
    }
}
