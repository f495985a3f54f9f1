package io.sourcemark.ui;

import io.sourcemark.model.Article;
import io.sourcemark.service.DetectionReport;
import io.sourcemark.service.DetectionService;

import java.util.List;

/**
 * Analyze ▸ Detect: runs the attribution engine over articles in the background, with progress and cancel in the
 * status bar, then shows the open article's new suggestions.
 */
public final class DetectionCommands {

    private final WorkspaceViewModel model;
    private final DetectionService detection;
    private final BackgroundTasks tasks;
    /** Raised by {@link #stop()}: detection started under an older value stops. Written on the FX thread only. */
    private volatile int generation;

    public DetectionCommands(WorkspaceViewModel model, DetectionService detection, BackgroundTasks tasks) {
        this.model = model;
        this.detection = detection;
        this.tasks = tasks;
    }

    /**
     * Stops the detection asked for so far, running or still queued, at its next article: another project is about
     * to replace this one, or the window closes, and neither should wait for it. Later requests run as usual.
     */
    public void stop() {
        generation++;
    }

    /** Detects again in the open article: rejected suggestions stay out, reviewed ones are not duplicated. */
    public void detectInOpenArticle() {
        Article open = model.articleProperty().get();
        if (open == null) {
            model.status().report("Open an article first.");
            return;
        }
        detect(List.of(open.id()));
    }

    /** Detects in every article of the project. */
    public void detectEverywhere() {
        int asked = generation;
        tasks.run(p -> detection.allArticleIds(), ids -> detect(ids, asked, () -> { }), this::failed);
    }

    /**
     * Detects in every article, the one on screen first, so that its suggestions appear without waiting for the
     * others (the first run, right after the samples are imported).
     */
    public void detectEverywhereStartingWith(long firstId) {
        int asked = generation;
        tasks.run(p -> detection.allArticleIds(), ids -> {
            List<Long> rest = ids.stream().filter(id -> id != firstId).toList();
            detect(List.of(firstId), asked, () -> detect(rest, asked, () -> { }));
        }, this::failed);
    }

    /** Detects in the articles never analysed, so that a detection cut short by closing the window is finished. */
    public void detectWhereNeverDone() {
        int asked = generation;
        tasks.run(p -> detection.articlesNeverAnalysed(), ids -> detect(ids, asked, () -> { }), this::failed);
    }

    /** Detects in the given articles, for example those just imported. */
    public void detect(List<Long> articleIds) {
        detect(articleIds, generation, () -> { });
    }

    /** @param then what to do once every article was done (not after a cancel or a change of project) */
    private void detect(List<Long> articleIds, int asked, Runnable then) {
        if (articleIds.isEmpty() || asked != generation) {
            return;
        }
        String title = articleIds.size() == 1 ? "Detecting speakers, quotes and claims…"
                : "Detecting in " + articleIds.size() + " articles…";
        tasks.runLong(title, progress -> detection.detectEach(articleIds,
                        (done, total, current) -> progress.update(total == 0 ? 1 : (double) done / total,
                                current == null ? "Storing suggestions" : "Detecting in “" + current + "”"),
                        () -> asked != generation || progress.isCancelled()),
                report -> {
                    model.refreshOpenArticle(summary(report, articleIds.size()));
                    if (report.articles() == articleIds.size() && asked == generation) {
                        then.run();
                    }
                }, this::failed);
    }

    static String summary(DetectionReport report, int articles) {
        String text = report.suggested() + (report.suggested() == 1 ? " suggestion" : " suggestions");
        if (report.articles() < articles) {
            text += " in " + report.articles() + " of " + articles + (articles == 1 ? " article" : " articles")
                    + " (detection cancelled)";
        } else if (articles > 1) {
            text += " in " + articles + " articles";
        }
        return report.keptReviewed() > 0 ? text + " (" + report.keptReviewed() + " already reviewed, left as they are)"
                : text;
    }

    private void failed(Exception e) {
        model.status().report("Detection stopped: " + e.getMessage());
    }
}
