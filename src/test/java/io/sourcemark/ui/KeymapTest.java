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
}
