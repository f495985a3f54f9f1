package io.sourcemark.ui;

import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;

/**
 * A scroll pane whose mouse wheel moves the content by the wheel's own distance (about three lines a notch). JavaFX's
 * moves it by that distance scaled by the share of the content that is out of view: a pane a little taller than its
 * view, such as the inspector, moved a few pixels a notch.
 */
public final class PixelScroll {

    private PixelScroll() {
    }

    public static void install(ScrollPane pane) {
        pane.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (pane.getContent() == null || e.getDeltaY() == 0 || e.isShiftDown()) {
                return;
            }
            double hidden = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
            if (hidden <= 0) {
                return;
            }
            double range = pane.getVmax() - pane.getVmin();
            double value = pane.getVvalue() - e.getDeltaY() / hidden * range;
            pane.setVvalue(Math.max(pane.getVmin(), Math.min(pane.getVmax(), value)));
            e.consume();
        });
    }
}
