package io.sourcemark.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Where the repositories run their SQL: a transaction of the writer, a read-only snapshot, or (for the store's own
 * tests) one call at a time. {@code action} names the work in error messages ("save the annotation …").
 */
interface Session {

    Path file();

    Instant now();

    /** Work that writes; inside a transaction it runs in a savepoint, so a failing call leaves the rest intact. */
    <T> T write(String action, SqlWork<T> work);

    /** Work that only reads. */
    <T> T read(String action, SqlWork<T> work);
}
