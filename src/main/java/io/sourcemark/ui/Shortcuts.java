package io.sourcemark.ui;

import io.sourcemark.model.Kind;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The keyboard shortcuts, in one place so that menus, tooltips and key handling agree. */
final class Shortcuts {

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination REDO_ALT = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final KeyCombination ZOOM_IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_IN_PLUS = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_IN_ADD = new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_OUT_SUBTRACT = new KeyCodeCombination(KeyCode.SUBTRACT,
            KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ZOOM_RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEW_PROJECT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination OPEN_PROJECT = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination ACCEPT = new KeyCodeCombination(KeyCode.A);
    static final KeyCombination ACCEPT_ENTER = new KeyCodeCombination(KeyCode.ENTER);
    static final KeyCombination REJECT = new KeyCodeCombination(KeyCode.R);
    static final KeyCombination DETECT_AGAIN = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DETECT_EVERYWHERE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination FIND_ARTICLE = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private Shortcuts() {
    }

    /** A single key, no modifier: the analyst's hands stay on the text. */
    static KeyCombination annotate(Kind kind) {
        return new KeyCodeCombination(switch (kind) {
            case DIRECT_QUOTE -> KeyCode.Q;
            case INDIRECT_QUOTE -> KeyCode.I;
            case CLAIM -> KeyCode.C;
            case SPEAKER -> KeyCode.S;
            case TAG -> KeyCode.T;
        });
    }

    /** "Undo (Ctrl+Z)": tooltips show the key the way menus do. */
    static String withKey(String action, KeyCombination key) {
        return action + " (" + key.getDisplayText() + ")";
    }
}
