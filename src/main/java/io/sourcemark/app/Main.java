package io.sourcemark.app;

import javafx.application.Application;

/** Starts Sourcemark. A plain class, so that the jar runs without the JavaFX launcher check. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(SourcemarkApp.class, args);
    }
}
