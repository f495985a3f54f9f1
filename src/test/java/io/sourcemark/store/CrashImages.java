package io.sourcemark.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The files a crash leaves: a file and the logs beside it copied while a connection is still open, as a kill at
 * that moment would leave them on disk.
 */
final class CrashImages {

    private CrashImages() {
    }

    @FunctionalInterface
    interface SqlWork {
        void run(Sql sql) throws SQLException;
    }

    /** Copies {@code file} and whichever of its -wal, -shm and -journal exist to {@code target}. */
    static Path copy(Path file, Path target) throws IOException {
        Files.copy(file, target);
        for (Path neighbour : ProjectFiles.neighbours(file)) {
            if (Files.exists(neighbour)) {
                String suffix = neighbour.getFileName().toString().substring(file.getFileName().toString().length());
                Files.copy(neighbour, target.resolveSibling(target.getFileName() + suffix));
            }
        }
        return target;
    }

    /**
     * The image of a save killed half-way in rollback-journal mode: {@code work} runs in a transaction that never
     * commits, with a cache so small that SQLite writes changed pages into the file (their old content in the
     * journal) before the end.
     */
    static Path interruptedSave(Path file, SqlWork work, Path target) throws SQLException, IOException {
        try (Sql sql = new Sql(file)) {
            sql.column("PRAGMA journal_mode = DELETE");
            sql.execute("PRAGMA cache_size = 10");
            sql.execute("BEGIN");
            work.run(sql);
            copy(file, target);
            sql.execute("ROLLBACK");
        }
        return target;
    }
}
