package io.sourcemark.ui;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One long piece of work as the status bar shows it: its name, "n of N", what it does now, and Cancel, which it
 * obeys at its next unit. Its properties change on the FX thread only.
 */
public final class Job {

    private final String title;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final AtomicBoolean cancelled = new AtomicBoolean();

    Job(String title) {
        this.title = title;
        this.message.set(title);
    }

    public String title() {
        return title;
    }

    /** Asks the job to stop at its next unit of work. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    void show(int done, int total, String now) {
        if (now != null) {
            message.set(now);
        }
        count.set(total > 1 ? done + " of " + total : "");
        progress.set(total == 0 ? -1 : (double) done / total);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "3 of 30", or empty for a job of one unit. */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Done so far in [0, 1], or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
