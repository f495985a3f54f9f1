package io.sourcemark.ui;

import io.sourcemark.service.DetectionReport;
import io.sourcemark.service.DetectionService;

import java.util.ArrayList;
import java.util.List;

/**
 * Analyze ▸ Detect: runs the attribution engine over articles as a job, with its progress and Cancel in the status
 * bar, then shows the open article's new suggestions.
 */
public final class DetectionCommands {

    private final Tasks tasks;
    private final DetectionService detection;
    private final Selection selection;
    private final Navigator navigator;
    private final LibraryRows library;
    private final Edits edits;
    private final StatusLine status;
    private final List<Job> running = new ArrayList<>();
    /** Raised by {@link #stop()}: detection asked for under an older value stops. Changed on the FX thread only. */
    private volatile int generation;

    public DetectionCommands(Tasks tasks, DetectionService detection, Selection selection, Navigator navigator,
                             LibraryRows library, Edits edits, StatusLine status) {
        this.tasks = tasks;
        this.detection = detection;
        this.selection = selection;
        this.navigator = navigator;
        this.library = library;
        this.edits = edits;
        this.status = status;
    }

    /**
     * Stops the detection asked for so far, running or still queued, at its next article: another project is about
     * to replace this one, or the window closes, and neither should wait for it. Later requests run as usual.
     */
    public void stop() {
        generation++;
        running.forEach(Job::cancel);
    }

    /** Detects again in the open article: rejected suggestions stay out, reviewed ones are kept as they are. */
    public void detectInOpenArticle() {
        long open = selection.articleId();
        if (open == 0) {
            status.report("Open an article first.");
            return;
        }
        detect(List.of(open));
    }

    /** Detects in every article of the project. */
    public void detectEverywhere() {
        int asked = generation;
        tasks.query(detection::allArticleIds, ids -> detect(ids, asked), status::failed);
    }

    /**
     * Detects in every article, the one on screen first, so that its suggestions appear without waiting for the
     * others (the first run, right after the samples are imported). One job, one step of the history.
     */
    public void detectEverywhereStartingWith(long firstId) {
        int asked = generation;
        tasks.query(detection::allArticleIds, ids -> {
            List<Long> ordered = new ArrayList<>(List.of(firstId));
            ids.stream().filter(id -> id != firstId).forEach(ordered::add);
            detect(ordered, asked);
        }, status::failed);
    }

    /** Detects in the articles never analysed, so that a detection cut short by closing the window is finished. */
    public void detectWhereNeverDone() {
        int asked = generation;
        tasks.query(detection::articlesNeverAnalysed, ids -> detect(ids, asked), status::failed);
    }

    /** Detects in the given articles, for example those just imported. */
    public void detect(List<Long> articleIds) {
        detect(articleIds, generation);
    }

    private void detect(List<Long> articleIds, int asked) {
        if (articleIds.isEmpty() || asked != generation) {
            return;
        }
        String title = articleIds.size() == 1 ? "Detecting speakers, quotes and claims"
                : "Detecting in " + articleIds.size() + " articles";
        Job[] job = new Job[1];
        job[0] = tasks.job(title, progress -> detection.detectEach(articleIds,
                        (done, total, current) -> progress.update(done, total,
                                current == null ? "Storing suggestions" : "Detecting in “" + current + "”"),
                        () -> asked != generation || progress.isCancelled()),
                report -> {
                    running.remove(job[0]);
                    navigator.refresh();
                    library.reload();
                    edits.refreshHistory();
                    status.saved(summary(report, articleIds.size()));
                }, e -> {
                    running.remove(job[0]);
                    status.report("Detection stopped: " + e.getMessage());
                });
        running.add(job[0]);
    }

    static String summary(DetectionReport report, int articles) {
        String text = String.format("%,d", report.suggested()) + (report.suggested() == 1 ? " new suggestion"
                : " new suggestions");
        if (report.articles() < articles) {
            text += " in " + report.articles() + " of " + articles + (articles == 1 ? " article" : " articles")
                    + " (detection cancelled)";
        } else if (articles > 1) {
            text += " in " + articles + " articles";
        }
        return report.keptReviewed() > 0 ? text + " (" + report.keptReviewed() + " already reviewed, left as they are)"
                : text;
    }
}
