package io.sourcemark.ui;

import java.util.function.Consumer;

/**
 * Runs a change of the workflow's features (speakers, links) as one action off the FX thread, then shows what it
 * changed: the open article's highlights and speaker names, the Edit menu's labels and "Saved" in the status bar.
 */
public final class Changes {

    private final Tasks tasks;
    private final Navigator navigator;
    private final Edits edits;
    private final StatusLine status;

    public Changes(Tasks tasks, Navigator navigator, Edits edits, StatusLine status) {
        this.tasks = tasks;
        this.navigator = navigator;
        this.edits = edits;
        this.status = status;
    }

    /** {@code done} names the change in the status bar ("Linked: supports"); {@code then} gets its result. */
    public <T> void run(Work<T> work, String done, Consumer<T> then) {
        run(work, done, then, message -> { });
    }

    /**
     * The same, for a form that stays open when the change is refused: {@code refused} gets the message the status
     * bar shows, to say it where the analyst is typing too.
     */
    public <T> void run(Work<T> work, String done, Consumer<T> then, Consumer<String> refused) {
        tasks.action(work, result -> {
            navigator.refresh();
            edits.refreshHistory();
            status.saved(done);
            then.accept(result);
        }, e -> {
            edits.refreshHistory();
            status.failed(e);
            refused.accept(status.textProperty().get());
        });
    }

    /** A read for a feature's view, its failure shown in the status bar. */
    public <T> void read(Work<T> work, Consumer<T> then) {
        tasks.query(work, then, status::failed);
    }

    /** A problem the analyst can act on, in the status bar. */
    public void report(String message) {
        status.report(message);
    }

    /** News for the analyst: what to do next. */
    public void tell(String message) {
        status.announce(message);
    }
}
