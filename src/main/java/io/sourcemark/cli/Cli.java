package io.sourcemark.cli;

import picocli.CommandLine;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The command-line entry: {@code sourcemark import|analyze|eval|eval-claims|train-claims|export|import-annotations
 * …}. Returns an exit code instead of exiting, so that {@code app.Main} and tests can call it.
 */
public final class Cli {

    private Cli() {
    }

    /**
     * The program's output over {@code stream}, in UTF-8 whatever the locale (article text is rarely ASCII, and a C
     * locale would print it as "?"). Towards a terminal, control characters in file names and article text are
     * shown as "?" instead of acting on the terminal; into a pipe or a file, the bytes are the data, unchanged.
     */
    public static PrintStream programStream(OutputStream stream, boolean toTerminal) {
        OutputStream buffered = new BufferedOutputStream(stream);
        return new PrintStream(toTerminal ? new TerminalSafeOutput(buffered) : buffered, true, StandardCharsets.UTF_8);
    }

    /** Runs one command line as the program: the libraries' log lines kept off the terminal. */
    public static int runAsProgram(String[] args, PrintStream out, PrintStream err) {
        LibraryLogging.quietForACommand();
        return run(args, out, err);
    }

    /** Runs one command line and returns its exit code (see {@link ExitCodes}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return execute(commandLine(out, err), args, out, err);
    }

    static int execute(CommandLine commandLine, String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        // "@notes.txt" is an article file to import, never a file of more arguments to read
        commandLine.setExpandAtFiles(false);
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            // an exception without a message (a defect, not a refusal) is still named, never printed as "null"
            String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            errWriter.println("sourcemark " + failed.getCommandName() + " stopped: " + why);
            return ExitCodes.CANNOT_RUN;
        });
        CommandLine.IParameterExceptionHandler standard = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            int code = standard.handleParseException(e, arguments);
            Optional<String> hint = DashedFileNames.hint(arguments, java.nio.file.Path.of(""));
            CommandLine failed = e.getCommandLine();
            if (hint.isEmpty() && failed.getCommand() instanceof SearchCommand) {
                hint = DashedWords.hint(arguments, failed.getCommandSpec());
            }
            hint.ifPresent(errWriter::println);
            return code;
        });
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError full) {
            // picocli hands errors on; what was held is unreachable by now, so there is room to say what to do
            errWriter.println(OutOfMemory.advice(commandName(commandLine)));
            code = ExitCodes.CANNOT_RUN;
        }
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    /** The subcommand that ran ({@code analyze}…), or the program's name when none was parsed. */
    private static String commandName(CommandLine commandLine) {
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        while (parsed != null && parsed.hasSubcommand()) {
            parsed = parsed.subcommand();
        }
        return parsed == null ? commandLine.getCommandName() : parsed.commandSpec().name();
    }

    /** The one place where subcommands are registered. */
    private static CommandLine commandLine(PrintStream out, PrintStream err) {
        CommandLine root = new CommandLine(new SourcemarkCommand(err));
        root.addSubcommand(new CommandLine(new ImportCommand(out, err)));
        root.addSubcommand(new CommandLine(new AnalyzeCommand(out, err)));
        root.addSubcommand(new CommandLine(new EvalCommand(out, err)));
        root.addSubcommand(new CommandLine(new EvalClaimsCommand(out, err)));
        root.addSubcommand(new CommandLine(new TrainClaimsCommand(out, err)));
        root.addSubcommand(new CommandLine(new ExportCommand(out, err)));
        root.addSubcommand(new CommandLine(new ImportAnnotationsCommand(out, err)));
        root.addSubcommand(new CommandLine(new SearchCommand(out, err)));
        return root;
    }
}
