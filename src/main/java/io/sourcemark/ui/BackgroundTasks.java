package io.sourcemark.ui;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs service calls off the FX thread, one after the other on a named daemon thread (the project file is used
 * from that thread only), and hands results back on the FX thread. {@link #sameThread()} runs everything at once
 * on the caller's thread, for tests of view models.
 *
 * <p>Long work (an import) is shown in the status bar: {@link #longWorkTitleProperty()}, progress and cancel.
 */
public final class BackgroundTasks implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackgroundTasks.class.getName());

    private final Executor worker;
    private final Executor fx;
    private final ExecutorService owned;

    private final ReadOnlyStringWrapper longWorkTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper longWorkProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper longWorkRunning = new ReadOnlyBooleanWrapper(false);
    private volatile AtomicBoolean cancelFlag = new AtomicBoolean();

    BackgroundTasks(Executor worker, Executor fx, ExecutorService owned) {
        this.worker = worker;
        this.fx = fx;
        this.owned = owned;
    }

    /** One daemon thread called {@code threadName}; results applied with {@code Platform.runLater}. */
    public static BackgroundTasks onDaemonThread(String threadName) {
        ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) ->
                    LOG.log(Level.SEVERE, "Unexpected failure in " + t.getName(), e));
            return thread;
        });
        return new BackgroundTasks(executor, Platform::runLater, executor);
    }

    /** Work asked for after {@link #close()} (the window is closing) is dropped: nothing is left to show it. */
    private void submit(Runnable work) {
        try {
            worker.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            LOG.log(Level.FINE, "Background work asked for after closing; dropped", closed);
        }
    }

    /** Everything on the calling thread, at once: for tests. */
    public static BackgroundTasks sameThread() {
        return new BackgroundTasks(Runnable::run, Runnable::run, null);
    }

    /** Runs {@code work} off the FX thread; exactly one of the callbacks is then called on the FX thread. */
    public <T> void run(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        submit(() -> {
            try {
                T result = work.run(WorkProgress.NONE);
                fx.execute(() -> onSuccess.accept(result));
            } catch (Exception e) {
                LOG.log(Level.FINE, "Background work failed", e);
                fx.execute(() -> onFailure.accept(e));
            }
        });
    }

    /** Like {@link #run} but shown in the status bar with its progress, and cancellable. */
    public <T> void runLong(String title, BackgroundWork<T> work, Consumer<T> onSuccess,
                            Consumer<Exception> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        WorkProgress progress = new WorkProgress() {
            @Override
            public void update(double fraction, String message) {
                fx.execute(() -> {
                    longWorkProgress.set(fraction);
                    if (message != null) {
                        longWorkTitle.set(message);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        // Shown and cancellable from when it starts, not when it is queued behind other long work.
        submit(() -> {
            cancelFlag = cancelled;
            fx.execute(() -> {
                longWorkTitle.set(title);
                longWorkProgress.set(-1);
                longWorkRunning.set(true);
            });
            try {
                T result = work.run(progress);
                fx.execute(() -> {
                    finishLongWork();
                    onSuccess.accept(result);
                });
            } catch (Exception e) {
                LOG.log(Level.FINE, "Long background work failed", e);
                fx.execute(() -> {
                    finishLongWork();
                    onFailure.accept(e);
                });
            }
        });
    }

    /** Asks the running long work to stop at its next step. */
    public void cancelLongWork() {
        cancelFlag.set(true);
    }

    private void finishLongWork() {
        longWorkRunning.set(false);
        longWorkTitle.set("");
        longWorkProgress.set(0);
    }

    public ReadOnlyStringProperty longWorkTitleProperty() {
        return longWorkTitle.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty longWorkProgressProperty() {
        return longWorkProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty longWorkRunningProperty() {
        return longWorkRunning.getReadOnlyProperty();
    }

    /** Lets queued work finish (each step is one short transaction), then stops the thread. */
    @Override
    public void close() {
        if (owned == null) {
            return;
        }
        owned.shutdown();
        try {
            if (!owned.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
