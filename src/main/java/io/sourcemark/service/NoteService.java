package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;

import java.util.Objects;

/** The analyst's free-text notes, on any highlight and on a whole article; each save is one change. */
public final class NoteService {

    private final Project project;

    public NoteService(Project project) {
        this.project = project;
    }

    /** Sets the highlight's note; blank removes it. */
    public Annotation setNote(long annotationId, String note) {
        String kept = Text.orNull(note);
        return project.change(kept == null ? "Remove note" : "Edit note", tx -> {
            Annotation before = tx.annotations().find(annotationId).orElseThrow(
                    () -> new IllegalArgumentException("This highlight no longer exists in the project."));
            tx.focus(before.articleId(), annotationId);
            if (Objects.equals(before.note(), kept)) {
                return before;
            }
            Annotation noted = before.withNote(kept);
            Annotation after = kept == null ? noted : AnalystWork.asReviewed(noted);
            tx.annotations().update(after);
            return after;
        });
    }

    /** Sets the article's note; blank removes it. */
    public Article setArticleNote(long articleId, String note) {
        String kept = Text.orNull(note);
        return project.change(kept == null ? "Remove article note" : "Edit article note", tx -> {
            Article before = tx.articles().find(articleId).orElseThrow(
                    () -> new IllegalArgumentException("The article no longer exists in this project."));
            tx.focus(articleId, 0);
            if (!Objects.equals(before.note(), kept)) {
                tx.articles().updateNote(articleId, kept);
            }
            return new Article(before.id(), before.uid(), before.meta(), before.body(), before.contentHash(),
                    before.importedAt(), kept);
        });
    }
}
