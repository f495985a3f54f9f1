package io.sourcemark.store;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;

/**
 * SQLite's native library, loaded from a copy kept in the user's cache folder. Left to itself, the driver writes a
 * new copy of the library (about 1 MB) to the temporary folder at every start, reads it back to compare and sweeps
 * the copies of earlier runs: a fifth of a second of a laptop's cold start, before a project can be opened. The
 * copy kept here is compared with the library inside the application at each start and written again when it
 * differs, so a changed or damaged file is never loaded.
 */
final class NativeSqlite {

    private static final String LIBRARY = "sqlitejdbc";

    private NativeSqlite() {
    }

    /**
     * Points the driver at the copy in {@code cacheDir} (made or refreshed first) and loads it. When anything fails
     * (no library for this platform inside the application, a cache folder that cannot be written), the driver is
     * left to load its library its own way.
     */
    static void loadFrom(Path cacheDir) throws Exception {
        // a library the user points the driver at is theirs to choose: no copy is made then
        if (System.getProperty("org.sqlite.lib.path") == null) {
            keptCopy(cacheDir).ifPresent(copy -> {
                System.setProperty("org.sqlite.lib.path", copy.getParent().toString());
                System.setProperty("org.sqlite.lib.name", copy.getFileName().toString());
            });
        }
        SQLiteJDBCLoader.initialize();
    }

    /** The library's copy in {@code cacheDir}, the same bytes as the one inside the application; empty if none. */
    static Optional<Path> keptCopy(Path cacheDir) {
        String folder = OSInfo.getNativeLibFolderPathForCurrentOS();
        String name = System.mapLibraryName(LIBRARY);
        byte[] packaged;
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream("/org/sqlite/native/" + folder + "/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            packaged = in.readAllBytes();
        } catch (IOException e) {
            return Optional.empty();
        }
        // one folder per version and platform: another version of Sourcemark keeps its own copy beside this one
        Path dir = cacheDir.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + folder.replace('/', '-'));
        Path copy = dir.resolve(name);
        try {
            if (Files.isRegularFile(copy) && Files.size(copy) == packaged.length
                    && Arrays.equals(Files.readAllBytes(copy), packaged)) {
                return Optional.of(copy);
            }
            PrivateFiles.createFolders(dir);
            Path temporary = Files.createTempFile(dir, name, ".tmp");
            try {
                Files.write(temporary, packaged);
                // whole or not at all, as a start beside this one may load it; where the folder cannot do that,
                // the driver keeps its own way
                Files.move(temporary, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return Optional.of(copy);
        } catch (IOException | RuntimeException e) {
            // a read-only or full cache folder, a library in use on Windows: only a missed speed-up
            return Optional.empty();
        }
    }
}
