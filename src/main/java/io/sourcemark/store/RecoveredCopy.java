package io.sourcemark.store;

import io.sourcemark.store.ProjectOpenException.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Checks a project that has a log beside it (the write-ahead log, or the rollback journal of an interrupted save)
 * as SQLite will see it once it has recovered that log, without recovering the original: on a copy of the file and
 * its logs in a private temporary folder. Read in place, a write-ahead log needs a {@code -shm} index beside the
 * file (created, or rewritten, by any reader), and a rollback journal cannot be read without rolling it back.
 *
 * <p>When the copy is refused as damaged or foreign but the file alone would be a sound project, the log does not
 * fit the file (left from another copy of the project, or damaged): the refusal says so, and what to do.
 */
final class RecoveredCopy {

    private static final Logger LOG = Logger.getLogger(RecoveredCopy.class.getName());
    private static final int ATTEMPTS = 3;
    private static final String NAME = "project.sourcemark";

    private RecoveredCopy() {
    }

    /**
     * @param file the project as the analyst named it, for messages
     * @param real the file itself (links followed), beside which SQLite keeps its logs
     */
    static void check(Path file, Path real) throws ProjectOpenException {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("sourcemark-check-");
        } catch (IOException e) {
            throw new ProjectOpenException(file, Reason.INACCESSIBLE, "The project " + file + " cannot be checked: "
                    + "it has a log beside it, and no copy can be made in the temporary folder to read it safely ("
                    + e.getMessage() + "). Free space in " + System.getProperty("java.io.tmpdir") + " and try "
                    + "again.", e);
        }
        try {
            List<Path> logs = copy(file, real, scratch);
            if (logs == null) {
                // the log changed under every copy: a program has the project open and is writing to it now, so
                // the log is live, not left by a crash; read the file in place, beside it, as SQLite lets readers
                try (Connection connection = ProjectContentCheck.readOnly(real, "mode=ro")) {
                    ProjectContentCheck.check(file, connection);
                } catch (SQLException e) {
                    throw ProjectFiles.refusal(file, e);
                }
                return;
            }
            try (Connection connection = readWrite(scratch.resolve(NAME))) {
                ProjectContentCheck.check(file, connection);
            } catch (SQLException e) {
                throw ProjectFiles.refusal(file, e);
            } catch (ProjectOpenException refusal) {
                throw logsThatDoNotFit(file, real, logs, refusal);
            }
        } finally {
            delete(scratch);
        }
    }

    /**
     * Copies the file and its logs, again when one of them changed meanwhile (another program is writing).
     *
     * @return the logs copied, or null when they changed under every copy
     */
    private static List<Path> copy(Path file, Path real, Path scratch) throws ProjectOpenException {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                List<Stamp> before = stamps(real);
                List<Path> logs = new ArrayList<>();
                Files.copy(real, scratch.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
                for (Path log : ProjectFiles.logs(real)) {
                    // the copy's logs are named after it as the originals are after the project
                    Path copied = scratch.resolve(NAME + log.getFileName().toString()
                            .substring(real.getFileName().toString().length()));
                    Files.deleteIfExists(copied);
                    if (Files.exists(log)) {
                        Files.copy(log, copied);
                        logs.add(log);
                    }
                }
                if (before.equals(stamps(real))) {
                    return logs;
                }
            } catch (NoSuchFileException e) {
                // a log went away: the program that wrote it has just closed the project; look again
            } catch (IOException e) {
                throw new ProjectOpenException(file, Reason.INACCESSIBLE, "The project " + file + " cannot be "
                        + "checked: it has a log beside it, and copying it to the temporary folder to read it safely "
                        + "failed (" + e.getMessage() + "). Free space in " + System.getProperty("java.io.tmpdir")
                        + " and try again.", e);
            }
        }
        return null;
    }

    /** Read-write, so that SQLite recovers the copied logs into the copy as it will into the original. */
    private static Connection readWrite(Path copy) throws SQLException {
        return ProjectUri.config().createConnection(ProjectUri.of(copy, "mode=rw"));
    }

    private static ProjectOpenException logsThatDoNotFit(Path file, Path real, List<Path> logs,
                                                         ProjectOpenException refusal) {
        if (refusal.reason() != Reason.CORRUPT && refusal.reason() != Reason.NOT_A_PROJECT
                || logs.isEmpty() || !soundAlone(file, real)) {
            return refusal;
        }
        Path log = logs.get(0);
        boolean journal = log.equals(ProjectFiles.rollbackJournal(real));
        String what = journal ? "the journal of an interrupted save beside it (" + log.getFileName() + ")"
                : "the write-ahead log beside it (" + log.getFileName() + ")";
        String remedy = journal ? "Open a backup copy of the project. Or move " + log + " out of the folder and "
                + "open the project again: the interrupted save may then be kept in part."
                : "If the project was copied or restored without its log, move " + log + " out of the folder and "
                + "open the project again: changes saved only in the log are then lost. Otherwise open a backup "
                + "copy of the project.";
        String together = refusal.reason() == Reason.NOT_A_PROJECT ? "another program's database" : "damaged";
        return new ProjectOpenException(file, Reason.CORRUPT, "The project " + file + " itself is sound, but "
                + what + " does not fit it (read together, they are " + together + "): the log is damaged or "
                + "left from another copy of the project. " + remedy, refusal);
    }

    /** Whether the file, read without its logs, passes every check. */
    private static boolean soundAlone(Path file, Path real) {
        try {
            if (Files.size(real) == 0) {
                return false;
            }
            ProjectContentCheck.checkInPlace(real);
            return true;
        } catch (ProjectOpenException | IOException e) {
            return false;
        }
    }

    private record Stamp(Path path, long size, FileTime modified) {
    }

    private static List<Stamp> stamps(Path real) throws IOException {
        List<Stamp> stamps = new ArrayList<>();
        for (Path path : Stream.concat(Stream.of(real), ProjectFiles.logs(real).stream()).toList()) {
            if (Files.exists(path)) {
                stamps.add(new Stamp(path, Files.size(path), Files.getLastModifiedTime(path)));
            }
        }
        return stamps;
    }

    private static void delete(Path scratch) {
        try (Stream<Path> files = Files.walk(scratch)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The temporary copy " + scratch + " of a project could not be deleted", e);
        }
    }
}
