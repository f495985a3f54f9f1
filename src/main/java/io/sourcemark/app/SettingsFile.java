package io.sourcemark.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The settings as a JSON file in the user-config folder. Written to a temporary file next to it and moved into
 * place, so that a crash mid-write never leaves half a file. A missing or unreadable file gives the defaults.
 */
final class SettingsFile {

    private static final Logger LOG = Logger.getLogger(SettingsFile.class.getName());
    static final String FILE_NAME = "settings.json";

    /** Far more than any settings file holds: a larger file is not one, and is not read into memory. */
    private static final long MAX_BYTES = 1 << 20;

    private final Path file;
    private final SettingsJson json = new SettingsJson();

    SettingsFile(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /**
     * Reads a settings object and forgets it: loads and links the JSON parser's classes on a thread of its own while
     * the toolkit starts, so that {@link #load()} before the window does not wait for them.
     */
    static void warmUp() {
        try {
            new SettingsJson().read("{\"dark\": false, \"recentProjects\": []}".getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "The settings reader was not warmed up", e);
        }
    }

    Settings load() {
        if (!Files.exists(file)) {
            return Settings.DEFAULTS;
        }
        try {
            if (!Files.isRegularFile(file)) {
                // a pipe or a device would never end, or never stop
                throw new IOException("it is not a regular file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException("the file is larger than " + MAX_BYTES + " bytes");
            }
            return json.read(Files.readAllBytes(file));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Settings in " + file + " could not be read; using the defaults", e);
            return Settings.DEFAULTS;
        }
    }

    void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            Files.write(temp, json.write(settings));
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
