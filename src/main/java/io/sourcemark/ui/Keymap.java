package io.sourcemark.ui;

import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every keyboard shortcut of the window, in one place: menus, tooltips and key handling read it, and a key already
 * in use cannot be given to a second command (a tag's shortcut key is refused when it collides).
 *
 * <p>Menus carry the keys as accelerators. Keys without Ctrl or ⌘ (Q, A, J, Esc …) act on the article and the lists,
 * which read them first with {@link #dispatch}; in a text field they are typing, never a command.
 */
public final class Keymap {

    private final Map<KeyCombination, Command> commands = new LinkedHashMap<>();
    private Scene scene;

    /**
     * Binds {@code key} to a command.
     *
     * @throws IllegalArgumentException when the key is taken, naming the command that has it
     */
    public Command bind(String name, KeyCombination key, Runnable action) {
        Command taken = commands.get(key);
        if (taken != null) {
            throw new IllegalArgumentException(key.getDisplayText() + " is already the key of “" + taken.name()
                    + "”. Choose another key.");
        }
        Runnable guarded = hasModifier(key) ? action : () -> {
            if (!typing()) {
                action.run();
            }
        };
        Command command = new Command(name, key, guarded);
        commands.put(key, command);
        return command;
    }

    /** Frees a key (a tag's shortcut removed). */
    public void unbind(KeyCombination key) {
        commands.remove(key);
    }

    public Optional<Command> commandOf(KeyCombination key) {
        return Optional.ofNullable(commands.get(key));
    }

    /** Whether {@code key} could be given to a new command. */
    public boolean isFree(KeyCombination key) {
        return !commands.containsKey(key);
    }

    /** The scene whose focus tells typing from commands. */
    public void attach(Scene target) {
        scene = target;
    }

    /**
     * Runs the command of a pressed key without modifiers and consumes it: for controls that keep keys from the menus'
     * accelerators (the article's text area, the lists). Keys with modifiers are left to the accelerators.
     */
    public boolean dispatch(KeyEvent event) {
        for (Command command : commands.values()) {
            if (!hasModifier(command.key()) && command.key().match(event)) {
                event.consume();
                command.action().run();
                return true;
            }
        }
        return false;
    }

    private boolean typing() {
        return scene != null && scene.getFocusOwner() instanceof TextInputControl;
    }

    private static boolean hasModifier(KeyCombination key) {
        return key.getControl() == KeyCombination.ModifierValue.DOWN
                || key.getShortcut() == KeyCombination.ModifierValue.DOWN
                || key.getMeta() == KeyCombination.ModifierValue.DOWN
                || key.getAlt() == KeyCombination.ModifierValue.DOWN;
    }

    /** A named command with its key. */
    public record Command(String name, KeyCombination key, Runnable action) {

        /** "Undo (Ctrl+Z)", for tooltips. */
        public String withKey() {
            return name + " (" + key.getDisplayText() + ")";
        }
    }
}
