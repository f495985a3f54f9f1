package io.sourcemark.service;

import io.sourcemark.store.ProjectOpenException;
import io.sourcemark.store.ProjectStore;

import java.nio.file.Path;

/**
 * An open project file. The services of the project ({@code ImportService}, {@code AnnotationService}, …) are built
 * on it by the application's wiring; this class only owns the store and its lifetime.
 */
public final class Project implements AutoCloseable {

    private final ProjectStore store;

    private Project(ProjectStore store) {
        this.store = store;
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

    ProjectStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
    }
}
