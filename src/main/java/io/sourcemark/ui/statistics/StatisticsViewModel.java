package io.sourcemark.ui.statistics;

import io.sourcemark.model.Statistics;
import io.sourcemark.service.StatisticsService;
import io.sourcemark.ui.Selection;
import io.sourcemark.ui.StatusLine;
import io.sourcemark.ui.Tasks;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The statistics the Statistics window shows: of the open article or of the library, read again when the scope or
 * the article changes and on Refresh. Only the latest answer is shown.
 */
public final class StatisticsViewModel {

    private final Tasks tasks;
    private final StatisticsService statistics;
    private final Selection selection;
    private final StatusLine status;
    private long asked;

    // Properties
    private final BooleanProperty library = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<Statistics> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper showRequests = new ReadOnlyIntegerWrapper();

    public StatisticsViewModel(Tasks tasks, StatisticsService statistics, Selection selection, StatusLine status) {
        this.tasks = tasks;
        this.statistics = statistics;
        this.selection = selection;
        this.status = status;
        library.addListener((obs, old, now) -> refresh());
        selection.articleProperty().addListener((obs, old, now) -> {
            if (!library.get() && shown.get() != null) {
                refresh();
            }
        });
    }

    // Commands

    /** Opens the Statistics window (or brings it to the front) with fresh figures. */
    public void show() {
        refresh();
        showRequests.set(showRequests.get() + 1);
    }

    /** Reads the figures again. */
    public void refresh() {
        long request = ++asked;
        long articleId = library.get() ? 0 : selection.articleId();
        if (!library.get() && articleId == 0) {
            status.report("Open an article to see its statistics.");
            library.set(true);
            return;
        }
        tasks.query(() -> statistics.of(articleId), figures -> {
            if (request == asked) {
                shown.set(figures);
            }
        }, status::failed);
    }

    // Properties

    /** Whether the figures are of the library (else of the open article). */
    public BooleanProperty libraryProperty() {
        return library;
    }

    public ReadOnlyObjectProperty<Statistics> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The open article's title, for the heading ("" when none). */
    public String articleTitle() {
        return selection.article() == null ? "" : selection.article().meta().title();
    }

    /** Raised when the window should be shown. */
    public ReadOnlyIntegerProperty showRequestsProperty() {
        return showRequests.getReadOnlyProperty();
    }
}
