package io.sourcemark.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RootCommandTest {

    @Test
    void versionPrintsTheBuildVersion() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.exitCode());
        assertEquals("Sourcemark 0.1.0-SNAPSHOT" + System.lineSeparator(), run.out());
        assertEquals("", run.err());
    }

    @Test
    void helpListsEveryCommand() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("Usage: sourcemark [-hV] [COMMAND]"), run.out());
        assertTrue(run.out().contains("Commands:"), run.out());
        for (String command : new String[] {"import +Imports article files and web pages into a project.",
                "analyze +Finds quotes, claims and speakers in articles",
                "eval +Scores the engine against gold attributions",
                "eval-claims +Scores the engine's check-worthy claims against gold",
                "train-claims +Trains the check-worthiness model on gold sentence labels",
                "export +Exports articles of a project",
                "import-annotations +Merges annotations into a project"}) {
            assertTrue(java.util.regex.Pattern.compile("\\n  " + command).matcher(run.out()).find(), run.out());
        }
    }

    @Test
    void importHelpExplainsTheExitCodes() {
        CliRun run = CliRun.of("import", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Exit codes: 0 all imported, 2 some inputs refused or not imported"),
                run.out());
        assertTrue(run.out().replaceAll("\\s+", " ").contains("(the project stopped the import half-way), 1 the "
                + "project cannot be used."), run.out());
        assertTrue(run.out().contains("-p, --project=PATH"), run.out());
    }

    @Test
    void noCommandOrBadArgumentsAreUsageErrorsNotRefusals() {
        CliRun none = CliRun.of();
        assertEquals(ExitCodes.USAGE, none.exitCode());
        assertTrue(none.err().startsWith("Missing command."), none.err());

        CliRun missingProject = CliRun.of("import", "some.txt");
        assertEquals(ExitCodes.USAGE, missingProject.exitCode());
        assertTrue(missingProject.err().startsWith("Missing required option: '--project=PATH'"),
                missingProject.err());

        CliRun unknown = CliRun.of("frobnicate");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("Unmatched argument at index 0: 'frobnicate'"), unknown.err());
    }

    @Test
    void aCommandThatFailsUnexpectedlyIsNamedWithItsErrorAndExitsOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine failing = new CommandLine(new Failing());

        int code = Cli.execute(failing, new String[0], new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(ExitCodes.CANNOT_RUN, code);
        assertEquals("sourcemark failing stopped: NullPointerException" + System.lineSeparator(),
                err.toString(StandardCharsets.UTF_8));
    }

    @Command(name = "failing")
    private static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new NullPointerException();
        }
    }
}
