package io.sourcemark.ui;

import io.sourcemark.model.TextRange;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The words a search found in the open article, which the reader draws, and the one of them that is current: the
 * search moves through them, the reader selects the current one's text and scrolls to it. Changed on the FX thread.
 */
public final class FindHits {

    private final ObservableList<TextRange> ranges = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<TextRange> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper revealed = new ReadOnlyIntegerWrapper();
    private long articleId;

    /** Shows the hits of the article, none current. */
    public void show(long shownArticleId, List<TextRange> found) {
        articleId = shownArticleId;
        current.set(-1);
        ranges.setAll(found);
    }

    /** Makes hit {@code index} current, and asks the reader to select its text. */
    public void select(int index) {
        if (index < 0 || index >= ranges.size()) {
            return;
        }
        current.set(index);
        reveal(ranges.get(index));
    }

    /** Asks the reader to select {@code range} of the open article's text and bring it into view. */
    public void reveal(TextRange range) {
        selected.set(range);
        revealed.set(revealed.get() + 1);
    }

    public void clear() {
        current.set(-1);
        ranges.clear();
    }

    public ObservableList<TextRange> ranges() {
        return ranges;
    }

    /** The article the hits are of (0 before any). */
    public long articleId() {
        return articleId;
    }

    /** The current hit's index, -1 for none. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The text the reader was last asked to select. */
    public ReadOnlyObjectProperty<TextRange> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Raised by every {@link #reveal}, also of the same range again. */
    public ReadOnlyIntegerProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }
}
