package io.sourcemark.cli;

import java.io.PrintStream;

/** The {@code --threads} of the commands that analyse: at least one, refused with a usage error otherwise. */
final class Threads {

    private Threads() {
    }

    /** True when {@code threads} can be used; otherwise says why on {@code err}. */
    static boolean usable(int threads, PrintStream err) {
        if (threads >= 1) {
            return true;
        }
        err.println("--threads must be at least 1, not " + threads + ".");
        return false;
    }
}
