package io.sourcemark.ui;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeymapTest {

    @Test
    void aKeyAlreadyInUseIsRefusedNamingItsCommand() {
        Keymap keymap = new Keymap();
        keymap.bind("Mark as direct quote", Keys.annotate(io.sourcemark.model.Kind.DIRECT_QUOTE), () -> { });

        IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
                () -> keymap.bind("Tag: Economy", new KeyCodeCombination(KeyCode.Q), () -> { }));

        assertEquals("Q is already the key of “Mark as direct quote”. Choose another key.", taken.getMessage());
        assertFalse(keymap.isFree(new KeyCodeCombination(KeyCode.Q)));
        assertTrue(keymap.isFree(new KeyCodeCombination(KeyCode.E)));
    }

    @Test
    void aFreedKeyCanBeGivenAgain() {
        Keymap keymap = new Keymap();
        KeyCodeCombination e = new KeyCodeCombination(KeyCode.E);
        keymap.bind("Tag: Economy", e, () -> { });
        keymap.unbind(e);
        assertEquals("Tag: Energy", keymap.bind("Tag: Energy", e, () -> { }).name());
    }

    @Test
    void aTwoKeyCommandRunsOnItsSecondKeyAndItsFirstKeyIsTakenAsAWhole() {
        Keymap keymap = new Keymap();
        StringBuilder ran = new StringBuilder();
        KeyCodeCombination v = new KeyCodeCombination(KeyCode.V);
        keymap.bindChord("Verdict: Mixed", v, new KeyCodeCombination(KeyCode.DIGIT3), () -> ran.append("mixed"),
                () -> ran.append("[V]"));
        keymap.bindChord("Verdict: True", v, new KeyCodeCombination(KeyCode.DIGIT1), () -> ran.append("true"),
                () -> ran.append("[V]"));
        keymap.whenChordGivenUp(v, () -> ran.append("[no verdict]"));

        keymap.dispatch(press(KeyCode.V));
        keymap.dispatch(press(KeyCode.DIGIT3));
        keymap.dispatch(press(KeyCode.DIGIT3)); // a digit alone is no command
        keymap.dispatch(press(KeyCode.V));
        keymap.dispatch(press(KeyCode.ESCAPE)); // any other key ends the chord
        keymap.dispatch(press(KeyCode.DIGIT1));
        assertEquals("[V]mixed[V][no verdict]", ran.toString(), "the hint of the chord given up is taken back");

        assertFalse(keymap.isFree(v));
        assertEquals("V starts the keys of “Verdict: Mixed” and others. Choose another key.",
                assertThrows(IllegalArgumentException.class, () -> keymap.bind("Tag: Video", v, () -> { }))
                        .getMessage());
        assertEquals("V, 3 is already the key of “Verdict: Mixed”. Choose another key.",
                assertThrows(IllegalArgumentException.class, () -> keymap.bindChord("Verdict: False", v,
                        new KeyCodeCombination(KeyCode.DIGIT3), () -> { }, () -> { })).getMessage());
    }

    private static javafx.scene.input.KeyEvent press(KeyCode code) {
        return new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", code, false, false,
                false, false);
    }
}
