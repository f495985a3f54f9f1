package io.sourcemark.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab and Shift+Tab move the focus out of a text area, as out of every other field of the window, rather than typing
 * a tab that a note or a rationale has no use for. The text area moves the focus on Ctrl+Tab, so Tab is handed to it
 * as that.
 */
public final class TabLeavesText {

    private TabLeavesText() {
    }

    public static TextArea install(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), KeyEvent.KEY_PRESSED, e.getCharacter(),
                        e.getText(), KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
