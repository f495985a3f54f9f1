package io.sourcemark.store;

import io.sourcemark.store.ProjectOpenException.Reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A project is a regular file, or does not exist yet, and so is every file SQLite would use beside it. SQLite opened
 * on a named pipe waits forever for a writer; on {@code /dev/null} it creates {@code /dev/null-journal}; on a device
 * it reads or writes whatever the device is. Such paths are refused before SQLite sees them, creating nothing.
 */
final class RegularFiles {

    private static final int TYPE_BITS = 0170000;
    private static final int PIPE = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private RegularFiles() {
    }

    /**
     * @param file the project as the analyst named it, for messages
     * @param real the file SQLite will open (links followed), beside which it keeps its journals
     */
    static void require(Path file, Path real) throws ProjectOpenException {
        if (Files.exists(real) && !Files.isRegularFile(real)) {
            throw new ProjectOpenException(file, Reason.NOT_A_PROJECT, "The file " + file + " is " + kind(real)
                    + ", not a project file. Choose a .sourcemark file.", null);
        }
        for (Path neighbour : ProjectFiles.neighbours(real)) {
            if (Files.exists(neighbour) && !Files.isRegularFile(neighbour)) {
                throw new ProjectOpenException(file, Reason.INACCESSIBLE, "The project " + file + " cannot be "
                        + "opened: beside it, " + neighbour.getFileName() + " is " + kind(neighbour) + ", where "
                        + "SQLite keeps the project's journal. Move " + neighbour + " out of the folder and open the "
                        + "project again.", null);
            }
        }
    }

    /** What the path is, in words: "a named pipe", "a device"… */
    private static String kind(Path path) {
        if (Files.isDirectory(path)) {
            return "a folder";
        }
        int type;
        try {
            type = ((Integer) Files.getAttribute(path, "unix:mode")) & TYPE_BITS;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
        return switch (type) {
            case PIPE -> "a named pipe";
            case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
            case SOCKET -> "a socket";
            default -> "a special file";
        };
    }
}
