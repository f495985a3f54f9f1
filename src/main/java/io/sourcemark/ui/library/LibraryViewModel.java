package io.sourcemark.ui.library;

import io.sourcemark.model.ArticleSummary;
import io.sourcemark.service.ArticleService;
import io.sourcemark.ui.LibraryRows;
import io.sourcemark.ui.Navigator;
import io.sourcemark.ui.Selection;
import io.sourcemark.ui.StatusLine;
import io.sourcemark.ui.Tasks;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The project's articles as the library lists them, filtered by what the analyst types. */
public final class LibraryViewModel implements LibraryRows {

    private final Tasks tasks;
    private final ArticleService articles;
    private final Navigator navigator;
    private final Selection selection;
    private final StatusLine status;

    // Properties
    private final ObservableList<ArticleSummary> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");

    public LibraryViewModel(Tasks tasks, ArticleService articles, Navigator navigator, Selection selection,
                            StatusLine status) {
        this.tasks = tasks;
        this.articles = articles;
        this.navigator = navigator;
        this.selection = selection;
        this.status = status;
        filter.addListener((obs, old, now) -> reload());
    }

    // Commands

    @Override
    public void reload() {
        String asked = filter.get();
        tasks.query(() -> articles.filter(asked), list -> {
            if (asked.equals(filter.get())) {
                rows.setAll(list);
            }
        }, status::failed);
    }

    @Override
    public void showRow(ArticleSummary row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == row.id()) {
                if (!rows.get(i).equals(row)) {
                    rows.set(i, row);
                }
                return;
            }
        }
    }

    /** Opens the article picked in the list, unless it is the one already open. */
    public void open(ArticleSummary row) {
        if (row != null && selection.articleId() != row.id()) {
            navigator.open(row.id());
        }
    }

    // Properties

    public ObservableList<ArticleSummary> rows() {
        return rows;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public Selection selection() {
        return selection;
    }
}
