package io.sourcemark.store;

import java.util.function.Function;

/**
 * A change written in several transactions (detection or import, one article each), undone as one step. Its rows
 * are committed as each transaction ends; {@link #close()} ends the step under its final label.
 */
public final class RunningChange implements AutoCloseable {

    private final Writer writer;
    private final Priority priority;
    private final long stepId;
    private volatile String label;
    private volatile UndoLog.Focus focus = UndoLog.Focus.NONE;
    private boolean closed;

    RunningChange(Writer writer, Priority priority, long stepId, String label) {
        this.writer = writer;
        this.priority = priority;
        this.stepId = stepId;
        this.label = label;
    }

    /** Runs {@code work} as one transaction of this change and waits for it to commit. */
    public <T> T write(Function<Repositories, T> work) {
        return writer.run(priority, stepId, label, session -> work.apply(new Repositories(session)));
    }

    /** The label the step ends with ("Detect in 12 of 30 articles (stopped)"). */
    public void relabel(String newLabel) {
        label = newLabel;
    }

    /** Where undo shows the change; by default nowhere in particular. */
    public void focus(long articleId) {
        focus = new UndoLog.Focus(articleId, null);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.run(priority, null, "finish “" + label + "”", session -> {
            UndoLog.finish(session, stepId, label, focus);
            return null;
        });
    }
}
