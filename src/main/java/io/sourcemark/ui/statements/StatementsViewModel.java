package io.sourcemark.ui.statements;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.ui.OpenArticle;
import io.sourcemark.ui.Selection;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.util.Comparator;
import java.util.Optional;

/**
 * The statements (quotes, claims) and speaker mentions of the open article, in reading order or with the most
 * check-worthy claims first, and moving among them in the order shown.
 */
public final class StatementsViewModel {

    /**
     * Claims first, highest score first (a claim without a score, marked by hand, counts as fully check-worthy:
     * the analyst chose it), then everything else; reading order within a tie.
     */
    static final Comparator<Annotation> MOST_CHECK_WORTHY_FIRST = Comparator
            .comparingDouble(StatementsViewModel::checkWorthiness).reversed()
            .thenComparingInt(a -> a.range().start());

    private final Selection selection;
    private final OpenArticle open;
    private final SortedList<Annotation> rows;
    private final BooleanProperty mostCheckWorthyFirst = new SimpleBooleanProperty(false);

    public StatementsViewModel(Selection selection, OpenArticle open) {
        this.selection = selection;
        this.open = open;
        this.rows = new SortedList<>(new FilteredList<>(open.annotations(), a -> a.kind() != Kind.TAG));
        rows.comparatorProperty().bind(Bindings.when(mostCheckWorthyFirst)
                .then(MOST_CHECK_WORTHY_FIRST).otherwise((Comparator<Annotation>) null));
    }

    private static double checkWorthiness(Annotation a) {
        if (a.kind() != Kind.CLAIM) {
            return -1;
        }
        return a.score() == null ? 1 : a.score();
    }

    /** J: the next row after the selected one (the first when none is selected), brought into view. */
    public void next() {
        move(1);
    }

    /** K: the row before the selected one. */
    public void previous() {
        move(-1);
    }

    private void move(int step) {
        if (rows.isEmpty()) {
            return;
        }
        Annotation current = selection.annotation();
        int index = current == null ? -1 : rows.indexOf(current);
        int next = index < 0 ? (step > 0 ? 0 : rows.size() - 1) : Math.max(0, Math.min(rows.size() - 1, index + step));
        selection.reveal(rows.get(next));
    }

    /** Picks a row: selects it and brings its words into view in the article. */
    public void pick(Annotation row) {
        if (row != null) {
            selection.reveal(row);
        }
    }

    public SortedList<Annotation> rows() {
        return rows;
    }

    /** Off: reading order (the order of the open article's annotations). */
    public BooleanProperty mostCheckWorthyFirstProperty() {
        return mostCheckWorthyFirst;
    }

    public Selection selection() {
        return selection;
    }

    public Optional<String> speakerName(Annotation annotation) {
        return open.speakerName(annotation);
    }
}
