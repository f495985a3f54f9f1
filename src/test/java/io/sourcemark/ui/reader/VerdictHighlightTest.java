package io.sourcemark.ui.reader;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import io.sourcemark.ui.VerdictLook;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerdictHighlightTest {

    private static final String BODY = "The minister said “exports doubled last year” and more.";

    private static Annotation checked(long id, Kind kind, String words, Verdict verdict) {
        int start = BODY.indexOf(words);
        return Annotation.of(1, kind, Origin.MANUAL, new TextRange(start, start + words.length()), BODY).withId(id)
                .withVerification(new Verification(verdict, ReviewStatus.DONE, null, null, null));
    }

    private static Highlight at(List<Annotation> annotations, String words, HighlightPalette palette) {
        StyleSpans<Highlight> spans = HighlightStyles.compute(BODY.length(), annotations, EnumSet.allOf(Layer.class),
                -1, palette);
        return spans.getStyleSpan(spans.offsetToPosition(BODY.indexOf(words), null).getMajor()).getStyle();
    }

    @Test
    void aCheckedQuoteIsFilledInItsVerdictsColourAndNamedByIt() {
        Annotation quote = checked(1, Kind.DIRECT_QUOTE, "exports doubled last year", Verdict.MOSTLY_FALSE);
        Highlight unchecked = at(List.of(quote.withVerification(Verification.UNCHECKED)), "exports",
                HighlightPalette.LIGHT);
        Highlight light = at(List.of(quote), "exports", HighlightPalette.LIGHT);

        assertEquals(HighlightPalette.LIGHT.direct(), unchecked.background());
        Color orange = VerdictLook.colour(Verdict.MOSTLY_FALSE, false);
        assertEquals(orange.getHue(), light.background().getHue(), 0.5);
        assertTrue(light.marks().contains("sm-verdict-mostly-false"), light.marks().toString());
    }

    @Test
    void aCheckedClaimIsBoxedAndFilledInItsVerdictsColourInEachTheme() {
        Annotation claim = checked(1, Kind.CLAIM, "The minister said", Verdict.TRUE);
        Highlight light = at(List.of(claim), "minister", HighlightPalette.LIGHT);
        Highlight dark = at(List.of(claim), "minister", HighlightPalette.DARK);

        assertEquals(VerdictLook.colour(Verdict.TRUE, false), light.box());
        assertEquals(VerdictLook.colour(Verdict.TRUE, true), dark.box());
        assertEquals(2, light.boxWidth());
        assertNotEquals(null, light.background());
        assertNotEquals(light.box(), dark.box(), "the dark theme has its own, lighter shade");
    }

    @Test
    void everyVerdictHasItsOwnColourAndSymbol() {
        Set<Color> colours = new HashSet<>();
        Set<Object> symbols = new HashSet<>();
        for (Verdict verdict : VerdictLook.KEYED) {
            colours.add(VerdictLook.colour(verdict, false));
            colours.add(VerdictLook.colour(verdict, true));
            symbols.add(VerdictLook.symbol(verdict));
        }
        symbols.add(VerdictLook.symbol(Verdict.NOT_CHECKED));
        assertEquals(14, colours.size());
        assertEquals(8, symbols.size());
    }
}
