package io.sourcemark.ui;

import io.sourcemark.model.Kind;
import io.sourcemark.model.ReviewStatus;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

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
    public static final KeyCombination LINK_SPEAKER = new KeyCodeCombination(KeyCode.P);
    public static final KeyCombination LINK_TO = new KeyCodeCombination(KeyCode.L);

    /** The first key of a verdict: V, then 1–7 (0: not checked). */
    public static final KeyCombination VERDICT = new KeyCodeCombination(KeyCode.V);
    public static final KeyCombination CODEBOOK = shortcut(KeyCode.K);
    public static final KeyCombination SPAN_END_FORWARD = new KeyCodeCombination(KeyCode.RIGHT,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SPAN_END_BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SPAN_START_FORWARD = new KeyCodeCombination(KeyCode.RIGHT,
            KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SPAN_START_BACK = new KeyCodeCombination(KeyCode.LEFT,
            KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination SEARCH_LIBRARY = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination NEXT_HIT = new KeyCodeCombination(KeyCode.F3);
    public static final KeyCombination PREVIOUS_HIT = new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination STATISTICS = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination PASTE_AS_ARTICLE = new KeyCodeCombination(KeyCode.V,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination EXPORT = shortcut(KeyCode.E);

    private Keys() {
    }

    /** The second key of a two-key command: a digit of the main keys or of the number pad. */
    public static List<KeyCombination> digit(int digit) {
        return List.of(new KeyCodeCombination(KeyCode.valueOf("DIGIT" + digit)),
                new KeyCodeCombination(KeyCode.valueOf("NUMPAD" + digit)));
    }

    /** The second key of a review status, after V: T to check, P in progress, D done. */
    public static KeyCombination reviewStatus(ReviewStatus status) {
        return new KeyCodeCombination(switch (status) {
            case TO_CHECK -> KeyCode.T;
            case IN_PROGRESS -> KeyCode.P;
            case DONE -> KeyCode.D;
        });
    }

    /** "V, D", as menus and tooltips show a review status's two keys. */
    public static String reviewStatusKeys(ReviewStatus status) {
        return VERDICT.getDisplayText() + ", " + reviewStatus(status).getDisplayText();
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
