package io.sourcemark.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
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

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    SettingsFile(Path configDir) {
        this.file = configDir.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /**
     * Reads an empty settings object and forgets it: loads and links the JSON reader's classes (some hundreds) on a
     * thread of its own while the toolkit starts, so that {@link #load()} before the window does not wait for them.
     */
    static void warmUp() {
        try {
            new SettingsFile(Path.of(".")).json.readValue("{}", Settings.class);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "The settings reader was not warmed up", e);
        }
    }

    Settings load() {
        if (!Files.exists(file)) {
            return Settings.DEFAULTS;
        }
        try {
            Settings read = json.readValue(file.toFile(), Settings.class);
            return read == null ? Settings.DEFAULTS : read;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Settings in " + file + " could not be read; using the defaults", e);
            return Settings.DEFAULTS;
        }
    }

    void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            Files.write(temp, bytes(settings));
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private byte[] bytes(Settings settings) throws JsonProcessingException {
        return json.writeValueAsBytes(settings);
    }
}
