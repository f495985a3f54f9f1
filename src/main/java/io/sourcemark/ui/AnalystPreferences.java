package io.sourcemark.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the analyst sets once in Edit ▸ Preferences…, remembered between runs by the app: the reviewer's name. */
public final class AnalystPreferences {

    private final StringProperty reviewer = new SimpleStringProperty("");

    /** The name recorded with every verdict, review status and rationale; blank when not set. */
    public StringProperty reviewerProperty() {
        return reviewer;
    }

    public String reviewer() {
        return reviewer.get() == null ? "" : reviewer.get().strip();
    }
}
