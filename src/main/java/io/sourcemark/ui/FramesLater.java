package io.sourcemark.ui;

import javafx.animation.AnimationTimer;

/** Runs work on the FX thread once the window has drawn what is on it now. */
final class FramesLater {

    /** The pulse that styles and lays out what changed, the next one, and the one that waits for its drawing. */
    private static final int PULSES = 3;

    private FramesLater() {
    }

    /** Call on the FX thread: {@code then} runs on it after the next frames, about 50 ms from now. */
    static void run(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses >= PULSES) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
