package io.sourcemark.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** What went wrong reading an input file, said so that the analyst knows what to do (Java's own texts do not). */
final class InputProblem {

    private InputProblem() {
    }

    static String describe(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return file + " does not exist.";
        }
        if (e instanceof AccessDeniedException) {
            return file + " cannot be read: permission denied.";
        }
        return file + " cannot be read: " + io.sourcemark.model.FileTrouble.reason(e) + ".";
    }
}
