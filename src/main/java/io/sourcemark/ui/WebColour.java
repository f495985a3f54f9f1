package io.sourcemark.ui;

import javafx.scene.paint.Color;

import java.util.Locale;

/** A colour as CSS and the project's files write it: "#rrggbb", opacity left out. */
public final class WebColour {

    private WebColour() {
    }

    public static String of(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
