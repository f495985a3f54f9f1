package io.sourcemark.ui.shell;

import io.sourcemark.service.WebAddresses;
import io.sourcemark.ui.WindowActions;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Files, folders and web addresses dropped anywhere on the window are imported, all of them as one job; the window
 * shows that it takes them while they are dragged over it.
 */
final class DropImport {

    static final String DROP_TARGET = "sm-drop-target";

    private DropImport() {
    }

    static void install(Node window, WindowActions actions) {
        window.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getGestureSource() == null && takes(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY);
                if (!window.getStyleClass().contains(DROP_TARGET)) {
                    window.getStyleClass().add(DROP_TARGET);
                }
            }
            e.consume();
        });
        window.addEventHandler(DragEvent.DRAG_EXITED, e -> window.getStyleClass().remove(DROP_TARGET));
        window.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            window.getStyleClass().remove(DROP_TARGET);
            Dragboard board = e.getDragboard();
            List<Path> files = board.hasFiles() ? board.getFiles().stream().map(File::toPath).toList() : List.of();
            List<String> addresses = files.isEmpty() ? addresses(board) : List.of();
            boolean taken = !files.isEmpty() || !addresses.isEmpty();
            if (taken) {
                actions.importDropped(files, addresses);
            }
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    private static boolean takes(Dragboard board) {
        return board.hasFiles() || !addresses(board).isEmpty();
    }

    /** A browser drops a link as a URL, and often as text too; a text of several lines may hold several. */
    private static List<String> addresses(Dragboard board) {
        Set<String> found = new LinkedHashSet<>();
        if (board.hasUrl() && WebAddresses.looksLikeAddress(board.getUrl())) {
            found.add(board.getUrl().strip());
        }
        if (found.isEmpty() && board.hasString()) {
            for (String line : board.getString().split("\\R")) {
                if (WebAddresses.looksLikeAddress(line)) {
                    found.add(line.strip());
                }
            }
        }
        return new ArrayList<>(found);
    }
}
