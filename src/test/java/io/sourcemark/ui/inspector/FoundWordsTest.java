package io.sourcemark.ui.inspector;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FoundWordsTest {

    private static final String LONG = "Such arms delivery will not improve North Korea's image and they will pay the "
            + "price in the international community, the adviser said on Tuesday in Washington.";

    @Test
    void aMatchFarIntoAStatementIsShownWithTheWordsAroundIt() {
        FoundWords shown = FoundWords.in(LONG, "INTERNATIONAL   community");
        assertEquals("international community", shown.match());
        assertEquals("…will pay the price in the ", shown.before());
        assertEquals(", the adviser said on Tuesday in Washington.", shown.after());
    }

    @Test
    void aShortStatementIsShownWhole() {
        FoundWords shown = FoundWords.in("Moscow\n refused  to confirm", "refused");
        assertEquals("Moscow ", shown.before());
        assertEquals("refused", shown.match());
        assertEquals(" to confirm", shown.after());
    }

    @Test
    void aLongTailIsCutAndWordsNotFoundShowTheOpening() {
        assertEquals(" will not improve North Korea's image and they will pay the…",
                FoundWords.in(LONG, "arms delivery").after());
        FoundWords none = FoundWords.in(LONG, "Pyongyang");
        assertEquals("", none.match());
        assertEquals("Such arms delivery will not improve North Korea's image and they will pay the price in the…",
                none.after());
    }

    @Test
    void wordsFoundApartShowTheFirstOfThemInTheText() {
        FoundWords shown = FoundWords.in(LONG, "community adviser");
        assertEquals("community", shown.match(), "the earlier in the text, whatever the order typed");
        assertEquals("…price in the international ", shown.before());
    }

    @Test
    void theWordShownIsWhereAWordStartsAsTheSearchFoundIt() {
        // "ice" is only inside "price"
        assertEquals("", FoundWords.in(LONG, "ice").match());
        FoundWords shown = FoundWords.in("Moscow refused to confirm the holding of a summit", "old");
        assertEquals("", shown.match(), "not the \"old\" of \"holding\"");
        FoundWords start = FoundWords.in("The holding and the hold", "hold");
        assertEquals("The ", start.before());
        assertEquals("hold", start.match());
    }
}
