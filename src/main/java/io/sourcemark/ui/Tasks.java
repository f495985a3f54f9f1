package io.sourcemark.ui;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs service calls off the FX thread and hands their results back on it. Three kinds of work, so that none waits
 * behind another: the analyst's actions, in order, on one thread (the project's writer then puts them before any
 * background transaction); queries, on a few threads; and long jobs (import, detection), each on its own thread and
 * listed in {@link #jobs()} for the status bar. {@link #sameThread()} runs everything at once, for tests.
 */
public final class Tasks implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Tasks.class.getName());

    private final Executor actions;
    private final Executor queries;
    private final Executor longWork;
    private final Executor fx;
    private final Executor onceShown;
    private final List<ExecutorService> owned;
    private final ObservableList<Job> jobs = FXCollections.observableArrayList();

    Tasks(Executor actions, Executor queries, Executor longWork, Executor fx, List<ExecutorService> owned) {
        this(actions, queries, longWork, fx, Runnable::run, owned);
    }

    /** {@code onceShown} runs a job's start on the FX thread once its row is drawn. */
    Tasks(Executor actions, Executor queries, Executor longWork, Executor fx, Executor onceShown,
          List<ExecutorService> owned) {
        this.actions = actions;
        this.queries = queries;
        this.longWork = longWork;
        this.fx = fx;
        this.onceShown = onceShown;
        this.owned = owned;
    }

    /** Named daemon threads; results applied with {@code Platform.runLater}. */
    public static Tasks forTheWindow() {
        Tasks tasks = forTheWindowWith(Platform::runLater);
        return new Tasks(tasks.actions, tasks.queries, tasks.longWork, tasks.fx, FramesLater::run, tasks.owned);
    }

    /** The window's threads, with results handed to {@code fx} (tests without a toolkit pass a direct executor). */
    static Tasks forTheWindowWith(Executor fx) {
        ExecutorService actions = Executors.newSingleThreadExecutor(threads("sourcemark-action"));
        ExecutorService queries = Executors.newFixedThreadPool(2, threads("sourcemark-query"));
        ExecutorService longWork = Executors.newCachedThreadPool(threads("sourcemark-job"));
        return new Tasks(actions, queries, longWork, fx, List.of(actions, queries, longWork));
    }

    /** Everything on the calling thread, at once: for tests of view models. */
    public static Tasks sameThread() {
        return new Tasks(Runnable::run, Runnable::run, Runnable::run, Runnable::run, List.of());
    }

    /** For tests that decide when queued work runs: actions and queries go to {@code worker}, in order. */
    public static Tasks queuedOn(Executor worker) {
        return new Tasks(worker, worker, worker, Runnable::run, List.of());
    }

    /** An action of the analyst's: run after the actions asked for before it; then one callback on the FX thread. */
    public <T> void action(Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        submit(actions, work, onSuccess, onFailure);
    }

    /** A read of the project; queries may run side by side and finish in any order. */
    public <T> void query(Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        submit(queries, work, onSuccess, onFailure);
    }

    /** Long work with its progress and Cancel in the status bar, on a thread of its own. */
    public <T> Job job(String title, JobWork<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        Job job = new Job(title);
        // the job's row is styled and drawn before the work takes the processor: beside the first units of
        // detection, styling the first row took up to 65 ms of the window's thread and drawing it as long again
        fx.execute(() -> {
            jobs.add(job);
            onceShown.execute(() -> start(job, work, progress(job), onSuccess, onFailure));
        });
        return job;
    }

    /**
     * Call on the FX thread: {@code then} runs on it once the window has drawn what it shows now, as a job's work
     * starts once its row is drawn.
     */
    public void onceDrawn(Runnable then) {
        onceShown.execute(then);
    }

    private JobProgress progress(Job job) {
        return new JobProgress() {
            @Override
            public void update(int done, int total, String message) {
                fx.execute(() -> job.show(done, total, message));
            }

            @Override
            public boolean isCancelled() {
                return job.isCancelled();
            }
        };
    }

    private <T> void start(Job job, JobWork<T> work, JobProgress progress, Consumer<T> onSuccess,
                           Consumer<Exception> onFailure) {
        String title = job.title();
        execute(longWork, () -> {
            try {
                T result = work.run(progress);
                fx.execute(() -> {
                    jobs.remove(job);
                    onSuccess.accept(result);
                });
            } catch (Exception e) {
                LOG.log(Level.FINE, "A long job failed: " + title, e);
                fx.execute(() -> {
                    jobs.remove(job);
                    onFailure.accept(e);
                });
            } catch (OutOfMemoryError | StackOverflowError e) {
                // else the job's row stayed in the status bar for ever, with nothing said
                WorkTooLarge told = new WorkTooLarge(title, e);
                LOG.warning(told.getMessage());
                fx.execute(() -> {
                    jobs.remove(job);
                    onFailure.accept(told);
                });
            }
        }, () -> fx.execute(() -> jobs.remove(job)));
    }

    /** The long jobs running now, oldest first; changed on the FX thread. */
    public ObservableList<Job> jobs() {
        return jobs;
    }

    private <T> void submit(Executor executor, Work<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        execute(executor, () -> {
            try {
                T result = work.run();
                fx.execute(() -> onSuccess.accept(result));
            } catch (Exception e) {
                LOG.log(Level.FINE, "Background work failed", e);
                fx.execute(() -> onFailure.accept(e));
            } catch (OutOfMemoryError | StackOverflowError e) {
                WorkTooLarge told = new WorkTooLarge("The work", e);
                LOG.warning(told.getMessage());
                fx.execute(() -> onFailure.accept(told));
            }
        }, () -> { });
    }

    /** Work asked for after {@link #close()} (the window is closing) is dropped: nothing is left to show it. */
    private static void execute(Executor executor, Runnable work, Runnable dropped) {
        try {
            executor.execute(work);
        } catch (RejectedExecutionException closed) {
            LOG.log(Level.FINE, "Background work asked for after closing; dropped", closed);
            dropped.run();
        }
    }

    /** Asks every running job to stop at its next unit; call on the FX thread. */
    public void cancelJobs() {
        List.copyOf(jobs).forEach(Job::cancel);
    }

    /** Lets queued work finish (each step is one short transaction), then stops the threads. */
    @Override
    public void close() {
        for (ExecutorService executor : owned) {
            executor.shutdown();
        }
        for (ExecutorService executor : owned) {
            try {
                if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warning("Background work still running at exit");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static java.util.concurrent.ThreadFactory threads(String name) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) ->
                    LOG.log(Level.SEVERE, "Unexpected failure in " + t.getName(), e));
            return thread;
        };
    }
}
