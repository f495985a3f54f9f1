package io.sourcemark.store;

import java.nio.file.Path;
import java.util.function.Supplier;

/** One open project file. Signatures only: the real store replaces this file. */
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

    public <T> T inTransaction(Supplier<T> work) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public void inTransaction(Runnable work) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public ArticleRepository articles() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public AnnotationRepository annotations() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    @Override
    public void close() {
    }
}
