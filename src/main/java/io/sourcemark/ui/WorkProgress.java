package io.sourcemark.ui;

/** What long work tells the status bar, and how it learns that the analyst cancelled it. */
public interface WorkProgress {

    /** @param fraction done so far in [0, 1], or a negative number when unknown */
    void update(double fraction, String message);

    boolean isCancelled();

    WorkProgress NONE = new WorkProgress() {
        @Override
        public void update(double fraction, String message) {
            // quick work shows no progress
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
