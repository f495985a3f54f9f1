package io.sourcemark.cli;

import java.util.Locale;

/**
 * What a command says when the Java heap is full: what happened and what to do, instead of a stack trace that
 * ends in "Java heap space". The heap's ceiling is the JVM's, set on the command line, not by the program.
 */
final class OutOfMemory {

    private OutOfMemory() {
    }

    static String advice(String command) {
        long megabytes = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return String.format(Locale.ROOT, "sourcemark %s stopped: it ran out of memory (the Java heap of %d MB is "
                + "full). Give it more, for example java -Xmx4g -jar sourcemark.jar %s …, or give it fewer or "
                + "smaller files.", command, megabytes, command);
    }
}
