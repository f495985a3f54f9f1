package io.sourcemark.ui.reader;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.TextRange;
import io.sourcemark.service.WordSteps;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.function.Supplier;

/**
 * Dragging an edge of the selected highlight in the article moves it: pressing on its first or last character starts
 * the drag (the cursor shows it), the text selection previews the new range, and letting go stores it as one
 * "Adjust range" change, snapped to words unless Alt is held. Filters, so the area's own selection dragging does not
 * also start.
 */
final class EdgeDragging {

    private final ArticleArea area;
    private final ReaderViewModel model;
    private final Supplier<String> body;
    private Annotation dragged;
    private int fixed;
    private int moving;

    private EdgeDragging(ArticleArea area, ReaderViewModel model, Supplier<String> body) {
        this.area = area;
        this.model = model;
        this.body = body;
    }

    static void install(ArticleArea area, ReaderViewModel model, Supplier<String> body) {
        EdgeDragging dragging = new EdgeDragging(area, model, body);
        area.addEventFilter(MouseEvent.MOUSE_MOVED, dragging::hover);
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, dragging::press);
        area.addEventFilter(MouseEvent.MOUSE_DRAGGED, dragging::drag);
        area.addEventFilter(MouseEvent.MOUSE_RELEASED, dragging::release);
    }

    private void hover(MouseEvent e) {
        area.setCursor(edgeAt(e) != null ? Cursor.H_RESIZE : Cursor.TEXT);
    }

    private void press(MouseEvent e) {
        Edge edge = e.getButton() == MouseButton.PRIMARY && !e.isShiftDown() ? edgeAt(e) : null;
        if (edge == null) {
            return;
        }
        e.consume();
        dragged = edge.annotation();
        fixed = edge.start() ? dragged.range().end() : dragged.range().start();
        moving = edge.start() ? dragged.range().start() : dragged.range().end();
        area.selectRange(fixed, moving);
    }

    private void drag(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        e.consume();
        moving = area.hit(e.getX(), e.getY()).getInsertionIndex();
        area.selectRange(fixed, moving);
    }

    private void release(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        e.consume();
        Annotation target = dragged;
        dragged = null;
        String text = body.get();
        TextRange range = new TextRange(Math.min(fixed, moving), Math.max(fixed, moving));
        if (!e.isAltDown() && text != null && range.end() <= text.length()) {
            range = WordSteps.snap(text, range);
        }
        area.deselect();
        if (!range.isEmpty() && !range.equals(target.range())) {
            model.adjustRangeTo(target, range);
        }
    }

    /** The edge of the selected highlight under the mouse: on its first or its last character. */
    private Edge edgeAt(MouseEvent e) {
        Annotation selected = model.selection().annotation();
        if (selected == null || selected.range().end() > area.getLength()) {
            return null;
        }
        var hit = area.hit(e.getX(), e.getY()).getCharacterIndex();
        if (hit.isEmpty()) {
            return null;
        }
        int at = hit.getAsInt();
        if (at == selected.range().start()) {
            return new Edge(selected, true);
        }
        return at == selected.range().end() - 1 ? new Edge(selected, false) : null;
    }

    private record Edge(Annotation annotation, boolean start) {
    }
}
