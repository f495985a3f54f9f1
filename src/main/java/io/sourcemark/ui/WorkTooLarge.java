package io.sourcemark.ui;

/**
 * Work that stopped because the machine could not hold it: the Java heap filled, or the stack ran out on input nested
 * too deeply. Its message says what stopped and what the analyst can do; the work's half-made objects are garbage
 * by then, so the window goes on.
 */
public final class WorkTooLarge extends RuntimeException {

    private static final long MB = 1024 * 1024;

    WorkTooLarge(String title, VirtualMachineError cause) {
        super(message(title, cause), cause);
    }

    private static String message(String title, VirtualMachineError cause) {
        if (cause instanceof StackOverflowError) {
            return title + " stopped: what it read is nested too deeply to be handled. Nothing else was changed.";
        }
        return title + " stopped: it ran out of memory (the Java heap of " + Runtime.getRuntime().maxMemory() / MB
                + " MB is full). Do less at once (fewer articles, or an HTML report rather than a PDF), or start "
                + "Sourcemark with more, for example java -Xmx4g -jar sourcemark.jar.";
    }
}
