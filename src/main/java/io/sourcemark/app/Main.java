package io.sourcemark.app;

import javafx.application.Application;

/**
 * Starts Sourcemark. A plain class, so that the jar runs without the JavaFX launcher check; the command-line
 * commands are dispatched from here as well.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(SourcemarkApp.class, args);
    }
}
