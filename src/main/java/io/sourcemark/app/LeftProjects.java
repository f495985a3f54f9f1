package io.sourcemark.app;

import io.sourcemark.ui.Job;
import io.sourcemark.ui.Tasks;
import javafx.collections.ListChangeListener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The projects the window has left for another, each closed once the jobs begun while it was open have ended: an
 * import started in a project finishes in it, and a detection told to stop finishes its unit, instead of meeting a
 * closed file. Used on the FX thread.
 */
final class LeftProjects {

    private static final Logger LOG = Logger.getLogger(LeftProjects.class.getName());

    private final Tasks tasks;
    private final Consumer<Exception> onFailure;
    /** Left but not yet closed: their jobs still run. */
    private final List<ProjectSession> waiting = new ArrayList<>();

    LeftProjects(Tasks tasks, Consumer<Exception> onFailure) {
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    /** Closes {@code left} after every job listed now has ended (the new project's jobs start after this). */
    void closeOnceItsJobsEnd(ProjectSession left) {
        List<Job> running = List.copyOf(tasks.jobs());
        if (running.isEmpty()) {
            close(left);
            return;
        }
        waiting.add(left);
        tasks.jobs().addListener(new ListChangeListener<Job>() {
            @Override
            public void onChanged(Change<? extends Job> change) {
                if (running.stream().noneMatch(tasks.jobs()::contains)) {
                    tasks.jobs().removeListener(this);
                    waiting.remove(left);
                    close(left);
                }
            }
        });
    }

    /** At exit, once the threads have stopped: the projects whose jobs never reported their end. */
    void closeTheRest() {
        for (ProjectSession left : List.copyOf(waiting)) {
            try {
                left.close();
            } catch (RuntimeException e) {
                // the window is gone: nobody is left to read an alert
                LOG.log(Level.WARNING, "A project left earlier was not closed cleanly at exit", e);
            }
        }
        waiting.clear();
    }

    private void close(ProjectSession left) {
        tasks.action(() -> {
            left.close();
            return left;
        }, closed -> { }, onFailure);
    }
}
