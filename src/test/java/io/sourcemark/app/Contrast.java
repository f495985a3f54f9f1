package io.sourcemark.app;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/** WCAG contrast of what a cell shows, against the colour the eye sees behind it (its translucent fills laid over
    the list's own). */
final class Contrast {

    private Contrast() {
    }

    /** The contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The lowest contrast of the labels with {@code styleClass} in the cell, against the cell as it is painted. */
    static double ofLabels(ListCell<?> cell, Region list, String styleClass) {
        list.applyCss();
        cell.applyCss();
        Color behind = painted(cell.getBackground(), painted(list.getBackground(), Color.WHITE));
        return cell.lookupAll("." + styleClass).stream().filter(Label.class::isInstance).map(Label.class::cast)
                .mapToDouble(l -> ratio((Color) l.getTextFill(), behind)).min()
                .orElseThrow(() -> new AssertionError("no ." + styleClass + " in the cell"));
    }

    private static Color painted(Background background, Color under) {
        Color result = under;
        if (background != null) {
            for (BackgroundFill fill : background.getFills()) {
                if (fill.getFill() instanceof Color c) {
                    result = over(c, result);
                }
            }
        }
        return result;
    }

    private static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a),
                top.getGreen() * a + bottom.getGreen() * (1 - a), top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
