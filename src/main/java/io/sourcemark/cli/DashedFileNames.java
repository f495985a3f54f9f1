package io.sourcemark.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file whose name starts with "-" reads as an option ("-leading.txt"), and the command line then says only that a
 * parameter is missing or an option unknown. When such a file exists, the refusal ends with how to name it.
 */
final class DashedFileNames {

    private DashedFileNames() {
    }

    /** @param here the folder relative names are read from (the working folder) */
    static Optional<String> hint(String[] arguments, Path here) {
        for (String argument : arguments) {
            if (argument.equals("--")) {
                return Optional.empty(); // what follows is read as files already
            }
            if (argument.length() > 1 && argument.startsWith("-") && exists(here, argument)) {
                return Optional.of("“" + argument + "” is read as an option. To name the file, write ./" + argument
                        + " or put -- before it.");
            }
        }
        return Optional.empty();
    }

    private static boolean exists(Path here, String argument) {
        try {
            return Files.exists(here.resolve(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
