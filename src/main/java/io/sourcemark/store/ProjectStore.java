package io.sourcemark.store;

import java.nio.file.Path;

/** One open project file. */
public final class ProjectStore implements AutoCloseable {

    private final Path file;

    private ProjectStore(Path file) {
        this.file = file;
    }

    public static ProjectStore open(Path file) throws ProjectOpenException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
    }
}
