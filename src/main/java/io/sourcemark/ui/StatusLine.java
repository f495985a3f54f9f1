package io.sourcemark.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar's text: the last saved change, or a problem the analyst can act on. */
public final class StatusLine {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);

    /** A piece of news: a change was saved, an import finished. */
    public void announce(String message) {
        problem.set(false);
        text.set(message);
    }

    void saved(String what) {
        announce("Saved · " + what);
    }

    void report(String message) {
        problem.set(true);
        text.set(message);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** True while the text shows a problem rather than news. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
