package io.sourcemark.export;

import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Speaker;

import java.util.List;

/**
 * An article as an interchange file brings it (W3C of ours, or brat): its text, and its annotations with what hangs
 * from them, every reference by uid; ready to be merged into a project.
 *
 * @param uid      the article's uid, or null for a format that has none (brat)
 * @param note     the note on the whole article, or null
 * @param speakers the speakers its annotations name (ids 0, uids set)
 * @param problems what was left out while reading, in words (an annotation whose text is not at its place, …)
 * @param described whether the file says what the article and its speakers are (W3C); brat gives only the text and
 *                  its spans, so the title is the file's name and every speaker a person, which a merge does not
 *                  hold against the project's
 */
public record InterchangeArticle(String uid, ArticleMeta meta, String body, String note, List<Speaker> speakers,
                                 List<InterchangeTag> tags, List<InterchangeAnnotation> annotations,
                                 List<String> problems, boolean described) {

    public InterchangeArticle {
        speakers = List.copyOf(speakers);
        tags = List.copyOf(tags);
        annotations = List.copyOf(annotations);
        problems = List.copyOf(problems);
    }
}
