package io.sourcemark.ui;

import javafx.scene.Node;
import javafx.scene.Parent;

/** Where the keyboard is: a part about to be hidden with it inside must hand it on, or the next keys go astray. */
public final class KeyboardFocus {

    private KeyboardFocus() {
    }

    /** Whether the node that has the keyboard is {@code part} or inside it. */
    public static boolean isWithin(Parent part) {
        if (part.getScene() == null) {
            return false;
        }
        for (Node n = part.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == part) {
                return true;
            }
        }
        return false;
    }
}
