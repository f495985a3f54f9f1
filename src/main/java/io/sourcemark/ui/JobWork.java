package io.sourcemark.ui;

/** The work of a long job, run on a thread of its own; it checks {@link JobProgress#isCancelled()} between units. */
@FunctionalInterface
public interface JobWork<T> {

    T run(JobProgress progress) throws Exception;
}
