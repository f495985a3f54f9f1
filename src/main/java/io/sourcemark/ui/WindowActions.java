package io.sourcemark.ui;

import java.nio.file.Path;

/** What the File menu asks of the application: the project and window are the app's to manage. */
public interface WindowActions {

    void newProject();

    void openProject();

    void openProject(Path file);

    void importFiles();

    /** Imports every supported file of a folder and its subfolders. */
    void importFolder();

    void quit();

    /** Opens a web address in the system browser. */
    void showDocument(String url);
}
