package io.sourcemark.service;

/** Told how an import advances, for a progress bar. Called on the importing thread. */
@FunctionalInterface
public interface ImportProgress {

    /** Ignores progress. */
    ImportProgress NONE = (done, total, current) -> { };

    /**
     * @param done    inputs finished so far
     * @param total   inputs to import in all
     * @param current the input being imported now, or null when the import has ended
     */
    void update(int done, int total, String current);
}
