package io.sourcemark.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TasksTest {

    @Test
    void aJobShowsItsNameCountAndProgressAndLeavesTheListWhenItEnds() {
        Tasks tasks = Tasks.sameThread();
        List<String> seen = new ArrayList<>();
        AtomicReference<String> result = new AtomicReference<>();
        tasks.job("Importing", progress -> {
            Job job = tasks.jobs().get(0);
            seen.add(job.title() + " " + job.messageProperty().get());
            progress.update(3, 30, "Importing b.txt");
            seen.add(job.messageProperty().get() + " " + job.countProperty().get() + " "
                    + job.progressProperty().get());
            return "done";
        }, result::set, e -> result.set("failed: " + e.getMessage()));

        assertEquals(List.of("Importing Importing", "Importing b.txt 3 of 30 0.1"), seen);
        assertEquals("done", result.get());
        assertTrue(tasks.jobs().isEmpty());
    }

    @Test
    void cancelStopsOnlyItsOwnJob() {
        ArrayDeque<Runnable> worker = new ArrayDeque<>();
        Tasks tasks = new Tasks(worker::add, worker::add, worker::add, Runnable::run, List.of());
        List<String> seen = new ArrayList<>();
        Job detection = tasks.job("Detecting", progress -> progress.isCancelled(),
                cancelled -> seen.add("detection cancelled: " + cancelled), e -> seen.add(e.getMessage()));
        tasks.job("Importing", progress -> progress.isCancelled(),
                cancelled -> seen.add("import cancelled: " + cancelled), e -> seen.add(e.getMessage()));
        assertEquals(2, tasks.jobs().size(), "both shown from the start");

        detection.cancel();
        while (!worker.isEmpty()) {
            worker.poll().run();
        }

        assertEquals(List.of("detection cancelled: true", "import cancelled: false"), seen);
        assertTrue(tasks.jobs().isEmpty());
    }

    @Test
    void aJobsWorkStartsOnceItsRowIsShown() {
        ArrayDeque<Runnable> shown = new ArrayDeque<>();
        Tasks tasks = new Tasks(Runnable::run, Runnable::run, Runnable::run, Runnable::run, shown::add, List.of());
        List<String> seen = new ArrayList<>();
        tasks.job("Detecting in 30 articles", progress -> seen.add("working"), r -> seen.add("done"),
                e -> seen.add(e.getMessage()));
        assertEquals(List.of("Detecting in 30 articles"), tasks.jobs().stream().map(Job::title).toList(),
                "listed at once");
        assertEquals(List.of(), seen, "not started before its row is drawn");

        shown.poll().run();

        assertEquals(List.of("working", "done"), seen);
        assertTrue(tasks.jobs().isEmpty());
    }

    @Test
    void workAskedForOnceDrawnWaitsForTheFramesAsAJobsWorkDoes() {
        ArrayDeque<Runnable> shown = new ArrayDeque<>();
        Tasks tasks = new Tasks(Runnable::run, Runnable::run, Runnable::run, Runnable::run, shown::add, List.of());
        List<String> seen = new ArrayList<>();
        tasks.onceDrawn(() -> seen.add("engine loading"));
        assertEquals(List.of(), seen, "not before the window is drawn again");

        shown.poll().run();

        assertEquals(List.of("engine loading"), seen);
        assertTrue(shown.isEmpty());
    }

    @Test
    void aFailureReachesTheFailureCallbackOnly() {
        Tasks tasks = Tasks.sameThread();
        AtomicReference<Object> success = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        tasks.action(() -> {
            throw new IllegalArgumentException("This highlight no longer exists in the project.");
        }, success::set, failure::set);
        assertNull(success.get());
        assertEquals("This highlight no longer exists in the project.", failure.get().getMessage());
    }

    @Test
    void aJobThatRunsOutOfMemoryLeavesTheStatusBarAndSaysWhatToDo() {
        Tasks tasks = Tasks.sameThread();
        StatusLine status = new StatusLine();
        tasks.job("Exporting", progress -> {
            throw new OutOfMemoryError("Java heap space");
        }, done -> status.announce("done"), status::failed);

        assertTrue(tasks.jobs().isEmpty(), "its row is gone");
        assertTrue(status.problemProperty().get());
        assertTrue(status.textProperty().get().startsWith("Exporting stopped: it ran out of memory (the Java heap of "),
                status.textProperty().get());
        assertTrue(status.textProperty().get().endsWith(" MB is full). Do less at once (fewer articles, or an HTML "
                + "report rather than a PDF), or start Sourcemark with more, for example java -Xmx4g -jar "
                + "sourcemark.jar."), status.textProperty().get());

        tasks.query(() -> {
            throw new StackOverflowError();
        }, done -> status.announce("done"), status::failed);
        assertEquals("The work stopped: what it read is nested too deeply to be handled. Nothing else was changed.",
                status.textProperty().get());
    }

    @Test
    void actionsRunInOrderOnOneThreadOfTheirOwn() throws Exception {
        Tasks tasks = Tasks.forTheWindowWith(Runnable::run);
        List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(2);
        for (String name : List.of("first", "second")) {
            tasks.action(() -> name + " " + Thread.currentThread().getName(), r -> {
                threads.add(r);
                done.countDown();
            }, e -> { });
        }
        assertTrue(done.await(5, java.util.concurrent.TimeUnit.SECONDS));
        tasks.close();
        assertEquals(List.of("first sourcemark-action-1", "second sourcemark-action-1"), threads);
    }
}
