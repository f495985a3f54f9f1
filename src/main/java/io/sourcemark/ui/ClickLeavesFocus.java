package io.sourcemark.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.MouseEvent;

/**
 * A small button that Tab reaches but a click does not take the keyboard to: after a click the focus goes back to
 * where it was (the article, most often), so that the keys typed next do what they did before the click.
 */
public final class ClickLeavesFocus {

    private ClickLeavesFocus() {
    }

    public static <B extends ButtonBase> B install(B button) {
        Node[] before = new Node[1];
        button.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> before[0] = button.getScene() == null ? null
                : button.getScene().getFocusOwner());
        button.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            Node owner = before[0];
            before[0] = null;
            if (owner != null && owner != button && owner.getScene() != null) {
                owner.requestFocus();
            }
        });
        return button;
    }
}
