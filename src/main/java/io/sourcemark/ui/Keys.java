package io.sourcemark.ui;

import io.sourcemark.model.Kind;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The keys of the window's commands, named once; the {@link Keymap} checks that no two commands share one. */
public final class Keys {

    public static final KeyCombination UNDO = shortcut(KeyCode.Z);
    public static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination REDO_ALT = shortcut(KeyCode.Y);
    public static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    public static final KeyCombination ZOOM_IN = shortcut(KeyCode.EQUALS);
    public static final KeyCombination ZOOM_IN_PLUS = shortcut(KeyCode.PLUS);
    public static final KeyCombination ZOOM_IN_ADD = shortcut(KeyCode.ADD);
    public static final KeyCombination ZOOM_OUT = shortcut(KeyCode.MINUS);
    public static final KeyCombination ZOOM_OUT_SUBTRACT = shortcut(KeyCode.SUBTRACT);
    public static final KeyCombination ZOOM_RESET = shortcut(KeyCode.DIGIT0);
    public static final KeyCombination NEW_PROJECT = shortcut(KeyCode.N);
    public static final KeyCombination OPEN_PROJECT = shortcut(KeyCode.O);
    public static final KeyCombination IMPORT = shortcut(KeyCode.I);
    public static final KeyCombination QUIT = shortcut(KeyCode.Q);
    public static final KeyCombination ACCEPT = new KeyCodeCombination(KeyCode.A);
    public static final KeyCombination ACCEPT_ENTER = new KeyCodeCombination(KeyCode.ENTER);
    public static final KeyCombination REJECT = new KeyCodeCombination(KeyCode.R);
    public static final KeyCombination NEXT = new KeyCodeCombination(KeyCode.J);
    public static final KeyCombination PREVIOUS = new KeyCodeCombination(KeyCode.K);
    public static final KeyCombination DESELECT = new KeyCodeCombination(KeyCode.ESCAPE);
    public static final KeyCombination DETECT_AGAIN = shortcut(KeyCode.D);
    public static final KeyCombination DETECT_EVERYWHERE = new KeyCodeCombination(KeyCode.D,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination FIND_ARTICLE = shortcut(KeyCode.F);
    public static final KeyCombination PASTE_AS_ARTICLE = new KeyCodeCombination(KeyCode.V,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination EXPORT = shortcut(KeyCode.E);

    private Keys() {
    }

    /** A single key, no modifier: the analyst's hands stay on the text. */
    public static KeyCombination annotate(Kind kind) {
        return new KeyCodeCombination(switch (kind) {
            case DIRECT_QUOTE -> KeyCode.Q;
            case INDIRECT_QUOTE -> KeyCode.I;
            case CLAIM -> KeyCode.C;
            case SPEAKER -> KeyCode.S;
            case TAG -> KeyCode.T;
        });
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }
}
