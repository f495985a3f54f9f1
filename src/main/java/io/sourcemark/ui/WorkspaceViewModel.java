package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.service.AnnotationService;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.Change;
import io.sourcemark.service.UndoHistory;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The state of the reader for one open project, and the commands an analyst gives it. Every service call runs
 * through {@link BackgroundTasks}; results land here on the FX thread. Knows no controls.
 */
public final class WorkspaceViewModel {

    private final ArticleService articles;
    private final AnnotationService annotationService;
    private final UndoHistory history;
    private final BackgroundTasks tasks;

    // Properties
    private final ObservableList<ArticleSummary> library = FXCollections.observableArrayList();
    private final StringProperty libraryFilter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableMap<Long, String> speakerNames = FXCollections.observableHashMap();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<TextRange> textSelection = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Annotation> revealRequest = new ReadOnlyObjectWrapper<>();
    private final LayerToggles layers = new LayerToggles();
    private final StatusLine status = new StatusLine();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");

    public WorkspaceViewModel(ArticleService articles, AnnotationService annotationService, UndoHistory history,
                              BackgroundTasks tasks) {
        this.articles = articles;
        this.annotationService = annotationService;
        this.history = history;
        this.tasks = tasks;
        libraryFilter.addListener((obs, old, now) -> reloadLibrary());
    }

    // Commands

    public void reloadLibrary() {
        String filter = libraryFilter.get();
        tasks.run(p -> articles.list(filter), list -> {
            if (filter.equals(libraryFilter.get())) {
                library.setAll(list);
            }
        }, this::fail);
    }

    /** Shows the article with its highlights. */
    public void openArticle(long articleId) {
        tasks.run(p -> LoadedArticle.load(articles, articleId), this::show, this::fail);
    }

    /** Shows an article already read from the project (on the FX thread). */
    public void show(LoadedArticle loaded) {
        selected.set(null);
        article.set(loaded.article());
        showAnnotations(loaded.annotations(), loaded.speakerNames());
    }

    /** Marks the text the analyst selected in the article as {@code kind}. */
    public void annotateSelection(Kind kind) {
        Article current = article.get();
        TextRange range = textSelection.get();
        if (current == null || range == null || range.isEmpty()) {
            status.report("Select some words of the article first, then press the key of the kind.");
            return;
        }
        long id = current.id();
        edit(id, "Marked " + Names.of(kind), () -> annotationService.annotate(id, kind, range).id());
    }

    /** Deletes the selected highlight; a suggestion is rejected instead, so that detecting again leaves it out. */
    public void deleteSelected() {
        Annotation target = selected.get();
        if (target == null) {
            status.report("Select a highlight first (click it in the article or the list).");
            return;
        }
        if (target.origin() == Origin.DETECTED) {
            rejectSelected();
            return;
        }
        edit(target.articleId(), "Deleted " + Names.of(target.kind()), () -> {
            annotationService.delete(target.id());
            return 0;
        });
    }

    public void changeKind(Annotation target, Kind kind) {
        if (target.kind() != kind) {
            edit(target.articleId(), "Changed to " + Names.of(kind),
                    () -> {
                        return annotationService.changeKind(target.id(), kind).id();
                    });
        }
    }

    public void acceptSelected() {
        Annotation target = selected.get();
        if (target == null) {
            status.report("Select a suggestion first.");
            return;
        }
        edit(target.articleId(), "Accepted suggestion", () -> {
            return annotationService.accept(target.id()).id();
        });
    }

    public void rejectSelected() {
        Annotation target = selected.get();
        if (target == null) {
            status.report("Select a suggestion first.");
            return;
        }
        edit(target.articleId(), "Rejected suggestion", () -> {
            annotationService.reject(target.id());
            return 0;
        });
    }

    /** Accepts or rejects every suggestion of {@code kind} (null: of every kind) in the open article, as one step. */
    public void reviewAll(Kind kind, boolean accept) {
        Article current = article.get();
        if (current == null) {
            status.report("Open an article first.");
            return;
        }
        long id = current.id();
        String filter = libraryFilter.get();
        tasks.run(p -> {
            int count = annotationService.reviewAll(id, kind, accept);
            return new Reviewed(count, refresh(0, id, filter));
        }, reviewed -> {
            int count = reviewed.count();
            String what = kind == null ? (count == 1 ? "suggestion" : "suggestions")
                    : "suggested " + (count == 1 ? Names.of(kind) : Names.plural(kind));
            applyRefresh(id, reviewed.refresh(), (accept ? "Accepted " : "Rejected ") + count + " " + what);
            if (count == 0) {
                status.report("This article has no " + (kind == null ? "suggestions" : "suggested " + Names.plural(kind))
                        + " left to " + (accept ? "accept." : "reject."));
            }
        }, this::fail);
    }

    /**
     * Shows the open article's highlights as the project now has them, after work done elsewhere (detection). The
     * selection stays on the same highlight, also when detecting again stored it anew under another id.
     */
    public void refreshOpenArticle(String done) {
        Article current = article.get();
        if (current == null) {
            reloadLibrary();
            status.saved(done);
            return;
        }
        long id = current.id();
        Annotation kept = selected.get();
        String filter = libraryFilter.get();
        tasks.run(p -> refresh(0, id, filter),
                refresh -> {
                    applyRefresh(id, refresh, done);
                    if (kept != null && article.get() != null && article.get().id() == id) {
                        selected.set(refresh.annotations().stream()
                                .filter(a -> a.kind() == kept.kind() && a.range().equals(kept.range()))
                                .findFirst().orElse(null));
                    }
                }, this::fail);
    }

    /**
     * Runs one change of an article's highlights off the FX thread, then shows them as they now are.
     *
     * @param change returns the id of the annotation to select afterwards, or 0 for none
     */
    private void edit(long articleId, String done, LongSupplier change) {
        String filter = libraryFilter.get();
        tasks.run(p -> {
            long selectId = change.getAsLong();
            return refresh(selectId, articleId, filter);
        }, refresh -> applyRefresh(articleId, refresh, done), this::fail);
    }

    public void undo() {
        replay(true);
    }

    public void redo() {
        replay(false);
    }

    private void replay(boolean backwards) {
        String filter = libraryFilter.get();
        tasks.run(p -> {
            Optional<Change> change = backwards ? history.undo() : history.redo();
            if (change.isEmpty()) {
                return Optional.<ChangeShown>empty();
            }
            long articleId = change.get().articleId();
            Article shown = articles.article(articleId).orElse(null);
            return Optional.of(new ChangeShown(change.get(), shown, refresh(change.get().annotationId(), articleId,
                    filter)));
        }, shown -> {
            if (shown.isEmpty()) {
                status.report(backwards ? "Nothing to undo." : "Nothing to redo.");
                refreshHistory();
                return;
            }
            ChangeShown c = shown.get();
            if (c.article() != null && (article.get() == null || article.get().id() != c.article().id())) {
                article.set(c.article());
            }
            applyRefresh(c.change().articleId(), c.refresh(), (backwards ? "Undid: " : "Redid: ") + c.change().label());
        }, this::fail);
    }

    /** Selects the highlight and asks the article to bring it into view, also when it was selected already. */
    public void reveal(Annotation annotation) {
        selected.set(annotation);
        revealRequest.set(null);
        revealRequest.set(annotation);
    }

    /** Selects the innermost highlight of a visible layer at {@code offset}, or nothing. */
    public void selectAt(int offset) {
        Annotation best = null;
        for (Annotation a : annotations) {
            if (a.range().contains(offset) && layers.isShown(Layer.of(a.kind()))
                    && (best == null || a.range().length() < best.range().length())) {
                best = a;
            }
        }
        selected.set(best);
    }

    // Results

    /** The names go in first, so that rows drawn for the new annotations find their speaker. */
    private void showAnnotations(List<Annotation> shown, Map<Long, String> names) {
        speakerNames.clear();
        speakerNames.putAll(names);
        annotations.setAll(shown);
    }

    private void applyRefresh(long articleId, Refresh refresh, String done) {
        library.setAll(refresh.library());
        if (article.get() != null && article.get().id() == articleId) {
            showAnnotations(refresh.annotations(), refresh.speakerNames());
            selected.set(refresh.annotations().stream().filter(a -> a.id() == refresh.selectId()).findFirst()
                    .orElse(null));
        }
        showHistory(refresh.undoLabel(), refresh.redoLabel());
        status.saved(done);
    }

    /** Reads what undo and redo would do next, off the FX thread, and shows it in the Edit menu. */
    public void refreshHistory() {
        tasks.run(p -> new String[] {history.undoLabel().orElse(null), history.redoLabel().orElse(null)},
                labels -> showHistory(labels[0], labels[1]), e -> status.report(e.getMessage()));
    }

    private void showHistory(String undoLabel, String redoLabel) {
        canUndo.set(undoLabel != null);
        canRedo.set(redoLabel != null);
        undoText.set(undoLabel == null ? "Undo" : "Undo: " + undoLabel);
        redoText.set(redoLabel == null ? "Redo" : "Redo: " + redoLabel);
    }

    /** Runs off the FX thread: everything a view shows after a change, read in one go. */
    private Refresh refresh(long selectId, long articleId, String filter) {
        return new Refresh(selectId, articles.visibleAnnotations(articleId), articles.list(filter),
                articles.speakerNames(), history.undoLabel().orElse(null), history.redoLabel().orElse(null));
    }

    /** Any failure of a service call: what the analyst can do about it goes to the status bar. */
    void fail(Exception e) {
        refreshHistory();
        status.report(e instanceof IllegalArgumentException ? e.getMessage()
                : "The project file failed: " + e.getMessage());
    }


    // Properties

    public ObservableList<ArticleSummary> library() {
        return library;
    }

    public StringProperty libraryFilterProperty() {
        return libraryFilter;
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    /** The highlights of the open article, rejected suggestions left out, ordered by position. */
    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    /** The speaker a statement or mention is tied to, by the annotation's speaker id; empty when it has none. */
    public Optional<String> speakerName(Annotation annotation) {
        return annotation.speakerId() == null ? Optional.empty()
                : Optional.ofNullable(speakerNames.get(annotation.speakerId()));
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    /** The range the analyst has selected in the article's text (set by the view). */
    public ObjectProperty<TextRange> textSelectionProperty() {
        return textSelection;
    }

    /** The highlight the article should scroll to, set anew on every request. */
    public ReadOnlyObjectProperty<Annotation> revealRequestProperty() {
        return revealRequest.getReadOnlyProperty();
    }

    public LayerToggles layers() {
        return layers;
    }

    public StatusLine status() {
        return status;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** "Undo: Delete a direct quote", for the Edit menu. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private record Refresh(long selectId, List<Annotation> annotations, List<ArticleSummary> library,
                           Map<Long, String> speakerNames, String undoLabel, String redoLabel) {
    }

    private record Reviewed(int count, Refresh refresh) {
    }

    private record ChangeShown(Change change, Article article, Refresh refresh) {
    }
}
