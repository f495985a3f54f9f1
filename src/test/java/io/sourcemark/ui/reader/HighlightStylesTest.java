package io.sourcemark.ui.reader;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HighlightStylesTest {

    private static final String BODY = "Jake Sullivan said the deal would hurt its “image” and “they will pay the "
            + "price,” he added, “in the end.”";
    private static final Set<Layer> ALL = EnumSet.allOf(Layer.class);
    private static final HighlightPalette P = HighlightPalette.LIGHT;

    private static TextRange range(String words) {
        int start = BODY.indexOf(words);
        return new TextRange(start, start + words.length());
    }

    private static Annotation mark(long id, Kind kind, Origin origin, String words) {
        return Annotation.of(1, kind, origin, range(words), BODY).withId(id);
    }

    /** The style of each character, so that assertions read like the text. */
    private static List<Highlight> perChar(List<Annotation> annotations, Set<Layer> layers, long selected) {
        StyleSpans<Highlight> spans = HighlightStyles.compute(BODY.length(), annotations, layers, selected, P);
        List<Highlight> chars = new ArrayList<>();
        for (StyleSpan<Highlight> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                chars.add(span.getStyle());
            }
        }
        assertEquals(BODY.length(), chars.size());
        return chars;
    }

    private static Highlight at(List<Highlight> chars, String words) {
        return chars.get(BODY.indexOf(words));
    }

    @Test
    void aSpeakerInsideAQuoteKeepsBothHighlights() {
        Annotation quote = mark(1, Kind.DIRECT_QUOTE, Origin.MANUAL, "they will pay the price,");
        Annotation speaker = mark(2, Kind.SPEAKER, Origin.MANUAL, "they");
        List<Highlight> chars = perChar(List.of(quote, speaker), ALL, -1);

        assertEquals(P.direct(), at(chars, "they").background());
        assertEquals(P.speaker(), at(chars, "they").underline());
        assertEquals(P.direct(), at(chars, " will").background());
        assertNull(at(chars, " will").underline());
        assertTrue(chars.get(quote.range().end()).isNone());
    }

    @Test
    void quotedWordsOfASuggestedMixedQuoteKeepTheirFillAndTheParaphraseShowsAroundThem() {
        Annotation mixed = mark(1, Kind.INDIRECT_QUOTE, Origin.DETECTED, "the deal would hurt its “image”")
                .withPieces(List.of(range("“image”")));
        List<Highlight> chars = perChar(List.of(mixed), ALL, -1);

        Highlight quoted = at(chars, "image");
        assertEquals(P.directSuggested(), quoted.background(), "the inner words keep their own fill");
        assertEquals(HighlightPalette.line(P.indirectSuggested()), quoted.underline(),
                "the paraphrase around them shows as an underline");
        assertTrue(quoted.underlineDashed());
        assertEquals(P.indirectSuggested(), at(chars, "deal").background());
    }

    @Test
    void aDirectQuoteNestedInAnotherQuoteIsNeverPaintedOver() {
        Annotation outer = mark(1, Kind.INDIRECT_QUOTE, Origin.DETECTED, "the deal would hurt its “image”");
        Annotation inner = mark(2, Kind.DIRECT_QUOTE, Origin.MANUAL, "“image”");
        for (List<Annotation> order : List.of(List.of(outer, inner), List.of(inner, outer))) {
            Highlight quoted = at(perChar(order, ALL, -1), "image");
            assertEquals(P.direct(), quoted.background());
            assertEquals(HighlightPalette.line(P.indirectSuggested()), quoted.underline());
        }
    }

    @Test
    void theAttributionBetweenThePiecesOfAnInterruptedQuoteIsNotFilled() {
        TextRange first = range("“they will pay the price,”");
        TextRange second = range("“in the end.”");
        Annotation quote = Annotation.of(1, Kind.DIRECT_QUOTE, Origin.CONFIRMED, new TextRange(first.start(),
                second.end()), BODY).withId(1).withPieces(List.of(first, second));
        List<Highlight> chars = perChar(List.of(quote), ALL, -1);

        assertEquals(P.direct(), at(chars, "they").background());
        assertEquals(P.direct(), at(chars, "in the end").background());
        assertTrue(at(chars, "he added").isNone());
    }

    @Test
    void suggestionsAreFadedOrDashedAndRejectedOnesNotDrawn() {
        Annotation detected = mark(1, Kind.SPEAKER, Origin.DETECTED, "Jake Sullivan");
        Annotation rejected = mark(2, Kind.CLAIM, Origin.REJECTED, "he added");
        Annotation claim = mark(3, Kind.CLAIM, Origin.DETECTED, "the deal");
        List<Highlight> chars = perChar(List.of(detected, rejected, claim), ALL, -1);

        assertEquals(P.speaker(), chars.get(0).underline());
        assertTrue(chars.get(0).underlineDashed());
        assertTrue(at(chars, "he added").isNone());
        assertEquals(P.claim(), at(chars, "the deal").box());
        assertTrue(at(chars, "the deal").boxDashed());
    }

    @Test
    void aReviewedHighlightHidesItsFadedTwinOfTheSameLayer() {
        Annotation detected = mark(1, Kind.SPEAKER, Origin.DETECTED, "Jake Sullivan");
        Annotation manual = mark(2, Kind.SPEAKER, Origin.MANUAL, "Sullivan");
        List<Highlight> chars = perChar(List.of(detected, manual), ALL, -1);
        assertTrue(chars.get(0).underlineDashed());
        assertFalse(at(chars, "Sullivan").underlineDashed());
    }

    @Test
    void theSelectedHighlightIsBoxedAndHiddenLayersAreLeftOut() {
        Annotation quote = mark(7, Kind.DIRECT_QUOTE, Origin.MANUAL, "they will pay the price,");
        Annotation speaker = mark(8, Kind.SPEAKER, Origin.MANUAL, "Jake Sullivan");
        List<Highlight> chars = perChar(List.of(quote, speaker), EnumSet.of(Layer.DIRECT_QUOTES), 7);

        assertTrue(chars.get(0).isNone());
        for (int i = quote.range().start(); i < quote.range().end(); i++) {
            assertEquals(P.selected(), chars.get(i).box(), "at " + i);
            assertEquals(P.direct(), chars.get(i).background(), "at " + i);
        }
    }

    @Test
    void theSelectionColourIsNoLayersColour() {
        for (HighlightPalette palette : List.of(HighlightPalette.LIGHT, HighlightPalette.DARK)) {
            for (Color layer : List.of(palette.direct(), palette.indirect(), palette.directSuggested(),
                    palette.indirectSuggested(), palette.speaker(), palette.claim(), palette.tag())) {
                assertTrue(layer.getSaturation() > 0.2, "a layer is a colour, the text selection a grey: " + layer);
            }
        }
    }

    @Test
    void anEmptyArticleHasOneEmptySpan() {
        assertEquals(0, HighlightStyles.compute(0, List.of(), ALL, -1, P).length());
    }
}
