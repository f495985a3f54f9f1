package io.sourcemark.ui.statements;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import io.sourcemark.ui.OpenArticle;
import io.sourcemark.ui.Selection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatementsViewModelTest {

    static final String BODY = "one two three four five six";

    private static Annotation at(long id, Kind kind, int start, Verdict verdict) {
        Annotation a = Annotation.of(1, kind, Origin.MANUAL, new TextRange(start, start + 3), BODY).withId(id);
        return verdict == null ? a : a.withVerification(new Verification(verdict, ReviewStatus.DONE, null, null,
                null));
    }

    @Test
    void filtersByVerdictAndSortsFromFalseToTrueWithTheUncheckedLast() {
        OpenArticle open = new OpenArticle();
        StatementsViewModel model = new StatementsViewModel(new Selection(), open);
        open.show(1, List.of(at(1, Kind.CLAIM, 0, Verdict.TRUE), at(2, Kind.SPEAKER, 4, null),
                at(3, Kind.DIRECT_QUOTE, 8, Verdict.FALSE), at(4, Kind.CLAIM, 14, Verdict.NOT_CHECKED),
                at(5, Kind.INDIRECT_QUOTE, 19, Verdict.TRUE)), Map.of());

        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), ids(model));
        model.showOnly(Verdict.TRUE);
        assertEquals(List.of(1L, 5L), ids(model));
        model.filterProperty().set(StatementFilter.UNCHECKED);
        assertEquals(List.of(4L), ids(model));
        model.filterProperty().set(StatementFilter.CHECKED);
        assertEquals(List.of(1L, 3L, 5L), ids(model));

        model.showOnly(null);
        model.byVerdictProperty().set(true);
        assertEquals(List.of(3L, 1L, 5L, 2L, 4L), ids(model));
    }

    @Test
    void anEmptyListSaysWhetherTheArticleHasNoStatementsOrTheFilterHidesThem() {
        OpenArticle open = new OpenArticle();
        StatementsViewModel model = new StatementsViewModel(new Selection(), open);
        open.show(1, List.of(), Map.of());
        assertEquals("No statements yet. Select words in the article and press Q (direct quote), I (indirect quote), "
                + "C (claim) or S (speaker).", model.emptyMessage());

        open.show(1, List.of(at(1, Kind.CLAIM, 0, null), at(2, Kind.DIRECT_QUOTE, 8, null)), Map.of());
        model.filterProperty().set(StatementFilter.CHECKED);
        assertEquals(List.of(), ids(model));
        assertEquals("None of this article's 2 highlights is shown under “Checked”. Choose All statements above to "
                + "see them.", model.emptyMessage());
    }

    @Test
    void jAndKStepFromStatementToStatementOverSpeakerMentions() {
        OpenArticle open = new OpenArticle();
        Selection selection = new Selection();
        StatementsViewModel model = new StatementsViewModel(selection, open);
        open.show(1, List.of(at(1, Kind.SPEAKER, 0, null), at(2, Kind.CLAIM, 4, null), at(3, Kind.SPEAKER, 8, null),
                at(4, Kind.DIRECT_QUOTE, 14, null), at(5, Kind.SPEAKER, 19, null)), Map.of());
        model.next();
        assertEquals(2L, selection.annotation().id());
        model.next();
        assertEquals(4L, selection.annotation().id());
        model.next();
        assertEquals(4L, selection.annotation().id(), "the last statement stays selected");
        model.previous();
        assertEquals(2L, selection.annotation().id());
        // from a mention the analyst clicked, to the statement after it
        selection.reveal(open.annotations().get(2));
        model.next();
        assertEquals(4L, selection.annotation().id());
    }

    private static List<Long> ids(StatementsViewModel model) {
        return model.rows().stream().map(Annotation::id).toList();
    }
}
