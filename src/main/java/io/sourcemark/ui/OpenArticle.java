package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Tag;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The highlights of the open article as the reader, the statements list and the inspector show them: every
 * annotation but rejected suggestions, in reading order, with the names of their speakers. Changed on the FX thread.
 */
public final class OpenArticle {

    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableMap<Long, String> speakerNames = FXCollections.observableHashMap();
    private final ObservableMap<Long, List<Tag>> tags = FXCollections.observableHashMap();
    private long articleId;

    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    /** The names go in first, so that rows drawn for the new annotations find their speaker. */
    public void show(long shownArticleId, List<Annotation> shown, Map<Long, String> names) {
        articleId = shownArticleId;
        speakerNames.clear();
        speakerNames.putAll(names);
        annotations.setAll(shown);
    }

    /** The same, with the tags the highlights carry (by annotation id), put in before the highlights. */
    public void show(long shownArticleId, List<Annotation> shown, Map<Long, String> names,
                     Map<Long, List<Tag>> shownTags) {
        tags.clear();
        tags.putAll(shownTags);
        show(shownArticleId, shown, names);
    }

    /** The tags a highlight carries, ordered by name; empty when it carries none. */
    public List<Tag> tagsOf(Annotation annotation) {
        return tags.getOrDefault(annotation.id(), List.of());
    }

    /** The tags of the open article's highlights, by annotation id. */
    public Map<Long, List<Tag>> tags() {
        return Map.copyOf(tags);
    }

    /** The article these highlights are of (0 before any): drawing them on another article would waste a frame. */
    public long articleId() {
        return articleId;
    }

    /** The speaker a statement or mention is tied to; empty when it has none. */
    public Optional<String> speakerName(Annotation annotation) {
        return annotation.speakerId() == null ? Optional.empty()
                : Optional.ofNullable(speakerNames.get(annotation.speakerId()));
    }

    /** The same highlight as it now stands (its row may have been updated), or empty when it is gone. */
    public Optional<Annotation> current(long annotationId) {
        return annotations.stream().filter(a -> a.id() == annotationId).findFirst();
    }
}
