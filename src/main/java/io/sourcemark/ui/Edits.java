package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.service.AnnotationService;
import io.sourcemark.service.ArticleContent;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.Change;
import io.sourcemark.service.KindNames;
import io.sourcemark.service.SpanEdge;
import io.sourcemark.service.UndoHistory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The analyst's changes to highlights, and undo and redo: each runs as one action off the FX thread, then only what
 * it changed is read again — the open article's highlights, that article's library row and the Edit menu's labels.
 */
public final class Edits {

    private final Tasks tasks;
    private final AnnotationService annotations;
    private final ArticleService articles;
    private final UndoHistory history;
    private final Selection selection;
    private final OpenArticle open;
    private final LibraryRows library;
    private final HistoryState historyState;
    private final StatusLine status;
    private final Navigator navigator;
    private final List<Runnable> afterReplay = new ArrayList<>();

    public Edits(Tasks tasks, AnnotationService annotations, ArticleService articles, UndoHistory history,
                 Selection selection, OpenArticle open, LibraryRows library, HistoryState historyState,
                 StatusLine status, Navigator navigator) {
        this.tasks = tasks;
        this.annotations = annotations;
        this.articles = articles;
        this.history = history;
        this.selection = selection;
        this.open = open;
        this.library = library;
        this.historyState = historyState;
        this.status = status;
        this.navigator = navigator;
    }

    /** Marks {@code range} of the open article as {@code kind}. */
    public void annotate(Kind kind, TextRange range) {
        long articleId = selection.articleId();
        if (articleId == 0 || range == null || range.isEmpty()) {
            status.report("Select some words of the article first, then press the key of the kind.");
            return;
        }
        change(articleId, "Marked " + KindNames.of(kind), () -> annotations.annotate(articleId, kind, range).id(),
                After.SELECT_RESULT);
    }

    /** Deletes a highlight; a suggestion is rejected instead, so that detecting again leaves it out. */
    public void delete(Annotation target) {
        if (target.origin() == Origin.DETECTED) {
            reject(target);
            return;
        }
        change(target.articleId(), "Deleted " + KindNames.of(target), () -> {
            annotations.delete(target.id());
            return 0;
        }, After.SELECT_RESULT);
    }

    public void changeKind(Annotation target, Kind kind) {
        if (target.kind() != kind) {
            change(target.articleId(), "Changed to " + KindNames.of(kind),
                    () -> annotations.changeKind(target.id(), kind).id(), After.SELECT_RESULT);
        }
    }

    /** Moves one edge of a highlight to the next or previous word boundary, as one undoable change. */
    public void adjustRange(Annotation target, SpanEdge edge, boolean forward) {
        change(target.articleId(), "Adjusted the range", () -> annotations.adjustByWord(target.id(), edge, forward)
                .id(), After.SELECT_RESULT);
    }

    /** Moves a highlight to {@code range}, as one undoable change. */
    public void adjustRangeTo(Annotation target, TextRange range) {
        change(target.articleId(), "Adjusted the range", () -> annotations.adjustRange(target.id(), range).id(),
                After.SELECT_RESULT);
    }

    /**
     * Runs a change of one of the open article's highlights made by another feature (a tag), then shows the article
     * as it now is, selecting the highlight whose id {@code work} returns (0: none).
     */
    public void apply(long articleId, String done, LongSupplier work) {
        change(articleId, done, work, After.SELECT_RESULT);
    }

    /** Runs after every undo and redo, for state read outside the article (the codebook). */
    public void onReplay(Runnable refresh) {
        afterReplay.add(refresh);
    }

    /** Accepts a suggestion and moves on to the next one in reading order. */
    public void accept(Annotation target) {
        change(target.articleId(), "Accepted " + KindNames.of(target), () -> annotations.accept(target.id()).id(),
                After.NEXT_SUGGESTION);
    }

    /** Rejects a suggestion and moves on to the next one in reading order. */
    public void reject(Annotation target) {
        change(target.articleId(), "Rejected " + KindNames.of(target), () -> annotations.reject(target.id()).id(),
                After.NEXT_SUGGESTION);
    }

    /** Accepts or rejects every suggestion of {@code kind} (null: of every kind) in the open article, as one step. */
    public void reviewAll(Kind kind, boolean accept) {
        long articleId = selection.articleId();
        if (articleId == 0) {
            status.report("Open an article first.");
            return;
        }
        Annotation kept = selection.annotation();
        tasks.action(() -> {
            int count = annotations.reviewAll(articleId, kind, accept);
            return new Reviewed(count, read(articleId));
        }, reviewed -> {
            int count = reviewed.count();
            String what = kind == null ? (count == 1 ? "suggestion" : "suggestions")
                    : "suggested " + (count == 1 ? KindNames.of(kind) : KindNames.plural(kind));
            show(reviewed.after(), kept == null ? 0 : kept.id());
            if (count == 0) {
                status.report("This article has no " + (kind == null ? "suggestions" : "suggested "
                        + KindNames.plural(kind)) + " left to " + (accept ? "accept." : "reject."));
            } else {
                status.saved((accept ? "Accepted " : "Rejected ") + count + " " + what + " in this article");
            }
        }, this::failed);
    }

    public void undo() {
        replay(true);
    }

    public void redo() {
        replay(false);
    }

    /** Reads what undo and redo would do next, for the Edit menu (after work done elsewhere: detection, import). */
    public void refreshHistory() {
        tasks.query(() -> new String[] {history.undoLabel().orElse(null), history.redoLabel().orElse(null)},
                labels -> historyState.show(labels[0], labels[1]), status::failed);
    }

    private void replay(boolean backwards) {
        tasks.action(() -> {
            Optional<Change> change = backwards ? history.undo() : history.redo();
            return new Replayed(change.orElse(null), change.isPresent() && change.get().articleId() != 0
                    ? read(change.get().articleId()) : read(0));
        }, replayed -> {
            if (replayed.change() == null) {
                status.report(backwards ? "Nothing to undo." : "Nothing to redo.");
                historyState.show(replayed.after().undoLabel(), replayed.after().redoLabel());
                return;
            }
            afterReplay.forEach(Runnable::run);
            Change change = replayed.change();
            String done = (backwards ? "Undid: " : "Redid: ") + change.label();
            boolean gone = change.articleId() != 0 && replayed.after().content().isEmpty();
            if (change.articleId() != 0 && !gone && change.articleId() != selection.articleId()) {
                if (!library.lists(change.articleId())) {
                    library.reload(); // an article deleted, brought back
                }
                navigator.open(change.articleId(), change.annotationId());
                historyState.show(replayed.after().undoLabel(), replayed.after().redoLabel());
                replayed.after().row().ifPresent(library::showRow);
            } else if (change.articleId() == 0 || gone) {
                // a change across articles (detection, import): every row may have changed; or an article
                // deleted again, which the window no longer shows
                library.reload();
                if (gone && selection.articleId() == change.articleId()) {
                    navigator.showNone();
                } else {
                    navigator.refresh();
                }
                historyState.show(replayed.after().undoLabel(), replayed.after().redoLabel());
            } else {
                show(replayed.after(), change.annotationId());
            }
            status.saved(done);
        }, this::failed);
    }

    /**
     * Runs a change of the article made elsewhere (a verdict, evidence, a note), then shows the article as it now is
     * and selects the highlight whose id {@code work} returns (0: none); {@code then} runs after, on the FX thread.
     */
    public void change(long articleId, String done, LongSupplier work, Runnable then) {
        tasks.action(() -> new Changed(work.getAsLong(), read(articleId)), changed -> {
            show(changed.after(), changed.resultId());
            status.saved(done);
            then.run();
        }, this::failed);
    }

    /**
     * Saves text typed about the article or one of its highlights (a note, a rationale), then shows the article as it
     * now is with whatever is selected by then still selected. Leaving the field by clicking another highlight saves
     * the text and selects that highlight in one click: selecting the highlight the text was of, once saved, took the
     * click back.
     */
    public void saveText(long articleId, String done, Runnable work) {
        tasks.action(() -> {
            work.run();
            return read(articleId);
        }, after -> {
            Annotation now = selection.annotation();
            show(after, now == null ? 0 : now.id());
            status.saved(done);
        }, this::failed);
    }

    /** Runs one change of an article's highlights, then shows them as they now are. */
    private void change(long articleId, String done, LongSupplier work, After after) {
        Annotation before = selection.annotation();
        tasks.action(() -> {
            long resultId = work.getAsLong();
            return new Changed(resultId, read(articleId));
        }, changed -> {
            long select = after == After.SELECT_RESULT ? changed.resultId()
                    : nextSuggestion(changed.after(), before).map(Annotation::id).orElse(0L);
            show(changed.after(), select);
            status.saved(done);
        }, this::failed);
    }

    /** Off the FX thread: everything a view shows after a change of one article, read in one go. */
    private AfterChange read(long articleId) {
        Optional<ArticleContent> content = articleId == 0 ? Optional.empty() : articles.content(articleId);
        return new AfterChange(articleId, content, articleId == 0 ? Optional.empty() : articles.summary(articleId),
                history.undoLabel().orElse(null), history.redoLabel().orElse(null));
    }

    private void show(AfterChange after, long selectId) {
        after.row().ifPresent(library::showRow);
        if (after.content().isPresent() && selection.articleId() == after.articleId()) {
            ArticleContent content = after.content().get();
            if (!content.article().equals(selection.article())) {
                // its details or note changed (or were undone): the header and the note show them
                selection.articleProperty().set(content.article());
            }
            open.show(content.article().id(), content.annotations(), content.speakerNames(), content.tags());
            selection.select(selectId == 0 ? null : open.current(selectId).orElse(null));
        }
        historyState.show(after.undoLabel(), after.redoLabel());
    }

    /** The first suggestion after {@code reviewed} in reading order, else the first one left; empty when none is. */
    static Optional<Annotation> nextSuggestion(AfterChange after, Annotation reviewed) {
        List<Annotation> suggestions = after.content().map(c -> c.annotations().stream()
                .filter(a -> a.origin() == Origin.DETECTED).toList()).orElse(List.of());
        if (reviewed == null) {
            return suggestions.stream().findFirst();
        }
        return suggestions.stream().filter(a -> a.id() != reviewed.id() && after(a, reviewed)).findFirst()
                .or(() -> suggestions.stream().filter(a -> a.id() != reviewed.id()).findFirst());
    }

    private static boolean after(Annotation a, Annotation b) {
        return a.range().start() > b.range().start()
                || a.range().start() == b.range().start() && a.range().end() > b.range().end()
                || a.range().equals(b.range()) && a.id() > b.id();
    }

    private void failed(Exception e) {
        refreshHistory();
        status.failed(e);
    }

    private enum After { SELECT_RESULT, NEXT_SUGGESTION }

    /** What a view shows after a change: the article's content and row (when one article changed), the labels. */
    record AfterChange(long articleId, Optional<ArticleContent> content, Optional<ArticleSummary> row,
                       String undoLabel, String redoLabel) {
    }

    private record Changed(long resultId, AfterChange after) {
    }

    private record Reviewed(int count, AfterChange after) {
    }

    private record Replayed(Change change, AfterChange after) {
    }
}
