package io.sourcemark.ui;

import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Space opens the list of a choice box that has the keyboard (a tag to add, a speaker to merge in, an export's
 * format), as it opens the other drop-downs of the window and as check boxes and buttons take it. A combo box of the
 * toolkit opens only with F4 or Alt+↓, which few people know.
 */
public final class SpaceOpensChoices {

    private SpaceOpensChoices() {
    }

    public static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, SpaceOpensChoices::open);
    }

    public static void install(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, SpaceOpensChoices::open);
    }

    private static void open(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        ComboBoxBase<?> box = comboBoxOf(e.getTarget());
        if (box != null && !box.isEditable() && !box.isShowing() && !box.isDisabled()) {
            box.show();
            e.consume();
        }
    }

    private static ComboBoxBase<?> comboBoxOf(EventTarget target) {
        for (Node at = target instanceof Node n ? n : null; at != null; at = at.getParent()) {
            if (at instanceof ComboBoxBase<?> box) {
                return box;
            }
        }
        return null;
    }
}
