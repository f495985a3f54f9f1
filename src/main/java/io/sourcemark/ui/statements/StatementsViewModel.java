package io.sourcemark.ui.statements;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.ui.OpenArticle;
import io.sourcemark.ui.Selection;
import javafx.collections.transformation.FilteredList;

import java.util.Optional;

/** The statements (quotes, claims) and speaker mentions of the open article, in reading order, and moving among them. */
public final class StatementsViewModel {

    private final Selection selection;
    private final OpenArticle open;
    private final FilteredList<Annotation> rows;

    public StatementsViewModel(Selection selection, OpenArticle open) {
        this.selection = selection;
        this.open = open;
        this.rows = new FilteredList<>(open.annotations(), a -> a.kind() != Kind.TAG);
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

    public FilteredList<Annotation> rows() {
        return rows;
    }

    public Selection selection() {
        return selection;
    }

    public Optional<String> speakerName(Annotation annotation) {
        return open.speakerName(annotation);
    }
}
