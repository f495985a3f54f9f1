package io.sourcemark.bench;

import io.sourcemark.app.Main;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import io.sourcemark.ui.reader.ArticleArea;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs in a fresh JVM started by {@link WindowBenchmark}: starts the real application on a project and prints how
 * long it took until an article was drawn with its highlights.
 *
 * <p>{@code start PROJECT}: milliseconds from the JVM's start to the first article drawn with highlights.
 * {@code open PROJECT INDEX}: after start, picks the library row INDEX as a click would and prints the milliseconds
 * until that article is drawn with its highlights.
 */
public final class WindowProbe {

    private WindowProbe() {
    }

    public static void main(String[] args) throws Exception {
        String project = args[1];
        Thread app = new Thread(() -> Main.main(new String[] {"--project", project}), "probe-app");
        app.setDaemon(true);
        app.start();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        if (args[0].equals("pause")) {
            // from the first moment: the detection the app starts may be well under way before an article is drawn
            System.out.println("RESULT " + longestPauseWhileJobsRun());
            exit(app);
            return;
        }
        String firstText = waitForHighlightedArticle(null);
        long started = System.currentTimeMillis() - jvmStart;
        if (args[0].equals("start")) {
            System.out.println("RESULT " + started);
        } else {
            int row = Integer.parseInt(args[2]);
            long before = System.nanoTime();
            onFx(() -> {
                ListView<?> library = (ListView<?>) lookup("#libraryList");
                library.getSelectionModel().select(row);
                return null;
            });
            waitForHighlightedArticle(firstText);
            System.out.println("RESULT " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before));
        }
        exit(app);
    }

    /**
     * Closed as an analyst closes the window: the project folds its write-ahead log in, so the next start finds a
     * clean file (a log left behind would make it check a recovered copy first).
     */
    private static void exit(Thread app) throws InterruptedException {
        Platform.exit();
        app.join(TimeUnit.SECONDS.toMillis(30));
        System.exit(0);
    }

    /**
     * The longest time a task handed to the FX thread waited to run while long jobs (the detection the app starts
     * on a project never analysed) were running, once the first article is laid out, in milliseconds: how long the
     * window could not respond to an analyst who could work in it. The waits before (the window being built while
     * detection has begun) are printed beside it.
     */
    private static long longestPauseWhileJobsRun() throws Exception {
        long longest = 0;
        long count = 0;
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long firstJob = 0;
        long longestAfterDrawn = 0;
        // the waits of 20 ms or more, with when they happened: the window's own building at the start shows apart
        // from the waits while the analyst could already work
        List<String> longWaits = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        long noJobDeadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        boolean seenJob = false;
        // found once and kept: looking it up through the whole window every few milliseconds would itself keep
        // the FX thread busy
        javafx.scene.Parent[] jobsBar = new javafx.scene.Parent[1];
        long[] drawnAt = new long[1];
        boolean[] jobsRunning = new boolean[1];
        List<String> collections = collectionPausesWhile(jobsRunning, drawnAt, jvmStart);
        boolean sampleStacks = Boolean.getBoolean("bench.stacks");
        StackSampler sampler = null;
        // the FX thread's processor time over each wait: how much of the wait the FX thread spent working (its own
        // work, which blocks the window), the rest being time it was not running (a collector's pause, the
        // machine's other threads); -1 until the FX thread is known
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] fxThread = {-1};
        // and the time it spent blocked on a lock or waiting on a condition: time it was held up by another thread
        threads.setThreadContentionMonitoringEnabled(true);
        long longestBusy = 0;
        String busiest = "none";
        while (System.nanoTime() < deadline) {
            if (!isToolkitUp()) {
                Thread.sleep(5);
                continue;
            }
            if (sampleStacks && sampler == null) {
                sampler = StackSampler.start();
            }
            long asked = System.nanoTime();
            if (sampler != null) {
                sampler.waitingSince(asked);
            }
            CompletableFuture<Integer> jobs = new CompletableFuture<>();
            long cpuAsked = fxThread[0] < 0 ? -1 : threads.getThreadCpuTime(fxThread[0]);
            java.lang.management.ThreadInfo heldAsked = fxThread[0] < 0 ? null : threads.getThreadInfo(fxThread[0]);
            long[] cpuRan = new long[1];
            java.lang.management.ThreadInfo[] heldRan = new java.lang.management.ThreadInfo[1];
            Platform.runLater(() -> {
                fxThread[0] = Thread.currentThread().getId();
                cpuRan[0] = threads.getCurrentThreadCpuTime();
                heldRan[0] = threads.getThreadInfo(fxThread[0]);
                if (jobsBar[0] == null && lookup("#jobs") instanceof javafx.scene.Parent parent) {
                    jobsBar[0] = parent;
                }
                int size = jobsBar[0] == null ? 0 : jobsBar[0].getChildrenUnmodifiable().size();
                if (drawnAt[0] == 0 && lookup("#articleBody") instanceof ArticleArea area && area.getLength() > 0
                        && area.getHeight() > 0) {
                    drawnAt[0] = System.currentTimeMillis() - jvmStart;
                }
                jobs.complete(size);
            });
            int running = jobs.get(60, TimeUnit.SECONDS);
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
            long busy = cpuAsked < 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(cpuRan[0] - cpuAsked);
            long blocked = heldAsked == null ? 0 : heldRan[0].getBlockedTime() - heldAsked.getBlockedTime();
            long waitedOn = heldAsked == null ? 0 : heldRan[0].getWaitedTime() - heldAsked.getWaitedTime();
            List<String> stacks = sampler == null ? List.of() : sampler.done();
            long now = System.currentTimeMillis() - jvmStart;
            jobsRunning[0] = running > 0;
            if (running > 0) {
                if (!seenJob) {
                    firstJob = now;
                }
                seenJob = true;
                longest = Math.max(longest, waited);
                if (drawnAt[0] > 0 && now - waited > drawnAt[0]) {
                    longestAfterDrawn = Math.max(longestAfterDrawn, waited);
                    if (busy > longestBusy) {
                        longestBusy = busy;
                        busiest = "in a wait of " + waited + " ms at " + now + " ms";
                    }
                }
                count++;
                if (waited >= 20) {
                    longWaits.add(waited + " ms at " + now + " ms (FX thread working " + busy + " ms, blocked "
                            + blocked + " ms, waiting " + waitedOn + " ms of it)");
                }
                if (waited >= 40 && !stacks.isEmpty()) {
                    System.out.println("DETAIL the FX thread during the wait of " + waited + " ms at " + now + " ms:");
                    stacks.forEach(stack -> System.out.println("DETAIL " + stack));
                }
            } else if (seenJob) {
                System.out.println("DETAIL measured " + count + " times while jobs ran, from " + firstJob
                        + " ms to " + now + " ms after the JVM started; first article shown at " + drawnAt[0] + " ms");
                System.out.println("DETAIL waits of 20 ms or more: " + longWaits);
                System.out.println("DETAIL longest wait while jobs ran, the window's building included: " + longest
                        + " ms");
                System.out.println("DETAIL the FX thread's longest work while a task waited, once the article was "
                        + "shown: " + longestBusy + " ms (" + busiest + ")");
                System.out.println("DETAIL collections that stopped every thread for 20 ms or more while jobs ran, "
                        + "once the article was shown (most fall between two of the waits above): " + collections);
                return longestAfterDrawn;
            } else if (System.nanoTime() > noJobDeadline) {
                throw new IllegalStateException("No job started within two minutes of the start");
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("The jobs did not end within ten minutes");
    }

    /**
     * The garbage collector's pauses of 20 ms or more, with when they ended, while {@code running} and once the
     * article is drawn. A pause stops the FX thread too, but the waits above see one only when a task was waiting
     * as it began.
     */
    private static List<String> collectionPausesWhile(boolean[] running, long[] drawnAt, long jvmStart) {
        List<String> pauses = java.util.Collections.synchronizedList(new ArrayList<>());
        for (java.lang.management.GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (!notification.getType().equals(
                        com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long ms = info.getGcInfo().getDuration();
                long endedAt = System.currentTimeMillis() - jvmStart;
                // concurrent cycles (G1's marking) run beside the threads and are not pauses
                if (ms >= 20 && running[0] && drawnAt[0] > 0 && !info.getGcName().contains("Concurrent")) {
                    pauses.add(ms + " ms at " + endedAt + " ms");
                }
            }, null, null);
        }
        return pauses;
    }

    /** Waits until the article area shows a text other than {@code previous} and has highlights drawn on it. */
    private static String waitForHighlightedArticle(String previous) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String shown = onFx(() -> {
                Node node = lookup("#articleBody");
                if (!(node instanceof ArticleArea area) || area.getLength() == 0) {
                    return null;
                }
                // its length and opening words tell one article from another
                String text = area.getLength() + ":" + area.getText(0, Math.min(200, area.getLength()));
                if (text.equals(previous)) {
                    return null;
                }
                return area.hasHighlights() ? text : null;
            });
            if (shown != null) {
                return shown;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("No highlighted article within two minutes");
    }

    private static Node lookup(String selector) {
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null) {
                Node node = window.getScene().lookup(selector);
                if (node != null) {
                    return node;
                }
            }
        }
        return null;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        if (!isToolkitUp()) {
            return null;
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(read.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static boolean isToolkitUp() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }
}
