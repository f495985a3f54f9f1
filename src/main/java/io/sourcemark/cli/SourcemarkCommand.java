package io.sourcemark.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** The root command: {@code --help}, {@code --version}, and the subcommands registered by {@link Cli}. */
@Command(name = "sourcemark",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = "Highlights who speaks, what they say and what is asserted in news articles.",
        commandListHeading = "%nCommands:%n")
final class SourcemarkCommand implements Callable<Integer> {

    private final PrintStream err;

    @Spec
    private CommandSpec spec;

    SourcemarkCommand(PrintStream err) {
        this.err = err;
    }

    /** Without a subcommand there is nothing to do: say what there is. */
    @Override
    public Integer call() {
        err.println("Missing command.");
        spec.commandLine().usage(err);
        return ExitCodes.USAGE;
    }
}
