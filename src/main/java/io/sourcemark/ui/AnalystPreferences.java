package io.sourcemark.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the analyst sets once and the app remembers between runs: the reviewer's name (Edit ▸ Preferences…), and
 * the organisation and folder of the last export (File ▸ Export…).
 */
public final class AnalystPreferences {

    private final StringProperty reviewer = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty exportFolder = new SimpleStringProperty("");

    /** The name recorded with every verdict, review status and rationale; blank when not set. */
    public StringProperty reviewerProperty() {
        return reviewer;
    }

    public String reviewer() {
        return reviewer.get() == null ? "" : reviewer.get().strip();
    }

    /** The organisation that signed the last export; blank when none was given. */
    public StringProperty organisationProperty() {
        return organisation;
    }

    /** The folder the last export went to; blank before the first export. */
    public StringProperty exportFolderProperty() {
        return exportFolder;
    }
}
