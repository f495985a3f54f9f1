package io.sourcemark.app;

import io.sourcemark.cli.Cli;
import javafx.application.Application;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * Starts Sourcemark: the window when there are no arguments or only {@code --project PATH}, otherwise a command
 * without a window ({@code import}, {@code analyze}, {@code eval}, {@code --version}, {@code --help}). A plain
 * class, so that the jar runs without the JavaFX launcher check.
 */
public final class Main {

    /**
     * The toolkit's own logger, held so that its filter stays: JavaFX warns at every start that it was loaded from
     * the class path, not as modules, which is how the jar runs it by design; the analyst cannot act on the warning.
     */
    private static final java.util.logging.Logger TOOLKIT = java.util.logging.Logger.getLogger("javafx");

    private Main() {
    }

    /** Lets every message of the toolkit through but the one about the jar's own way of loading it. */
    static void quietenTheClassPathWarning() {
        TOOLKIT.setFilter(record -> record.getMessage() == null
                || !record.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    public static void main(String[] args) {
        if (LaunchOptions.opensWindow(Arrays.asList(args))) {
            // from the first moment: the toolkit's start, on the other core, is the time there is to do it in
            ClassPreloader.start(AppPaths.forThisMachine().cacheDir());
            quietenTheClassPathWarning();
            Application.launch(SourcemarkApp.class, args);
        } else {
            // a console means standard output is a terminal; messages are for a person wherever they go
            PrintStream out = Cli.programStream(new FileOutputStream(FileDescriptor.out), System.console() != null);
            PrintStream err = Cli.programStream(new FileOutputStream(FileDescriptor.err), true);
            System.exit(Cli.runAsProgram(args, out, err));
        }
    }
}
