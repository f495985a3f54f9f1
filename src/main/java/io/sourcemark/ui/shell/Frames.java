package io.sourcemark.ui.shell;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.concurrent.TimeUnit;

/** Waiting for the window's frames: the next one laid out, or the first that comes as fast as frames come. */
final class Frames {

    /**
     * A frame this soon after the one before had little to style, lay out or draw: at 60 frames a second they come
     * every 17 ms, and a window still building its parts takes 30 to 100 ms for one.
     */
    private static final long QUICK = TimeUnit.MILLISECONDS.toNanos(30);
    /** However busy the frames stay (an animation, a slow machine), the wait ends after this many. */
    private static final int AT_MOST = 40;

    private Frames() {
    }

    /** Runs {@code then} right after the next pulse that lays the scene out, not in it. */
    static void afterTheNextLayout(Scene scene, Runnable then) {
        boolean[] asked = new boolean[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!asked[0]) {
                asked[0] = true;
                // nodes added during the pulse would be drawn before they are styled, and the scene is going
                // through its listeners now
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    then.run();
                });
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /**
     * Runs {@code then} once two frames in a row came quickly: nodes just added are styled, skinned, laid out and
     * drawn over several frames (a list makes its cells in one, a combo box its list in the next), and work
     * started before they are done takes the processor from them while the analyst watches the window fill.
     * Frames are asked for meanwhile, so that the wait ends even when nothing else changes.
     */
    static void onceFramesComeQuickly(Scene scene, Runnable then) {
        long[] last = new long[1];
        int[] frames = new int[1];
        int[] quickInARow = new int[1];
        boolean[] done = new boolean[1];
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (done[0]) {
                return;
            }
            long now = System.nanoTime();
            frames[0]++;
            quickInARow[0] = frames[0] > 1 && now - last[0] < QUICK ? quickInARow[0] + 1 : 0;
            last[0] = now;
            if (quickInARow[0] >= 2 || frames[0] >= AT_MOST) {
                done[0] = true;
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    then.run();
                });
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
