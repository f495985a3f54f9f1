package io.sourcemark.ui.inspector;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls the inspector so that a section's node is in view. */
final class ScrollIntoView {

    private ScrollIntoView() {
    }

    static void of(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout(); // a node just made visible has no place yet, and the content not its new height
        Bounds content = scroll.getContent().getLayoutBounds();
        Bounds viewport = scroll.getViewportBounds();
        Bounds target = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double room = content.getHeight() - viewport.getHeight();
        if (room > 0) {
            // its bottom in view, and its top too when it is taller than the view
            double top = Math.min(target.getMinY(), Math.max(0, target.getMaxY() - viewport.getHeight()));
            scroll.setVvalue(Math.max(0, Math.min(1, top / room)));
        }
    }
}
