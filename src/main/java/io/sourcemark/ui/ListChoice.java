package io.sourcemark.ui;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A drop-down list whose choice is a change of the project (a highlight's kind, a tag given): it acts when a value
 * is chosen, by Enter or a click in the open list, not at each move towards one. JavaFX's own box sets its value at
 * every arrow key, closed (stepping through the items) as open (the list's moves): each press would be a change of
 * its own, an undo step, a suggestion accepted. Here the arrows of the closed box open the list, as Space, F4 and
 * Alt+↓ do; a value moved to and left by Esc or a click elsewhere is taken back.
 */
public final class ListChoice<T> {

    private boolean chosenInList;
    /** The value as the list opened: choosing it again changes nothing, as it did not when the box acted alone. */
    private T atOpen;

    private ListChoice() {
    }

    /**
     * @param chosen   the value chosen (also one set by the program while the list is closed: guard it there)
     * @param notTaken the list closed on a value moved to and not chosen: show the value the box had
     */
    public static <T> void install(ComboBox<T> box, Consumer<T> chosen, Runnable notTaken) {
        ListChoice<T> choice = new ListChoice<>();
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean arrow = e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP;
            if (arrow && !box.isShowing() && !e.isAltDown() && !e.isShortcutDown()) {
                e.consume();
                box.show();
            }
        });
        // open, the list reads the keys and the clicks itself
        choice.watch(box.getSkin());
        box.skinProperty().addListener((obs, old, skin) -> choice.watch(skin));
        box.setOnAction(e -> {
            if (!box.isShowing()) {
                chosen.accept(box.getValue());
            }
        });
        box.setOnShowing(e -> {
            choice.chosenInList = false;
            choice.atOpen = box.getValue();
        });
        box.setOnHidden(e -> {
            boolean taken = choice.chosenInList;
            choice.chosenInList = false;
            if (Objects.equals(box.getValue(), choice.atOpen)) {
                return;
            }
            if (taken) {
                chosen.accept(box.getValue());
            } else {
                notTaken.run();
            }
        });
    }

    private void watch(Skin<?> skin) {
        if (skin instanceof ComboBoxListViewSkin<?> listSkin) {
            listSkin.getPopupContent().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                // Space chooses too: the list closes on it, and Space is how the box was opened
                if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                    chosenInList = true;
                }
            });
            // pressed on an item: the list closes on the release, after this
            listSkin.getPopupContent().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> chosenInList =
                    e.getButton() == MouseButton.PRIMARY && itemUnder(e));
        }
    }

    private static boolean itemUnder(MouseEvent event) {
        for (Object node = event.getPickResult().getIntersectedNode(); node instanceof javafx.scene.Node n;
             node = n.getParent()) {
            if (n instanceof ListCell<?> cell) {
                return !cell.isEmpty();
            }
        }
        return false;
    }
}
