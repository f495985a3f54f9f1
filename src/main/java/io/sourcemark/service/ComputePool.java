package io.sourcemark.service;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The threads that parse and analyse, one per core (one fewer beside the window): never the writer's or the
 * window's. One pool serves every job of the application, so two jobs at once share the cores rather than each
 * taking all of them.
 */
public final class ComputePool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ComputePool.class.getName());

    private final ExecutorService pool;
    private final int threads;

    public ComputePool(int threads) {
        this.threads = Math.max(1, threads);
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(this.threads, task -> {
            Thread thread = new Thread(task, "sourcemark-compute-" + number.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.log(Level.SEVERE, "Unexpected failure in " + t, e));
            return thread;
        });
    }

    /** As many threads as the machine has cores. */
    public static ComputePool sizedToTheCores() {
        return new ComputePool(Runtime.getRuntime().availableProcessors());
    }

    /**
     * One thread per core but one, for the window: the FX thread and the project's writer keep a core between them.
     * With every core analysing, the window waited up to 60 ms now and then while detection ran on 2 cores; with one
     * left free, under 30 ms, and detection in the window lost only about 15% of its speed (a writer that competes
     * for the same cores slows it too).
     */
    public static ComputePool besideTheWindow() {
        return new ComputePool(Runtime.getRuntime().availableProcessors() - 1);
    }

    int threads() {
        return threads;
    }

    <T> Future<T> submit(Callable<T> work) {
        return pool.submit(work);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
