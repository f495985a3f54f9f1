package io.sourcemark.ui.library;

import io.sourcemark.model.ArticleSummary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LibraryOrderTest {

    static final ArticleSummary OLD_DONE = new ArticleSummary(1, "b old", "Wikinews", "2019-01-10", 4, 4);
    static final ArticleSummary NEW_HALF = new ArticleSummary(2, "A new", "AFP", "2023-09-05", 10, 5);
    static final ArticleSummary UNDATED_NONE = new ArticleSummary(3, "c undated", null, null, 8, 0);
    static final ArticleSummary EMPTY = new ArticleSummary(4, "d empty", "BBC", "2020-02-02", 0, 0);

    private static List<Long> sorted(LibraryOrder order) {
        return List.of(OLD_DONE, NEW_HALF, UNDATED_NONE, EMPTY).stream().sorted(order.comparator())
                .map(ArticleSummary::id).toList();
    }

    @Test
    void sortsByTitleDateSourceAndProgressWithUnknownFieldsLast() {
        assertEquals(List.of(2L, 1L, 3L, 4L), sorted(LibraryOrder.TITLE));
        assertEquals(List.of(2L, 4L, 1L, 3L), sorted(LibraryOrder.DATE));
        assertEquals(List.of(2L, 4L, 1L, 3L), sorted(LibraryOrder.SOURCE));
        // least checked first; an article without statements has nothing left to check
        assertEquals(List.of(3L, 2L, 1L, 4L), sorted(LibraryOrder.PROGRESS));
    }

    @Test
    void titlesWithNumbersComeInTheOrderOfTheNumbers() {
        List<String> titles = List.of("Copy 10", "copy 2", "Copy 1", "Day 9 of the trial", "Day 10 of the trial",
                "Copy 02b", "Copy");
        List<String> sorted = titles.stream().map(t -> new ArticleSummary(titles.indexOf(t), t, null, null, 0, 0))
                .sorted(LibraryOrder.TITLE.comparator()).map(ArticleSummary::title).toList();
        assertEquals(List.of("Copy", "Copy 1", "copy 2", "Copy 02b", "Copy 10", "Day 9 of the trial",
                "Day 10 of the trial"), sorted);
    }

    @Test
    void progressChoicesSplitTheLibraryByWhatIsLeftToCheck() {
        List<ArticleSummary> all = List.of(OLD_DONE, NEW_HALF, UNDATED_NONE, EMPTY);
        java.util.function.Function<LibraryProgress, List<Long>> shown = p -> all.stream()
                .filter(p.predicate()).map(ArticleSummary::id).toList();
        assertEquals(List.of(1L, 2L, 3L, 4L), shown.apply(LibraryProgress.ALL));
        assertEquals(List.of(2L, 3L), shown.apply(LibraryProgress.TO_CHECK));
        // an article without statements is not "fully checked": there was nothing to check in it
        assertEquals(List.of(1L), shown.apply(LibraryProgress.CHECKED));
        assertEquals(List.of(4L), shown.apply(LibraryProgress.NO_STATEMENTS));
    }
}
