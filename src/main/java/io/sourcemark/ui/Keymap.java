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
 * which read them first with {@link #dispatch}, and wherever else the keyboard is (a button, a check box) when the
 * control there does not use the key itself; in a text field they are typing, never a command.
 */
public final class Keymap {

    private final Map<KeyCombination, Command> commands = new LinkedHashMap<>();
    /** Two-key commands (V then 3): the first key, then the commands of the second key. */
    private final Map<KeyCombination, Map<KeyCombination, Command>> chords = new LinkedHashMap<>();
    private final Map<KeyCombination, Runnable> chordStarted = new LinkedHashMap<>();
    private final Map<KeyCombination, Runnable> chordGivenUp = new LinkedHashMap<>();
    private KeyCombination pending;
    private Scene scene;

    /**
     * Binds {@code key} to a command.
     *
     * @throws IllegalArgumentException when the key is taken, naming the command that has it
     */
    public Command bind(String name, KeyCombination key, Runnable action) {
        refuseTaken(key);
        Runnable guarded = hasModifier(key) ? action : () -> {
            if (!typing()) {
                action.run();
            }
        };
        Command command = new Command(name, key, guarded);
        commands.put(key, command);
        return command;
    }

    /**
     * Binds a two-key command: {@code first} (a key without modifiers, such as V), then {@code second}. The first key
     * of a chord is taken as a whole: no single-key command can have it.
     *
     * @param started shown while the second key is awaited (a hint in the status bar)
     * @throws IllegalArgumentException when {@code first} is the key of a command, or the chord is taken
     */
    public Command bindChord(String name, KeyCombination first, KeyCombination second, Runnable action,
                             Runnable started) {
        if (!chords.containsKey(first)) {
            refuseTaken(first);
        }
        Map<KeyCombination, Command> seconds = chords.computeIfAbsent(first, k -> new LinkedHashMap<>());
        if (seconds.containsKey(second)) {
            throw new IllegalArgumentException(first.getDisplayText() + ", " + second.getDisplayText()
                    + " is already the key of “" + seconds.get(second).name() + "”. Choose another key.");
        }
        chordStarted.put(first, started);
        Command command = new Command(name, first, action);
        seconds.put(second, command);
        return command;
    }

    /** What to do when the key after {@code first} is none of its chords' (the hint shown at its start is gone). */
    public void whenChordGivenUp(KeyCombination first, Runnable givenUp) {
        chordGivenUp.put(first, givenUp);
    }

    private void refuseTaken(KeyCombination key) {
        Optional<String> taken = whyTaken(key);
        if (taken.isPresent()) {
            throw new IllegalArgumentException(taken.get());
        }
    }

    /**
     * Why {@code key} cannot be given to a new command, naming the command that has it (or the first of the
     * two-key commands it starts); empty when it is free.
     */
    public Optional<String> whyTaken(KeyCombination key) {
        Command taken = commands.get(key);
        if (taken != null) {
            return Optional.of(key.getDisplayText() + " is already the key of “" + taken.name()
                    + "”. Choose another key.");
        }
        if (chords.containsKey(key)) {
            return Optional.of(key.getDisplayText() + " starts the keys of “"
                    + chords.get(key).values().iterator().next().name() + "” and others. Choose another key.");
        }
        return Optional.empty();
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
        return whyTaken(key).isEmpty();
    }

    /** The scene whose focus tells typing from commands; two-key commands are read from it wherever the focus is. */
    public void attach(Scene target) {
        scene = target;
        target.addEventFilter(KeyEvent.KEY_PRESSED, this::dispatchChord);
        // last, once the focused control has left the key alone: a tag's key has no menu item whose accelerator
        // would run it, and pressed on a button of the inspector it did nothing
        target.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (!event.isConsumed() && !typing()) {
                dispatchCommand(event);
            }
        });
    }

    /**
     * Reads the keys of two-key commands: the first starts the chord, the next key ends it (running its command, if
     * it has one); any other key ends it too. Modifier keys pressed alone leave it waiting. Typing is never a chord.
     */
    boolean dispatchChord(KeyEvent event) {
        if (event.isConsumed() || event.getCode().isModifierKey() || typing()) {
            return false;
        }
        if (pending != null) {
            KeyCombination first = pending;
            Map<KeyCombination, Command> seconds = chords.get(first);
            pending = null;
            event.consume();
            for (Map.Entry<KeyCombination, Command> second : seconds.entrySet()) {
                if (second.getKey().match(event)) {
                    second.getValue().action().run();
                    return true;
                }
            }
            chordGivenUp.getOrDefault(first, () -> { }).run();
            return true;
        }
        for (KeyCombination first : chords.keySet()) {
            if (first.match(event)) {
                pending = first;
                event.consume();
                chordStarted.get(first).run();
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the command of a pressed key without modifiers and consumes it: for controls that keep keys from the menus'
     * accelerators (the article's text area, the lists). Keys with modifiers are left to the accelerators.
     */
    public boolean dispatch(KeyEvent event) {
        return dispatchChord(event) || dispatchCommand(event);
    }

    private boolean dispatchCommand(KeyEvent event) {
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
