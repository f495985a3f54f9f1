package io.sourcemark.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's message: the last saved change, or a problem the analyst can act on. A message stays until the
 * next one, so a summary is there to read when the analyst looks. Empty until something happens.
 */
public final class StatusLine {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);

    /** A piece of news: a change was saved, an import finished. */
    public void announce(String message) {
        problem.set(false);
        text.set(message);
    }

    public void saved(String what) {
        announce("Saved · " + what);
    }

    public void report(String message) {
        problem.set(true);
        text.set(message);
    }

    /** A failure of a service call: what the analyst can do about it, or that the project file failed. */
    public void failed(Exception e) {
        report(e instanceof IllegalArgumentException || e instanceof WorkTooLarge ? e.getMessage()
                : "The project file failed: " + e.getMessage());
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** True while the text shows a problem rather than news. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
