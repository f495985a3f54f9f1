package io.sourcemark.ui.statements;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.ui.OpenArticle;
import io.sourcemark.ui.Selection;
import io.sourcemark.model.Verdict;
import io.sourcemark.ui.VerdictLook;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.util.Comparator;
import java.util.List;

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
    private final FilteredList<Annotation> filtered;
    private final SortedList<Annotation> rows;
    private final ObjectProperty<StatementFilter> filter = new SimpleObjectProperty<>(StatementFilter.ALL);
    private final BooleanProperty byVerdict = new SimpleBooleanProperty(false);
    private final BooleanProperty mostCheckWorthyFirst = new SimpleBooleanProperty(false);

    public StatementsViewModel(Selection selection, OpenArticle open) {
        this.selection = selection;
        this.open = open;
        this.filtered = new FilteredList<>(open.annotations(), a -> a.kind() != Kind.TAG);
        filtered.predicateProperty().bind(Bindings.createObjectBinding(
                () -> a -> a.kind() != Kind.TAG && filter.get().keeps().test(a), filter));
        this.rows = new SortedList<>(filtered);
        // most check-worthy first, or by verdict: from false to true, the unchecked last; else reading order
        rows.comparatorProperty().bind(Bindings.createObjectBinding(() -> mostCheckWorthyFirst.get()
                ? MOST_CHECK_WORTHY_FIRST : byVerdict.get()
                ? Comparator.comparingInt(StatementsViewModel::verdictRank) : null, byVerdict, mostCheckWorthyFirst));
    }

    private static int verdictRank(Annotation a) {
        Verdict v = StatementFilter.verdictOf(a);
        return a.kind().isStatement() && v != Verdict.NOT_CHECKED ? Verdict.values().length - v.ordinal()
                : Verdict.values().length + 1;
    }

    /** The open article's highlights, before the filter. */
    ObservableList<Annotation> highlights() {
        return open.annotations();
    }

    /**
     * What the empty list says: how to make a statement when the article has none, or that the verdict chosen above
     * hides the ones it has.
     */
    String emptyMessage() {
        long highlights = open.annotations().stream().filter(a -> a.kind() != Kind.TAG).count();
        if (highlights == 0) {
            return "No statements yet. Select words in the article and press Q (direct quote), I (indirect quote), "
                    + "C (claim) or S (speaker).";
        }
        return "None of this article's " + highlights + " highlights is shown under “" + filter.get().label()
                + "”. Choose All statements above to see them.";
    }

    /** The choices of the verdict filter, in the order of the menu. */
    List<StatementFilter> filters() {
        List<StatementFilter> all = new java.util.ArrayList<>(List.of(StatementFilter.ALL, StatementFilter.CHECKED,
                StatementFilter.UNCHECKED));
        for (Verdict verdict : VerdictLook.KEYED) {
            all.add(StatementFilter.of(verdict));
        }
        return all;
    }

    ObjectProperty<StatementFilter> filterProperty() {
        return filter;
    }

    /** Sorted by verdict rather than in reading order. */
    public BooleanProperty byVerdictProperty() {
        return byVerdict;
    }

    /** Shows only the statements with {@code verdict} (null: every row). */
    public void showOnly(Verdict verdict) {
        filter.set(verdict == null ? StatementFilter.ALL : StatementFilter.of(verdict));
    }

    private static double checkWorthiness(Annotation a) {
        if (a.kind() != Kind.CLAIM) {
            return -1;
        }
        return a.score() == null ? 1 : a.score();
    }

    /** J: the next statement after the selected row (the first when none is selected), brought into view. */
    public void next() {
        move(1);
    }

    /** K: the statement before the selected row. */
    public void previous() {
        move(-1);
    }

    /**
     * To the next quote or claim in the list's order, over the speaker mentions between them: J then V then a digit
     * must land on something that takes a verdict. An article with no statement at all walks its mentions.
     */
    private void move(int step) {
        if (rows.isEmpty()) {
            return;
        }
        boolean anyStatement = rows.stream().anyMatch(a -> a.kind().isStatement());
        Annotation current = selection.annotation();
        int index = current == null ? -1 : rows.indexOf(current);
        int at = index < 0 ? (step > 0 ? -1 : rows.size()) : index;
        for (int i = at + step; i >= 0 && i < rows.size(); i += step) {
            if (!anyStatement || rows.get(i).kind().isStatement()) {
                selection.reveal(rows.get(i));
                return;
            }
        }
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
