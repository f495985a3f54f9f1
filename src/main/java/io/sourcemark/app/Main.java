package io.sourcemark.app;

import io.sourcemark.cli.Cli;
import javafx.application.Application;

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
            Application.launch(SourcemarkApp.class, args);
        } else {
            System.exit(Cli.run(args, System.out, System.err));
        }
    }
}
