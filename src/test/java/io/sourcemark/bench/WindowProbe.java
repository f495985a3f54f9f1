package io.sourcemark.bench;

import io.sourcemark.app.Main;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import io.sourcemark.ui.reader.ArticleArea;

import java.lang.management.ManagementFactory;
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
        String firstText = waitForHighlightedArticle(null);
        long started = System.currentTimeMillis() - jvmStart;
        if (args[0].equals("start")) {
            System.out.println("RESULT " + started);
        } else if (args[0].equals("pause")) {
            System.out.println("RESULT " + longestPauseWhileJobsRun());
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
        // closed as an analyst closes the window: the project folds its write-ahead log in, so the next start
        // finds a clean file (a log left behind would make it check a recovered copy first)
        Platform.exit();
        app.join(TimeUnit.SECONDS.toMillis(30));
        System.exit(0);
    }

    /**
     * The longest time a task handed to the FX thread waited to run while long jobs (the detection the app starts
     * on a project never analysed) were running, in milliseconds: how long the window could not respond.
     */
    private static long longestPauseWhileJobsRun() throws Exception {
        long longest = 0;
        long count = 0;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        boolean seenJob = false;
        while (System.nanoTime() < deadline) {
            long asked = System.nanoTime();
            CompletableFuture<Integer> jobs = new CompletableFuture<>();
            Platform.runLater(() -> {
                Node node = lookup("#jobs");
                jobs.complete(node instanceof javafx.scene.Parent parent ? parent.getChildrenUnmodifiable().size()
                        : 0);
            });
            int running = jobs.get(60, TimeUnit.SECONDS);
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
            if (running > 0) {
                seenJob = true;
                longest = Math.max(longest, waited);
                count++;
            } else if (seenJob) {
                System.out.println("measured " + count + " times while jobs ran");
                return longest;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("The jobs did not end within ten minutes");
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
