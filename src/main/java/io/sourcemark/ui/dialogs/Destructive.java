package io.sourcemark.ui.dialogs;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;

/**
 * A question before something is deleted or replaced: Enter, pressed out of habit or for the keystroke meant for the
 * window behind, must not answer it. Cancel is the default button (Enter and Escape), the destructive one is chosen
 * by a click or its mnemonic only.
 */
public final class Destructive {

    private Destructive() {
    }

    /** Makes {@code cancel} the button Enter presses and {@code destructive} one it never presses. */
    public static Alert cancelByDefault(Alert alert, ButtonType destructive, ButtonType cancel) {
        Button act = (Button) alert.getDialogPane().lookupButton(destructive);
        Button keep = (Button) alert.getDialogPane().lookupButton(cancel);
        act.setDefaultButton(false);
        keep.setDefaultButton(true);
        keep.setCancelButton(true);
        // the focus follows the default button, or a space would press the destructive one
        alert.setOnShown(e -> keep.requestFocus());
        return alert;
    }
}
