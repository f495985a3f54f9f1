package io.sourcemark.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl+C (or SIGTERM) during a long command: the JVM runs its shutdown hooks and then ends, whatever the command was
 * doing. The hook asks the command to stop after the unit of work it is in and waits, a bounded time, for it to say
 * what it did and close the project, so that an interrupted import still prints its summary.
 */
final class Interruption implements AutoCloseable {

    /** How long the hook lets the command finish its unit of work and print; a stuck one is not waited for. */
    private static final long GRACE_SECONDS = 10;

    private final AtomicBoolean asked = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::askAndWait, "sourcemark-interrupted");

    private Interruption() {
    }

    /** Starts watching for an interrupt until {@link #close()}. */
    static Interruption watch() {
        Interruption interruption = new Interruption();
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    /** Whether the command was asked to stop. */
    boolean asked() {
        return asked.get();
    }

    private void askAndWait() {
        asked.set(true);
        try {
            finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The command has said what it did: the hook may let the JVM end. */
    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns now that the command is finished
        }
    }
}
