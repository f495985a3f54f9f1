package io.sourcemark.ui.library;

import io.sourcemark.model.ArticleSummary;
import io.sourcemark.service.ArticleService;
import io.sourcemark.ui.LibraryRows;
import io.sourcemark.ui.Navigator;
import io.sourcemark.ui.Selection;
import io.sourcemark.ui.StatusLine;
import io.sourcemark.ui.Tasks;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The project's articles as the library lists them: filtered by what the analyst types (in the database) and by how
 * far their checking has come (here, so that a verdict given moves its article in or out at once), then sorted.
 */
public final class LibraryViewModel implements LibraryRows {

    private final Tasks tasks;
    private final ArticleService articles;
    private final Navigator navigator;
    private final Selection selection;
    private final StatusLine status;
    private boolean changing;

    // Properties
    private final ObservableList<ArticleSummary> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<LibraryOrder> order = new SimpleObjectProperty<>(LibraryOrder.TITLE);
    private final ObjectProperty<LibraryProgress> progress = new SimpleObjectProperty<>(LibraryProgress.ALL);
    private final FilteredList<ArticleSummary> progressRows = new FilteredList<>(rows);
    private final SortedList<ArticleSummary> shownRows = new SortedList<>(progressRows,
            LibraryOrder.TITLE.comparator());

    public LibraryViewModel(Tasks tasks, ArticleService articles, Navigator navigator, Selection selection,
                            StatusLine status) {
        this.tasks = tasks;
        this.articles = articles;
        this.navigator = navigator;
        this.selection = selection;
        this.status = status;
        filter.addListener((obs, old, now) -> reload());
        progressRows.predicateProperty().bind(Bindings.createObjectBinding(() -> progress.get().predicate(),
                progress));
        shownRows.comparatorProperty().bind(Bindings.createObjectBinding(() -> order.get().comparator(), order));
    }

    // Commands

    @Override
    public void reload() {
        String asked = filter.get();
        tasks.query(() -> articles.filter(asked), list -> {
            if (asked.equals(filter.get())) {
                changing(() -> rows.setAll(list));
            }
        }, status::failed);
    }

    @Override
    public boolean lists(long articleId) {
        return rows.stream().anyMatch(r -> r.id() == articleId);
    }

    @Override
    public void showRow(ArticleSummary row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                if (!rows.get(i).equals(row)) {
                    int at = i;
                    changing(() -> rows.set(at, row));
                }
                return;
            }
        }
    }

    /**
     * While the rows change, the list's selection moves with them (a row sorted elsewhere): that is not the analyst
     * choosing an article, and the list marks the open article again afterwards.
     */
    private void changing(Runnable change) {
        changing = true;
        try {
            change.run();
        } finally {
            changing = false;
        }
    }

    /** Opens the article picked in the list, unless it is the one already open. */
    public void open(ArticleSummary row) {
        if (row != null && !changing && selection.articleId() != row.id()) {
            navigator.open(row.id());
        }
    }

    /** Why the list is empty although the project has articles: the words typed, or the progress chosen. */
    public String emptyMessage() {
        if (!rows.isEmpty()) {
            return progress.get().emptyMessage();
        }
        return "No article matches “" + filter.get().strip() + "”.";
    }

    // Properties

    public ObservableList<ArticleSummary> rows() {
        return rows;
    }

    /** The rows as the list shows them: of the chosen progress, in the chosen order. */
    public SortedList<ArticleSummary> shownRows() {
        return shownRows;
    }

    public ObjectProperty<LibraryOrder> orderProperty() {
        return order;
    }

    public ObjectProperty<LibraryProgress> progressProperty() {
        return progress;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public Selection selection() {
        return selection;
    }
}
