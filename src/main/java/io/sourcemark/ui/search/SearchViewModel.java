package io.sourcemark.ui.search;

import io.sourcemark.model.TextRange;
import io.sourcemark.model.LibraryHit;
import io.sourcemark.service.SearchResults;
import io.sourcemark.service.SearchService;
import io.sourcemark.ui.FindHits;
import io.sourcemark.ui.Navigator;
import io.sourcemark.ui.Selection;
import io.sourcemark.ui.StatusLine;
import io.sourcemark.ui.Tasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The one search field: within the open article (Ctrl+F: its hits drawn in the text, next and previous) or across the
 * library (Ctrl+Shift+F: a list of hits; choosing one opens its article and selects the span). Every change of the
 * words searches again; only the latest answer is shown.
 */
public final class SearchViewModel {

    /** Where the field searches. */
    public enum Scope { ARTICLE, LIBRARY }

    private final Tasks tasks;
    private final SearchService search;
    private final Navigator navigator;
    private final Selection selection;
    private final FindHits found;
    private final StatusLine status;
    private long asked;
    private TextRange pendingRange;
    private long pendingArticle;

    // Properties
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.ARTICLE);
    private final ObservableList<LibraryHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper focusRequests = new ReadOnlyIntegerWrapper();

    public SearchViewModel(Tasks tasks, SearchService search, Navigator navigator, Selection selection,
                           FindHits found, StatusLine status) {
        this.tasks = tasks;
        this.search = search;
        this.navigator = navigator;
        this.selection = selection;
        this.found = found;
        this.status = status;
        query.addListener((obs, old, now) -> run());
        scope.addListener((obs, old, now) -> run());
        selection.articleProperty().addListener((obs, old, now) -> articleShown());
        found.currentProperty().addListener((obs, old, now) -> count());
        found.ranges().addListener((javafx.collections.ListChangeListener<TextRange>) c -> count());
    }

    // Commands

    /** Ctrl+F: the field searches the open article and takes the keyboard. */
    public void findInArticle() {
        scope.set(Scope.ARTICLE);
        focusRequests.set(focusRequests.get() + 1);
    }

    /** Ctrl+Shift+F: the field searches the library and takes the keyboard. */
    public void searchLibrary() {
        scope.set(Scope.LIBRARY);
        focusRequests.set(focusRequests.get() + 1);
    }

    /** Searches again for the field's words, in its scope. */
    public void run() {
        long request = ++asked;
        String words = query.get();
        if (words.isBlank()) {
            hits.clear();
            found.clear();
            message.set("");
            return;
        }
        if (scope.get() == Scope.LIBRARY) {
            // the article's hits were of other words: they come back for these once a hit is opened
            found.clear();
            tasks.query(() -> search.search(words), results -> {
                if (request == asked) {
                    showResults(results);
                }
            }, status::failed);
        } else {
            findIn(selection.articleId(), words, request, null);
        }
    }

    /** The next hit in the article (Enter, F3), round to the first. */
    public void next() {
        step(1);
    }

    /** The previous hit in the article (Shift+Enter, Shift+F3). */
    public void previous() {
        step(-1);
    }

    /** Opens the hit's article and selects its statement, mention or words; the article then shows every hit. */
    public void open(LibraryHit hit) {
        if (hit == null || hit.articleId() == 0) {
            return;
        }
        pendingArticle = hit.articleId();
        pendingRange = hit.annotationId() == 0 ? hit.range() : null;
        if (selection.articleId() == hit.articleId()) {
            if (hit.annotationId() != 0) {
                navigator.open(hit.articleId(), hit.annotationId());
            }
            articleShown();
        } else {
            navigator.open(hit.articleId(), hit.annotationId());
        }
    }

    /** Esc in the field: the hits go, the words stay. */
    public void close() {
        hits.clear();
        found.clear();
        message.set("");
    }

    private void articleShown() {
        long articleId = selection.articleId();
        String words = query.get();
        if (articleId == pendingArticle && pendingArticle != 0) {
            TextRange range = pendingRange;
            pendingArticle = 0;
            pendingRange = null;
            findIn(articleId, words, ++asked, range);
        } else if (scope.get() == Scope.ARTICLE && !words.isBlank()) {
            findIn(articleId, words, ++asked, null);
        } else {
            found.clear();
        }
    }

    /** Finds the words in the article; selects {@code chosen} among the hits, or the first when null. */
    private void findIn(long articleId, String words, long request, TextRange chosen) {
        if (articleId == 0) {
            message.set("Open an article to find words in it, or search the library (Ctrl+Shift+F).");
            return;
        }
        tasks.query(() -> search.inArticle(articleId, words), ranges -> {
            if (request != asked || selection.articleId() != articleId) {
                return;
            }
            found.show(articleId, ranges);
            if (scope.get() == Scope.ARTICLE) {
                message.set(ranges.isEmpty() ? messageForNothing(words) : "");
            }
            int index = chosen == null ? 0 : ranges.indexOf(chosen);
            if (chosen != null && index < 0) {
                found.reveal(chosen); // the words are in the title or a note: the hit's own range still shows
            } else if (!ranges.isEmpty() && (chosen != null || scope.get() == Scope.ARTICLE)) {
                found.select(index);
            }
        }, status::failed);
    }

    private String messageForNothing(String words) {
        return SearchService.hasWords(words) ? "Not in this article."
                : "Nothing to search for: only words and numbers are searched.";
    }

    private void showResults(SearchResults results) {
        hits.setAll(results.hits());
        message.set(results.message().isEmpty()
                ? results.hits().size() + (results.hits().size() == 1 ? " hit" : " hits")
                + (results.hits().size() == SearchService.LIMIT ? " (the best)" : "")
                : results.message());
    }

    private void step(int by) {
        List<TextRange> ranges = found.ranges();
        if (ranges.isEmpty()) {
            return;
        }
        int now = found.currentProperty().get();
        found.select(Math.floorMod((now < 0 ? (by > 0 ? -1 : 0) : now) + by, ranges.size()));
    }

    private void count() {
        int n = found.ranges().size();
        int at = found.currentProperty().get();
        count.set(n == 0 ? "" : at < 0 ? n + " in the article" : (at + 1) + " of " + n);
    }

    // Properties

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** The library's hits, best first (library scope). */
    public ObservableList<LibraryHit> hits() {
        return hits;
    }

    /** "12 hits", "Not in this article.", "No matches for …", or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "3 of 12": the current hit in the article. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Raised when the field should take the keyboard. */
    public ReadOnlyIntegerProperty focusRequestsProperty() {
        return focusRequests.getReadOnlyProperty();
    }
}
