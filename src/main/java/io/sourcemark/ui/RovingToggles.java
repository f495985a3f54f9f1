package io.sourcemark.ui;

import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.List;

/**
 * A row of toggles that is one Tab stop, as a group of radio buttons is on every desktop: Tab reaches the chosen one
 * (the first, when none is), the arrow keys move along the row, Space chooses. Seven verdict buttons would otherwise
 * be seven stops between the analyst and the rationale. A click leaves the keyboard where it was
 * ({@link ClickLeavesFocus}).
 */
public final class RovingToggles {

    private RovingToggles() {
    }

    public static void install(List<ToggleButton> toggles) {
        Runnable oneStop = () -> {
            ToggleButton stop = toggles.stream().filter(ToggleButton::isSelected).findFirst().orElse(toggles.get(0));
            toggles.forEach(toggle -> toggle.setFocusTraversable(toggle == stop));
        };
        for (int i = 0; i < toggles.size(); i++) {
            ToggleButton toggle = toggles.get(i);
            int at = i;
            ClickLeavesFocus.install(toggle);
            toggle.selectedProperty().addListener((obs, was, now) -> oneStop.run());
            // read before the toggle's own keys: it moves by arrows only within its toggle group, and not round
            toggle.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                int step = step(e.getCode());
                if (step != 0 && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                    e.consume();
                    toggles.get(Math.floorMod(at + step, toggles.size())).requestFocus();
                }
            });
        }
        oneStop.run();
    }

    private static int step(KeyCode code) {
        return switch (code) {
            case LEFT, UP, KP_LEFT, KP_UP -> -1;
            case RIGHT, DOWN, KP_RIGHT, KP_DOWN -> 1;
            default -> 0;
        };
    }
}
