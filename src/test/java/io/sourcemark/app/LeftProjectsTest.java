package io.sourcemark.app;

import io.sourcemark.service.ComputePool;
import io.sourcemark.service.TestProject;
import io.sourcemark.ui.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project left for another stays open for the jobs begun in it, on a real project file. */
class LeftProjectsTest {

    @TempDir
    Path dir;

    private final ComputePool compute = new ComputePool(1);
    /** The background threads, run by hand: the test decides what has happened. */
    private final ArrayDeque<Runnable> worker = new ArrayDeque<>();
    private final Tasks tasks = Tasks.queuedOn(worker::add);
    private final List<Exception> failures = new ArrayList<>();
    private final LeftProjects left = new LeftProjects(tasks, failures::add);

    @AfterEach
    void stop() {
        compute.close();
    }

    @Test
    void aJobBegunBeforeTheSwitchStillReadsTheProjectAndTheProjectClosesWhenItEnds() throws Exception {
        ProjectSession session = open("left.sourcemark");
        List<String> seen = new ArrayList<>();
        tasks.job("Importing", progress -> session.articles().list("").size(),
                count -> seen.add("job read " + count + " articles"), e -> seen.add("job failed: " + e));

        left.closeOnceItsJobsEnd(session);
        assertEquals(1, worker.size(), "only the job's work is queued: the close waits for it");

        runTheWorker();

        assertEquals(List.of("job read 0 articles"), seen);
        assertTrue(failures.isEmpty(), failures.toString());
        assertThrows(RuntimeException.class, () -> session.articles().list(""), "closed once the job ended");
    }

    @Test
    void aProjectLeftWithNoJobsIsClosedAtOnce() throws Exception {
        ProjectSession session = open("idle.sourcemark");

        left.closeOnceItsJobsEnd(session);
        runTheWorker();

        assertTrue(failures.isEmpty(), failures.toString());
        assertThrows(RuntimeException.class, () -> session.articles().list(""));
    }

    @Test
    void atExitAProjectWhoseJobNeverEndedIsClosed() throws Exception {
        ProjectSession session = open("stuck.sourcemark");
        tasks.job("Detecting", progress -> 0, done -> { }, e -> { });

        left.closeOnceItsJobsEnd(session);
        worker.clear(); // the threads stopped before the job ran: it never reports its end
        left.closeTheRest();

        assertThrows(RuntimeException.class, () -> session.articles().list(""));
    }

    private ProjectSession open(String name) throws Exception {
        return ProjectSession.open(dir.resolve(name), TestProject.engine(), compute);
    }

    private void runTheWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }
}
