package io.sourcemark.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads files and streams up to a limit: at most the limit plus one byte is ever read, so a device, an endless stream
 * or a file that grows while it is read cannot fill the memory. Only regular files are opened: opening a named pipe
 * waits for a writer, so it would hang the import.
 */
final class BoundedRead {

    private static final int CHUNK = 64 * 1024;

    private BoundedRead() {
    }

    static byte[] file(Path file, String name, long limit) throws ImportException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, name + " does not exist.", e);
        } catch (IOException e) {
            throw new ImportException(name, name + " cannot be read: " + e.getMessage(), e);
        }
        if (attributes.isDirectory()) {
            throw new ImportException(name, name + " is a folder, not a file.");
        }
        if (!attributes.isRegularFile()) {
            throw new ImportException(name, name + " is not a regular file (it is a device, a pipe or a socket): "
                    + "only files can be imported.");
        }
        if (attributes.size() > limit) {
            throw tooLarge(name, limit);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return stream(in, name, limit);
        } catch (AccessDeniedException e) {
            throw new ImportException(name, name + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new ImportException(name, name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The bytes of {@code in}, refused when there are more than {@code limit}; the stream is not closed. */
    static byte[] stream(InputStream in, String name, long limit) throws IOException, ImportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        while (true) {
            int wanted = (int) Math.min(chunk.length, limit + 1 - total);
            int read = in.read(chunk, 0, wanted);
            if (read < 0) {
                return out.toByteArray();
            }
            total += read;
            if (total > limit) {
                throw tooLarge(name, limit);
            }
            out.write(chunk, 0, read);
        }
    }

    static ImportException tooLarge(String name, long limit) {
        String size = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit + " bytes";
        return new ImportException(name, name + " is too large for a news article (more than " + size + ").");
    }
}
