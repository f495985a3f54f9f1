package io.sourcemark.ui.reader;

import javafx.scene.paint.Color;

/**
 * A tag's own colour as the article draws it: as text, darkened (light theme) or lightened (dark theme) until it
 * reads at WCAG's 4.5:1 against what is painted behind it (the page, or a quote's, verdict's or tag span's fill
 * laid over the page); as a faint fill behind a tag span. Any colour an analyst picks stays readable in both themes.
 */
final class TagColours {

    private static final Color LIGHT_PAGE = Color.WHITE;
    private static final Color DARK_PAGE = Color.web("#0d1117");

    private TagColours() {
    }

    /** The tag's colour, or null when it has none or is not a colour. */
    static Color parse(String css) {
        if (css == null) {
            return null;
        }
        try {
            return Color.web(css);
        } catch (IllegalArgumentException notAColour) {
            return null; // written by another program: drawn as an untagged span
        }
    }

    /** The text colour of a tag over {@code fill} (translucent, or null for the bare page). */
    static Color text(Color colour, Color fill, boolean dark) {
        Color page = page(dark);
        Color behind = fill == null ? page : over(fill, page);
        Color c = Color.color(colour.getRed(), colour.getGreen(), colour.getBlue());
        for (int step = 0; step < 20 && contrast(c, behind) < 4.5; step++) {
            c = dark ? c.interpolate(Color.WHITE, 0.15) : c.interpolate(Color.BLACK, 0.15);
        }
        return c;
    }

    static Color fill(Color colour, boolean dark) {
        return Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(), dark ? 0.30 : 0.20);
    }

    /** What the eye sees of a translucent colour laid over an opaque one. */
    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a),
                top.getGreen() * a + bottom.getGreen() * (1 - a), top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    static Color page(boolean dark) {
        return dark ? DARK_PAGE : LIGHT_PAGE;
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
