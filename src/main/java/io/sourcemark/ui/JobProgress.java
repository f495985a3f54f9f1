package io.sourcemark.ui;

/** What a long job tells the status bar as it goes, and how it learns that the analyst cancelled it. */
public interface JobProgress {

    /**
     * @param done    units finished so far (articles, files)
     * @param total   units in all
     * @param message what is being done now ("Detecting in “…”"), or null to keep the last one
     */
    void update(int done, int total, String message);

    boolean isCancelled();
}
