package io.sourcemark.store;

import io.sourcemark.store.ProjectOpenException.Reason;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static io.sourcemark.store.ProjectContentCheck.refused;

/**
 * Decides, without writing a byte or creating a file, whether a file can be opened as a project: first its type and
 * its header, then its content, read where it is or, when a log lies beside it, on a recovered copy.
 */
final class ProjectFileInspector {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_LENGTH = 100;

    private ProjectFileInspector() {
    }

    /** True when {@code file} is to become a new project; false when it is an existing project fit to open. */
    static boolean isNewProject(Path file) throws ProjectOpenException {
        Path real = realPath(file);
        RegularFiles.require(file, real);
        // a crash, or another program saving, leaves a log that SQLite reads back with the file
        Path log = null;
        for (Path candidate : ProjectFiles.logs(real)) {
            if (log == null && sizeOf(file, candidate) > 0) {
                log = candidate;
            }
        }
        boolean hasLog = log != null;
        if (hasLog && !Files.exists(real)) {
            // a new project here would make SQLite delete the log, and whatever it holds
            throw refused(file, Reason.INACCESSIBLE, "does not exist, but a log of it does (" + log + "). Restore "
                    + "the project file beside it, or move the log out of the folder to start a new project there.");
        }
        long size = sizeOf(file, real);
        if (size == 0 && !hasLog) {
            return true;
        }
        if (size > 0) {
            checkHeader(file, size, readHeader(file), hasLog);
        }
        if (hasLog) {
            RecoveredCopy.check(file, real);
        } else {
            ProjectContentCheck.checkInPlace(file);
        }
        if (!Files.isWritable(real)) {
            throw refused(file, Reason.INACCESSIBLE, "is read-only. Allow writing to it, or copy it to a folder of "
                    + "yours and open the copy.");
        }
        return false;
    }

    private static void checkHeader(Path file, long size, byte[] header, boolean hasLog) throws ProjectOpenException {
        if (header.length < MAGIC.length || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw refused(file, Reason.NOT_A_PROJECT, "is not a Sourcemark project (it is not a database at all). "
                    + "To read an article, import it into a project instead.");
        }
        if (header.length < HEADER_LENGTH) {
            throw refused(file, Reason.CORRUPT, "is damaged: it is cut off after " + size + " bytes. "
                    + "Open a backup copy of the project.");
        }
        ByteBuffer fields = ByteBuffer.wrap(header);
        int pageSize = fields.getShort(16) == 1 ? 65536 : Short.toUnsignedInt(fields.getShort(16));
        if (pageSize < 512 || Integer.bitCount(pageSize) != 1 || size % pageSize != 0) {
            throw refused(file, Reason.CORRUPT, "is damaged: it is cut off or padded (" + size
                    + " bytes are not a whole number of pages). Open a backup copy of the project.");
        }
        long pages = Integer.toUnsignedLong(fields.getInt(28));
        boolean pageCountValid = fields.getInt(24) == fields.getInt(92);
        // with a log beside it the file may legitimately lag behind its header
        if (!hasLog && pageCountValid && size < pages * pageSize) {
            throw refused(file, Reason.CORRUPT, "is damaged: it is cut off (" + size + " of " + pages * pageSize
                    + " bytes). Open a backup copy of the project.");
        }
    }

    /** The file SQLite opens: it follows links, and keeps its logs beside the file linked to. */
    private static Path realPath(Path file) throws ProjectOpenException {
        try {
            return Files.exists(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static byte[] readHeader(Path file) throws ProjectOpenException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER_LENGTH);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static long sizeOf(Path project, Path file) throws ProjectOpenException {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw unreadable(project, e);
        }
    }

    private static ProjectOpenException unreadable(Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new ProjectOpenException(file, Reason.INACCESSIBLE, "The project " + file + " cannot be read: "
                    + "permission denied. Ask for access to it, or open a copy.", e);
        }
        return new ProjectOpenException(file, Reason.INACCESSIBLE, "The project " + file + " cannot be read ("
                + e.getMessage() + "). Check that the disk or share is available.", e);
    }
}
