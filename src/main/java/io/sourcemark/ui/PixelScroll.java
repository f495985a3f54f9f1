package io.sourcemark.ui;

import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;

/**
 * A scroll pane whose mouse wheel moves the content by the wheel's own distance (about three lines a notch). JavaFX's
 * moves it by that distance scaled by the share of the content that is out of view: a pane a little taller than its
 * view, such as the inspector, moved a few pixels a notch.
 *
 * <p>The wheel is handled on the content as the event bubbles up, not filtered on the pane: a list or a text area
 * inside the content scrolls first, and only a notch it did not use (it was at its end, or had nothing hidden)
 * reaches the pane.
 */
public final class PixelScroll {

    private PixelScroll() {
    }

    public static void install(ScrollPane pane) {
        EventHandler<ScrollEvent> wheel = e -> {
            if (e.getDeltaY() == 0 || e.isShiftDown()) {
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
        };
        ChangeListener<Node> moveHandler = (obs, old, now) -> {
            if (old != null) {
                old.removeEventHandler(ScrollEvent.SCROLL, wheel);
            }
            if (now != null) {
                now.addEventHandler(ScrollEvent.SCROLL, wheel);
            }
        };
        pane.contentProperty().addListener(moveHandler);
        moveHandler.changed(pane.contentProperty(), null, pane.getContent());
    }
}
