package io.sourcemark.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs {@code work} over inputs on the compute pool, a few ahead of the consumer, and hands the results back in the
 * inputs' order. Only a window of inputs is in flight, so a long job neither holds every result in memory nor keeps
 * a later job off the cores. Closing it cancels what was not taken.
 */
final class OrderedWork<I, R> implements AutoCloseable {

    private static final long CANCEL_CHECK_MILLIS = 100;

    private final ComputePool pool;
    private final List<I> inputs;
    private final Function<I, R> work;
    private final int window;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();
    private int submitted;

    OrderedWork(ComputePool pool, List<I> inputs, Function<I, R> work) {
        this.pool = pool;
        this.inputs = inputs;
        this.work = work;
        this.window = 2 * pool.threads();
        fill();
    }

    /**
     * The result of the next input, waiting for it when it is not ready.
     *
     * @throws IllegalStateException when the work failed on that input (its message names the cause)
     */
    R next() {
        Future<R> head = inFlight.pollFirst();
        fill();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The work was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    /**
     * Like {@link #next()}, but gives up when {@code cancelled} says so while it waits (a web page still being
     * fetched): the work on that input is interrupted and nothing is returned.
     */
    Optional<R> next(BooleanSupplier cancelled) {
        Future<R> head = inFlight.peekFirst();
        while (head != null && !head.isDone()) {
            if (cancelled.getAsBoolean()) {
                head.cancel(true);
                return Optional.empty();
            }
            try {
                head.get(CANCEL_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still working: look at the cancel flag again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("The work was interrupted.", e);
            } catch (ExecutionException | CancellationException e) {
                break; // next() reports it
            }
        }
        return Optional.of(next());
    }

    private void fill() {
        while (inFlight.size() < window && submitted < inputs.size()) {
            I input = inputs.get(submitted++);
            inFlight.addLast(pool.submit(() -> work.apply(input)));
        }
    }

    @Override
    public void close() {
        for (Future<R> future : inFlight) {
            future.cancel(true);
        }
        inFlight.clear();
    }
}
