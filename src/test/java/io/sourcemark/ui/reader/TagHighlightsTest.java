package io.sourcemark.ui.reader;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagHighlightsTest {

    private static final String BODY = "The minister said “the deal is done” on Monday in Moscow.";
    private static final Set<Layer> ALL = EnumSet.allOf(Layer.class);
    private static final Tag PINK = new Tag(1, "u1", "Diplomacy", "#db2777", null, "g");
    private static final Tag PALE = new Tag(2, "u2", "Pale", "#fde68a", null, null);

    private static Annotation mark(long id, Kind kind, String words) {
        int start = BODY.indexOf(words);
        return Annotation.of(1, kind, Origin.MANUAL, new TextRange(start, start + words.length()), BODY).withId(id);
    }

    private static Highlight at(List<Annotation> annotations, Map<Long, List<Tag>> tags, Set<Layer> layers,
                                HighlightPalette palette, String words) {
        StyleSpans<Highlight> spans = HighlightStyles.compute(BODY.length(), annotations, tags, layers, -1, palette);
        return spans.getStyleSpan(spans.offsetToPosition(BODY.indexOf(words), org.fxmisc.richtext.model
                .TwoDimensional.Bias.Forward).getMajor()).getStyle();
    }

    @Test
    void aTaggedQuoteKeepsItsFillAndTakesItsTagsColourForItsText() {
        Annotation quote = mark(1, Kind.DIRECT_QUOTE, "the deal is done");
        Highlight h = at(List.of(quote), Map.of(1L, List.of(PINK)), ALL, HighlightPalette.LIGHT, "deal");
        assertEquals(HighlightPalette.LIGHT.direct(), h.background());
        assertTrue(h.marks().contains("sm-tagged"), h.marks().toString());
        assertEquals(Color.web("#db2777").getHue(), h.text().getHue(), 1.0);
    }

    @Test
    void aTagSpanIsFilledFaintlyInItsTagsColour() {
        Annotation span = mark(1, Kind.TAG, "Moscow");
        Highlight h = at(List.of(span), Map.of(1L, List.of(PINK)), ALL, HighlightPalette.LIGHT, "Moscow");
        assertEquals(Color.web("#db2777").getHue(), h.background().getHue(), 1.0);
        assertTrue(h.background().getOpacity() < 0.5, "faint, so the text reads");
        assertEquals(List.of("sm-tag", "sm-tagged"), h.marks());
    }

    @Test
    void anUntaggedTagSpanKeepsTheLayersOwnColour() {
        Highlight h = at(List.of(mark(1, Kind.TAG, "Moscow")), Map.of(), ALL, HighlightPalette.LIGHT, "Moscow");
        assertEquals(HighlightPalette.LIGHT.tag(), h.text());
        assertNull(h.background());
    }

    @Test
    void hidingTheTagsLayerTakesTheTagColoursOffEveryHighlight() {
        Annotation quote = mark(1, Kind.DIRECT_QUOTE, "the deal is done");
        Annotation span = mark(2, Kind.TAG, "Moscow");
        Set<Layer> noTags = EnumSet.complementOf(EnumSet.of(Layer.TAGS));
        Map<Long, List<Tag>> tags = Map.of(1L, List.of(PINK), 2L, List.of(PINK));
        Highlight onQuote = at(List.of(quote, span), tags, noTags, HighlightPalette.LIGHT, "deal");
        assertNull(onQuote.text());
        assertFalse(onQuote.marks().contains("sm-tagged"));
        assertTrue(at(List.of(quote, span), tags, noTags, HighlightPalette.LIGHT, "Moscow").isNone());
    }

    @Test
    void aPaleTagStillReadsOnTheLightPageAndADarkOneOnTheDarkPage() {
        Annotation span = mark(1, Kind.TAG, "Moscow");
        Color onLight = at(List.of(span), Map.of(1L, List.of(PALE)), ALL, HighlightPalette.LIGHT, "Moscow").text();
        assertTrue(TagColours.contrast(onLight, Color.WHITE) >= 4.5, onLight.toString());
        Tag navy = new Tag(3, "u3", "Navy", "#1e1b4b", null, null);
        Color onDark = at(List.of(span), Map.of(1L, List.of(navy)), ALL, HighlightPalette.DARK, "Moscow").text();
        assertTrue(TagColours.contrast(onDark, Color.web("#0d1117")) >= 4.5, onDark.toString());
    }

    @Test
    void aTagsTextReadsOnTheFillBehindItInEveryVerdictAndTheme() {
        List<Tag> colours = List.of(PINK, PALE, new Tag(3, "u3", "Navy", "#1e1b4b", null, null),
                new Tag(4, "u4", "Green", "#16a34a", null, null), new Tag(5, "u5", "Grey", "#9ca3af", null, null));
        for (HighlightPalette palette : List.of(HighlightPalette.LIGHT, HighlightPalette.DARK)) {
            boolean dark = palette == HighlightPalette.DARK;
            for (Verdict verdict : Verdict.values()) {
                for (Kind kind : List.of(Kind.CLAIM, Kind.DIRECT_QUOTE, Kind.INDIRECT_QUOTE)) {
                    for (Tag tag : colours) {
                        Annotation checked = mark(1, kind, "the deal is done").withVerification(
                                new Verification(verdict, ReviewStatus.DONE, null, null, null));
                        Highlight h = at(List.of(checked), Map.of(1L, List.of(tag)), ALL, palette, "deal");
                        Color behind = h.background() == null ? TagColours.page(dark)
                                : TagColours.over(h.background(), TagColours.page(dark));
                        double ratio = TagColours.contrast(h.text(), behind);
                        assertTrue(ratio >= 4.5, String.format("%s tag on a %s %s in the %s theme: %.2f:1",
                                tag.name(), verdict, kind, dark ? "dark" : "light", ratio));
                    }
                }
            }
        }
    }
}
