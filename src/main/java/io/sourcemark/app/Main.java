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

    private Main() {
    }

    public static void main(String[] args) {
        if (LaunchOptions.opensWindow(Arrays.asList(args))) {
            // from the first moment: the toolkit's start, on the other core, is the time there is to do it in
            ClassPreloader.start(AppPaths.forThisMachine().cacheDir());
            Application.launch(SourcemarkApp.class, args);
        } else {
            // a console means standard output is a terminal; messages are for a person wherever they go
            PrintStream out = Cli.programStream(new FileOutputStream(FileDescriptor.out), System.console() != null);
            PrintStream err = Cli.programStream(new FileOutputStream(FileDescriptor.err), true);
            System.exit(Cli.runAsProgram(args, out, err));
        }
    }
}
