package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HighlightStylesTest {

    private static final String BODY = "Jake Sullivan said: “they will pay the price,” he added.";
    private static final Set<Layer> ALL = EnumSet.allOf(Layer.class);

    private static Annotation mark(long id, Kind kind, Origin origin, String words) {
        int start = BODY.indexOf(words);
        return Annotation.of(1, kind, origin, new TextRange(start, start + words.length()), BODY).withId(id);
    }

    /** The classes of each character, so that assertions read like the text. */
    private static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> chars = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : spans) {
            for (int i = 0; i < span.getLength(); i++) {
                chars.add(span.getStyle());
            }
        }
        return chars;
    }

    @Test
    void aSpeakerInsideAQuoteKeepsBothHighlights() {
        Annotation quote = mark(1, Kind.DIRECT_QUOTE, Origin.MANUAL, "they will pay the price,");
        Annotation speaker = mark(2, Kind.SPEAKER, Origin.MANUAL, "they");
        List<Collection<String>> chars = perChar(HighlightStyles.compute(BODY.length(), List.of(quote, speaker),
                ALL, -1));

        assertEquals(BODY.length(), chars.size());
        int they = BODY.indexOf("they");
        assertEquals(List.of("sm-direct-quote", "sm-speaker"), List.copyOf(chars.get(they)));
        assertEquals(List.of("sm-direct-quote"), List.copyOf(chars.get(they + 4)));
        assertEquals(List.of(), List.copyOf(chars.get(they - 1)));
        assertEquals(List.of(), List.copyOf(chars.get(quote.range().end())));
    }

    @Test
    void suggestionsAreDrawnApartAndRejectedOnesNotAtAll() {
        Annotation detected = mark(1, Kind.SPEAKER, Origin.DETECTED, "Jake Sullivan");
        Annotation rejected = mark(2, Kind.CLAIM, Origin.REJECTED, "he added");
        int heAt = BODY.indexOf("he added");
        Annotation confirmed = Annotation.of(1, Kind.SPEAKER, Origin.CONFIRMED, new TextRange(heAt, heAt + 2), BODY)
                .withId(3);
        List<Collection<String>> chars = perChar(HighlightStyles.compute(BODY.length(),
                List.of(detected, rejected, confirmed), ALL, -1));

        assertEquals(List.of("sm-speaker-suggested"), List.copyOf(chars.get(0)));
        int he = BODY.indexOf("he added");
        assertEquals(List.of("sm-speaker"), List.copyOf(chars.get(he)));
        assertEquals(List.of(), List.copyOf(chars.get(he + 3)));
    }

    @Test
    void aReviewedHighlightHidesItsFadedTwinOfTheSameLayer() {
        Annotation detected = mark(1, Kind.SPEAKER, Origin.DETECTED, "Jake Sullivan");
        Annotation manual = mark(2, Kind.SPEAKER, Origin.MANUAL, "Sullivan");
        List<Collection<String>> chars = perChar(HighlightStyles.compute(BODY.length(), List.of(detected, manual),
                ALL, -1));
        assertEquals(List.of("sm-speaker-suggested"), List.copyOf(chars.get(0)));
        assertEquals(List.of("sm-speaker"), List.copyOf(chars.get(BODY.indexOf("Sullivan"))));
    }

    @Test
    void theSelectedHighlightIsOutlinedAndHiddenLayersAreLeftOut() {
        Annotation quote = mark(7, Kind.DIRECT_QUOTE, Origin.MANUAL, "they will pay the price,");
        Annotation speaker = mark(8, Kind.SPEAKER, Origin.MANUAL, "Jake Sullivan");
        List<Collection<String>> chars = perChar(HighlightStyles.compute(BODY.length(), List.of(quote, speaker),
                EnumSet.of(Layer.DIRECT_QUOTES), 7));

        assertEquals(List.of(), List.copyOf(chars.get(0)));
        int start = quote.range().start();
        for (int i = start; i < quote.range().end(); i++) {
            assertEquals(List.of("sm-direct-quote", "sm-selected"), List.copyOf(chars.get(i)), "at " + i);
        }
    }

    @Test
    void anEmptyArticleHasOneEmptySpan() {
        StyleSpans<Collection<String>> spans = HighlightStyles.compute(0, List.of(), ALL, -1);
        assertEquals(0, spans.length());
    }
}
