package io.sourcemark.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs work on a small pool of threads and hands the results back in submission order, keeping only a few items
 * in flight so that a large input never sits in memory at once.
 */
final class OrderedBatch<I, O> implements AutoCloseable {

    private record Pending<I, O>(I item, Future<O> result) {}

    private final ExecutorService pool;
    private final Function<I, O> work;
    private final BiConsumer<I, O> onResult;
    private final BiConsumer<I, Throwable> onFailure;
    private final int window;
    private final Deque<Pending<I, O>> pending = new ArrayDeque<>();

    OrderedBatch(int threads, Function<I, O> work, BiConsumer<I, O> onResult, BiConsumer<I, Throwable> onFailure) {
        int n = Math.max(1, threads);
        this.pool = Executors.newFixedThreadPool(n, namedDaemons());
        this.work = work;
        this.onResult = onResult;
        this.onFailure = onFailure;
        this.window = 4 * n;
    }

    /** Queues one item; hands back finished results first when too many are in flight. */
    void submit(I item) throws InterruptedException {
        pending.addLast(new Pending<>(item, pool.submit(() -> work.apply(item))));
        while (pending.size() > window) {
            deliverOldest();
        }
    }

    /** Waits for every queued item and hands back its result. */
    void finish() throws InterruptedException {
        while (!pending.isEmpty()) {
            deliverOldest();
        }
    }

    private void deliverOldest() throws InterruptedException {
        Pending<I, O> p = pending.removeFirst();
        try {
            onResult.accept(p.item(), p.result().get());
        } catch (ExecutionException e) {
            onFailure.accept(p.item(), e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static ThreadFactory namedDaemons() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "analyze-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
