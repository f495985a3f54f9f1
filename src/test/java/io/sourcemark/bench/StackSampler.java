package io.sourcemark.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the FX thread is doing while a probe's task waits for it: every 10 ms of a wait longer than 20 ms, the top
 * of its stack. For looking inside a long wait ({@code -Dbench.stacks=true}). Each sample stops the FX thread for
 * a moment to read its stack, and samples are taken only during waits already long, so the figures of the waits
 * under 20 ms are not touched.
 */
final class StackSampler {

    private final Thread fx;
    private volatile long since;
    private final List<String> stacks = new ArrayList<>();

    private StackSampler(Thread fx) {
        this.fx = fx;
    }

    static StackSampler start() {
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("JavaFX Application Thread")).findFirst().orElseThrow();
        StackSampler sampler = new StackSampler(fx);
        Thread thread = new Thread(sampler::run, "bench-stack-sampler");
        thread.setDaemon(true);
        thread.start();
        return sampler;
    }

    void waitingSince(long nanos) {
        synchronized (stacks) {
            stacks.clear();
        }
        since = nanos;
    }

    List<String> done() {
        since = 0;
        synchronized (stacks) {
            return List.copyOf(stacks);
        }
    }

    private void run() {
        while (true) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
            long started = since;
            long waited = (System.nanoTime() - started) / 1_000_000;
            if (started != 0 && waited >= 20) {
                String top = Arrays.stream(fx.getStackTrace()).limit(14)
                        .map(f -> f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName())
                        .collect(Collectors.joining(" < "));
                synchronized (stacks) {
                    stacks.add(waited + " ms: " + top);
                }
            }
        }
    }
}
