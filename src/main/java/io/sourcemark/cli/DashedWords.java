package io.sourcemark.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.util.Optional;

/**
 * A search for a word that starts with "-" ("-Shoigu", "-19") reads as an option, and the command line then says
 * only that the query is missing or an option unknown. The refusal ends with how to search for it, and that a word
 * cannot be left out that way (every word must occur).
 */
final class DashedWords {

    private DashedWords() {
    }

    /** @param spec the command the arguments were given to, whose own options are not words */
    static Optional<String> hint(String[] arguments, CommandSpec spec) {
        for (String argument : arguments) {
            if (argument.equals("--")) {
                return Optional.empty();
            }
            // "--projekt" is a misspelt option; a word to search for has one dash
            if (argument.length() > 1 && argument.startsWith("-") && !argument.startsWith("--")
                    && !isOption(argument, spec)) {
                return Optional.of("“" + argument + "” is read as an option. To search for it, put -- before the "
                        + "words: sourcemark " + spec.name() + " --project PATH -- " + argument + ". A word cannot "
                        + "be left out with “-”: every word must occur.");
            }
        }
        return Optional.empty();
    }

    /** Whether the argument names one of the command's short options, alone or with its value ("-pnews.db"). */
    private static boolean isOption(String argument, CommandSpec spec) {
        return spec.findOption(argument.substring(0, 2)) != null;
    }
}
