package io.sourcemark.ui.reader;

import io.sourcemark.model.Kind;
import javafx.scene.paint.Color;

/**
 * Each kind of highlight's colour, opaque, as the article draws it in a theme: for views that show the kinds apart
 * from the text (the statistics' charts), so that a kind has one colour wherever it appears.
 */
public final class LayerColours {

    private LayerColours() {
    }

    public static Color of(Kind kind, boolean dark) {
        HighlightPalette palette = HighlightPalette.of(dark);
        Color c = switch (kind) {
            case SPEAKER -> palette.speaker();
            case DIRECT_QUOTE -> palette.direct();
            case INDIRECT_QUOTE -> palette.indirect();
            case CLAIM -> palette.claim();
            case TAG -> palette.tag();
        };
        return Color.color(c.getRed(), c.getGreen(), c.getBlue());
    }
}
