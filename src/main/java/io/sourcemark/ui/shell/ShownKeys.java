package io.sourcemark.ui.shell;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a two-key command (V, 3), shown where a menu shows an accelerator. It never matches a key event: the
 * keymap reads the two keys, which a menu accelerator cannot.
 */
final class ShownKeys extends KeyCombination {

    private final String text;

    ShownKeys(String text) {
        this.text = text;
    }

    @Override
    public boolean match(KeyEvent event) {
        return false;
    }

    @Override
    public String getDisplayText() {
        return text;
    }

    @Override
    public String getName() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ShownKeys shown && shown.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
