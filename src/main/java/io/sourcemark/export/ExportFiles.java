package io.sourcemark.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where exports go and how they get there: each file is written to a temporary file in its target folder and moved
 * into place when complete, so that a reader never sees half a report and a failed export leaves nothing behind, nor
 * one stopped by Ctrl+C or the end of the session; an existing file is replaced only when the caller says so. Reports
 * are for others to read: they get the permissions the user gives new files (the umask), not a temporary file's 0600.
 */
public final class ExportFiles {

    private static final int SLUG_LENGTH = 60;

    private ExportFiles() {
    }

    /** Writes the content {@code write} produces to {@code target}. */
    public static void write(Path target, boolean overwrite, Content write) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        if (!overwrite && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "it exists already");
        }
        Path temporary = null;
        OutputStream file = null;
        while (file == null) {
            Path part = folder.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
            try {
                file = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                temporary = part;
            } catch (FileAlreadyExistsException e) {
                // another export's part: another name
            }
        }
        Path written = temporary;
        Thread removal = new Thread(() -> deleteQuietly(written), "remove " + written.getFileName());
        boolean hooked = hook(removal);
        try {
            try (OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
                write.to(out);
            }
            move(temporary, target, overwrite);
        } finally {
            Files.deleteIfExists(temporary);
            if (hooked) {
                unhook(removal);
            }
        }
    }

    /** Has the JVM remove a part at its end (Ctrl+C, SIGTERM, the window closed) if it is still there then. */
    private static boolean hook(Thread removal) {
        try {
            Runtime.getRuntime().addShutdownHook(removal);
            return true;
        } catch (IllegalStateException e) {
            return false; // already ending: the finally block removes it
        }
    }

    private static void unhook(Thread removal) {
        try {
            Runtime.getRuntime().removeShutdownHook(removal);
        } catch (IllegalStateException e) {
            // ending: the hook runs, finding nothing to remove
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // the JVM is ending: nothing else can be done
        }
    }

    private static void move(Path temporary, Path target, boolean overwrite) throws IOException {
        if (!overwrite) {
            Files.move(temporary, target); // fails rather than replace a file made meanwhile
            return;
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The name an article's file or folder starts with: its title as lower-case ASCII words, and the start of its uid
     * so that two articles of one title never share a file.
     */
    public static String baseName(String title, String uid) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            // at a word's end when one is near: "…against-sellin" reads as a typing slip
            int cut = slug.lastIndexOf('-', SLUG_LENGTH);
            slug = slug.substring(0, cut >= SLUG_LENGTH * 2 / 3 ? cut : SLUG_LENGTH).replaceAll("-+$", "");
        }
        String id = uid.replace("-", "");
        return (slug.isEmpty() ? "article" : slug) + "-" + id.substring(0, Math.min(8, id.length()));
    }

    /** The file (or, for brat, the folder) of an article in {@code folder}. */
    public static Path target(ExportFormat format, Path folder, String baseName) {
        return folder.resolve(baseName + format.extension());
    }

    /** What fills one file. */
    @FunctionalInterface
    public interface Content {
        void to(OutputStream out) throws IOException;
    }
}
