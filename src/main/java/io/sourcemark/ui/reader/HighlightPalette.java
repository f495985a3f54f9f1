package io.sourcemark.ui.reader;

import io.sourcemark.model.Verdict;
import io.sourcemark.ui.VerdictLook;
import javafx.scene.paint.Color;

/**
 * The colours of the highlight layers in one theme. Suggestions are the same hue, fainter; the dark theme's fills are
 * stronger than the light theme's, because a faint fill vanishes on a dark page. The text selection uses a neutral
 * grey that no layer uses.
 */
record HighlightPalette(Color speaker, Color direct, Color directSuggested, Color indirect,
                        Color indirectSuggested, Color claim, Color tag, Color selected) {

    static final HighlightPalette LIGHT = new HighlightPalette(
            Color.web("#7c3aed"),
            Color.rgb(245, 158, 11, 0.40), Color.rgb(245, 158, 11, 0.20),
            Color.rgb(14, 165, 233, 0.28), Color.rgb(14, 165, 233, 0.15),
            Color.web("#e11d48"), Color.web("#047857"), Color.web("#1d4ed8"));

    static final HighlightPalette DARK = new HighlightPalette(
            Color.web("#c4b5fd"),
            Color.rgb(251, 191, 36, 0.34), Color.rgb(251, 191, 36, 0.20),
            Color.rgb(56, 189, 248, 0.32), Color.rgb(56, 189, 248, 0.20),
            Color.web("#fb7185"), Color.web("#6ee7b7"), Color.web("#93c5fd"));

    /** A checked statement's colour in this theme (null for not checked): its box, and the line of an outer quote. */
    Color verdict(Verdict verdict) {
        return VerdictLook.colour(verdict, this == DARK);
    }

    /** A checked statement's fill: its verdict's hue, as translucent as a quote's so the text stays readable. */
    Color verdictFill(Verdict verdict) {
        Color c = verdict(verdict);
        return Color.color(c.getRed(), c.getGreen(), c.getBlue(), this == DARK ? 0.42 : 0.30);
    }

    static HighlightPalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /** The underline of a quote that encloses a smaller one: its fill's hue, opaque enough to read as a line. */
    static Color line(Color fill) {
        return Color.color(fill.getRed(), fill.getGreen(), fill.getBlue(), Math.min(1, fill.getOpacity() * 2.4));
    }
}
