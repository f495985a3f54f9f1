package io.sourcemark.service;

import io.sourcemark.store.Priority;
import io.sourcemark.store.ProjectOpenException;
import io.sourcemark.store.ProjectStore;
import io.sourcemark.store.Repositories;
import io.sourcemark.store.RunningChange;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * An open project file, and the one entry point of every change to it: {@link #change} runs one labelled change in
 * one transaction, recorded for undo. The services of the project ({@code ImportService}, {@code AnnotationService},
 * …) are built on it by the application's wiring; this class owns the store and its lifetime.
 */
public final class Project implements AutoCloseable {

    private final ProjectStore store;

    private Project(ProjectStore store) {
        this.store = store;
    }

    /** Loads the database driver ahead of the first project opened; see {@link ProjectStore#warmUp(Path)}. */
    public static void warmUp(Path cacheDir) {
        ProjectStore.warmUp(cacheDir);
    }

    /** Opens the project at {@code file}, creating it when the file does not exist yet. */
    public static Project open(Path file) throws ProjectUnavailableException {
        try {
            return new Project(ProjectStore.open(file));
        } catch (ProjectOpenException e) {
            throw new ProjectUnavailableException(file, e.getMessage(), e);
        }
    }

    public Path file() {
        return store.file();
    }

    /** An analyst's action: one transaction, one undo step named {@code label}, ahead of background work. */
    <T> T change(String label, Function<Repositories, T> work) {
        return store.change(Priority.ACTION, label, work);
    }

    /** Long work (import, detection) as one undo step written one unit at a time, behind the analyst's actions. */
    RunningChange background(String label) {
        return store.begin(Priority.BACKGROUND, label);
    }

    /** A query on one snapshot, off the writer. */
    <T> T read(Function<Repositories, T> work) {
        return store.read(work);
    }

    ProjectStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
