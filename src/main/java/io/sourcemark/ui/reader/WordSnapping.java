package io.sourcemark.ui.reader;

import io.sourcemark.model.TextRange;
import io.sourcemark.service.WordSteps;
import javafx.scene.input.MouseEvent;

import java.util.function.Supplier;

/**
 * Text selected with the mouse snaps out to whole words when the button is let go, so that a mark never cuts a word;
 * holding Alt while selecting keeps the selection to the character.
 */
final class WordSnapping {

    private boolean exact;

    private WordSnapping() {
    }

    static void install(ArticleArea area, Supplier<String> body) {
        WordSnapping snapping = new WordSnapping();
        area.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> snapping.exact = e.isAltDown());
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            String text = body.get();
            var selection = area.getSelection();
            if (snapping.exact || e.isAltDown() || text == null || selection.getLength() == 0
                    || selection.getEnd() > text.length()) {
                return;
            }
            TextRange snapped = WordSteps.snap(text, new TextRange(selection.getStart(), selection.getEnd()));
            if (snapped.start() != selection.getStart() || snapped.end() != selection.getEnd()) {
                boolean backwards = area.getCaretPosition() == selection.getStart();
                if (backwards) {
                    area.selectRange(snapped.end(), snapped.start());
                } else {
                    area.selectRange(snapped.start(), snapped.end());
                }
            }
        });
    }
}
