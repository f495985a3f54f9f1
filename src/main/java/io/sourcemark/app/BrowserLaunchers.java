package io.sourcemark.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the system can hand an address to a browser. On Linux and the other Unixes JavaFX looks for one of a few
 * programs on the PATH and, finding none, prints an error to the terminal and does nothing the analyst can see;
 * Windows and macOS always have a handler.
 */
final class BrowserLaunchers {

    /** The programs JavaFX's host services try, in their order. */
    private static final List<String> UNIX_LAUNCHERS = List.of("xdg-open", "google-chrome", "firefox", "opera",
            "konqueror", "mozilla");

    private BrowserLaunchers() {
    }

    /** Whether an address handed to the host services would open somewhere, as far as can be told beforehand. */
    static boolean available(String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        String path = environment.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            for (String launcher : UNIX_LAUNCHERS) {
                if (!folder.isEmpty() && executable(folder, launcher)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean available() {
        return available(System.getProperty("os.name", ""), System.getenv());
    }

    private static boolean executable(String folder, String name) {
        try {
            Path file = Path.of(folder, name);
            return Files.isRegularFile(file) && Files.isExecutable(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
