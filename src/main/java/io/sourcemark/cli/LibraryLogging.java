package io.sourcemark.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * Keeps the libraries' own log lines (PDFBox on a damaged PDF, POI on a bad part of a DOCX) off a command's
 * terminal: the command says in one line what it refused and why, and their warnings and stack traces, printed
 * around that line, read as a crash. Sourcemark's own warnings still print.
 */
final class LibraryLogging {

    private static final String CONFIGURATION = String.join("\n",
            "handlers=java.util.logging.ConsoleHandler",
            ".level=INFO",
            "java.util.logging.ConsoleHandler.level=ALL",
            "org.apache.level=OFF",
            "org.slf4j.level=OFF",
            "");

    private LibraryLogging() {
    }

    /** Applies to the whole JVM: for a command run as a program of its own, not for tests that call {@link Cli}. */
    static void quietForACommand() {
        try {
            LogManager.getLogManager().readConfiguration(new ByteArrayInputStream(
                    CONFIGURATION.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException | SecurityException e) {
            // the libraries keep logging as before: noisy, not wrong
        }
    }
}
