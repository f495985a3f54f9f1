package io.sourcemark.ui;

/** Work that runs off the FX thread and may report its progress. */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(WorkProgress progress) throws Exception;
}
