package io.sourcemark.ui;

import java.nio.file.Path;
import java.util.List;

/** What the File menu asks of the application: the project and window are the app's to manage. */
public interface WindowActions {

    void newProject();

    void openProject();

    void openProject(Path file);

    void importFiles();

    /** Imports every supported file of a folder and its subfolders. */
    void importFolder();

    /** Asks for a web address, then fetches the page and imports it. */
    void importFromWeb();

    /** Imports what the clipboard holds (HTML or text) as a new article. */
    void pasteAsArticle();

    /** Imports files, folders and web addresses dropped on the window, as one job. */
    void importDropped(List<Path> files, List<String> addresses);

    /** Opens the export dialog. */
    void export();

    /** Asks for W3C or brat files and merges their annotations into the project. */
    void importAnnotations();

    void quit();

    /** Opens a web address in the system browser. */
    void showDocument(String url);
}
