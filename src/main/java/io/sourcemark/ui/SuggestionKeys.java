package io.sourcemark.ui;

import javafx.scene.input.KeyEvent;

/**
 * The review keys, read where the analyst's focus is (the article, the statements list): A or Enter accepts the
 * selected suggestion, R rejects it, Delete rejects a suggestion and deletes anything else.
 */
final class SuggestionKeys {

    private SuggestionKeys() {
    }

    /** Acts on the key and returns true when it was a review key. */
    static boolean handle(KeyEvent event, WorkspaceViewModel model) {
        if (Shortcuts.ACCEPT.match(event) || Shortcuts.ACCEPT_ENTER.match(event)) {
            model.acceptSelected();
            return true;
        }
        if (Shortcuts.REJECT.match(event)) {
            model.rejectSelected();
            return true;
        }
        if (Shortcuts.DELETE.match(event)) {
            model.deleteSelected();
            return true;
        }
        return false;
    }
}
