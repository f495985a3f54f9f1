package io.sourcemark.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * Each repository call its own transaction, recorded under no undo step, or part of the writer's transaction when
 * called from inside one. Only for the store's own tests, through the package-private accessors of
 * {@link ProjectStore}: the rest of the application changes the project through {@link ProjectStore#change}.
 */
final class OneCallSession implements Session {

    private final Path file;
    private final Clock clock;
    private final Writer writer;
    private final Readers readers;

    OneCallSession(Path file, Clock clock, Writer writer, Readers readers) {
        this.file = file;
        this.clock = clock;
        this.writer = writer;
        this.readers = readers;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public <T> T write(String action, SqlWork<T> work) {
        if (writer.isWriterThread()) {
            return writer.session().write(action, work);
        }
        return writer.run(Priority.ACTION, null, action, session -> session.write(action, work));
    }

    @Override
    public <T> T read(String action, SqlWork<T> work) {
        if (writer.isWriterThread()) {
            return writer.session().read(action, work);
        }
        return readers.read(action, session -> session.read(action, work));
    }
}
