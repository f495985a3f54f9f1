package io.sourcemark.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackgroundTasksTest {

    @Test
    void longWorkShowsItsProgressAndEndsCleanly() {
        BackgroundTasks tasks = BackgroundTasks.sameThread();
        List<String> seen = new ArrayList<>();
        AtomicReference<String> result = new AtomicReference<>();
        tasks.runLong("Importing…", progress -> {
            seen.add(tasks.longWorkTitleProperty().get() + " " + tasks.longWorkRunningProperty().get());
            progress.update(0.5, "Importing b.txt");
            seen.add(tasks.longWorkTitleProperty().get() + " " + tasks.longWorkProgressProperty().get());
            return "done";
        }, result::set, e -> result.set("failed: " + e.getMessage()));

        assertEquals(List.of("Importing… true", "Importing b.txt 0.5"), seen);
        assertEquals("done", result.get());
        assertFalse(tasks.longWorkRunningProperty().get());
        assertEquals("", tasks.longWorkTitleProperty().get());
    }

    @Test
    void cancellingAsksTheRunningWorkToStop() {
        BackgroundTasks tasks = BackgroundTasks.sameThread();
        AtomicReference<Boolean> stoppedEarly = new AtomicReference<>();
        tasks.runLong("Importing…", progress -> {
            boolean before = progress.isCancelled();
            tasks.cancelLongWork(); // the analyst presses Cancel in the status bar
            return !before && progress.isCancelled();
        }, stoppedEarly::set, e -> stoppedEarly.set(false));
        assertTrue(stoppedEarly.get());
    }

    @Test
    void aFailureReachesTheFailureCallbackOnly() {
        BackgroundTasks tasks = BackgroundTasks.sameThread();
        AtomicReference<Object> success = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        tasks.run(p -> {
            throw new IllegalArgumentException("This highlight no longer exists in the project.");
        }, success::set, failure::set);
        assertNull(success.get());
        assertEquals("This highlight no longer exists in the project.", failure.get().getMessage());
    }

    @Test
    void workRunsInOrderOnOneNamedThreadAndResultsComeBackThroughTheUiExecutor() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "sourcemark-worker"));
        List<String> log = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        BackgroundTasks tasks = new BackgroundTasks(worker, r -> {
            synchronized (log) {
                log.add("ui");
            }
            r.run();
            done.countDown();
        }, worker);
        for (String name : new String[] {"first", "second"}) {
            tasks.run(p -> name + " on " + Thread.currentThread().getName(), r -> {
                synchronized (log) {
                    log.add(r);
                }
            }, e -> { });
        }
        assertTrue(done.await(5, TimeUnit.SECONDS));
        tasks.close();
        assertEquals(List.of("ui", "first on sourcemark-worker", "ui", "second on sourcemark-worker"), log);
        assertTrue(worker.isShutdown());
    }

    @Test
    void longWorkQueuedBehindOtherIsShownAndCancelledOnlyOnceItRuns() {
        java.util.ArrayDeque<Runnable> worker = new java.util.ArrayDeque<>();
        BackgroundTasks tasks = new BackgroundTasks(worker::add, Runnable::run, null);
        List<String> seen = new ArrayList<>();
        tasks.runLong("Detecting…", progress -> {
            seen.add(tasks.longWorkTitleProperty().get());
            tasks.cancelLongWork(); // Cancel pressed while detection runs, an import queued behind it
            return progress.isCancelled();
        }, cancelled -> seen.add("detection cancelled: " + cancelled), e -> seen.add(e.getMessage()));
        tasks.runLong("Importing…", progress -> {
            seen.add(tasks.longWorkTitleProperty().get() + " " + tasks.longWorkRunningProperty().get());
            return progress.isCancelled();
        }, cancelled -> seen.add("import cancelled: " + cancelled), e -> seen.add(e.getMessage()));

        while (!worker.isEmpty()) {
            worker.poll().run();
        }

        assertEquals(List.of("Detecting…", "detection cancelled: true", "Importing… true", "import cancelled: false"),
                seen);
        assertFalse(tasks.longWorkRunningProperty().get());
    }
}
