package io.sourcemark.service;

import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.Analyzer;
import io.sourcemark.analysis.DetectedSpeaker;
import io.sourcemark.model.Article;
import io.sourcemark.store.Repositories;
import io.sourcemark.store.RunningChange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Turns the engine's findings into DETECTED annotations: speaker mentions tied to project speakers, quotes and
 * claims tied to their speaker and cue. A detection is one change ("Detect in 30 articles") written one article per
 * transaction, behind the analyst's actions; the engine runs on the compute pool, never on the writer.
 *
 * <p>Detecting again updates the suggestions in place (see {@link SuggestionUpdate}): it never brings back a
 * rejected one, never duplicates a reviewed or manual annotation, and keeps what the analyst did to a suggestion.
 */
public final class DetectionService {

    private final Project project;
    private final Supplier<Analyzer> analyzer;
    private final ComputePool compute;

    public DetectionService(Project project, Supplier<Analyzer> analyzer, ComputePool compute) {
        this.project = project;
        this.analyzer = analyzer;
        this.compute = compute;
    }

    /** Detects in one article, as one change. */
    public DetectionReport detect(long articleId) {
        return detectEach(List.of(articleId), ImportProgress.NONE, () -> false);
    }

    /**
     * Detects in several articles, in order, each stored in its own transaction as soon as it is analysed; cancel
     * stops between articles, and what was stored stays (one undo reverses it).
     *
     * @param progress told before each article, with its title, and once at the end
     */
    public DetectionReport detectEach(List<Long> articleIds, ImportProgress progress, BooleanSupplier cancelled) {
        List<Article> articles = project.read(tx -> articleIds.stream().map(id -> article(tx, id)).toList());
        if (articles.isEmpty()) {
            return new DetectionReport(0, 0, 0, 0);
        }
        Analyzer engine = analyzer.get();
        int suggested = 0;
        int kept = 0;
        int speakers = 0;
        int done = 0;
        try (RunningChange change = project.background(label(articles, articles.size()));
             OrderedWork<Article, Analysis> analyses = new OrderedWork<>(compute, articles,
                     article -> engine.analyze(article.body()))) {
            if (articles.size() == 1) {
                change.focus(articles.get(0).id());
            }
            for (Article article : articles) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                progress.update(done, articles.size(), article.meta().title());
                Analysis analysis = analyses.next();
                if (cancelled.getAsBoolean()) {
                    break; // cancelled while the engine ran: what the analyst stopped is not stored
                }
                DetectionReport one = change.write(tx -> store(tx, article, analysis));
                suggested += one.suggested();
                kept += one.keptReviewed();
                speakers += one.speakers();
                done++;
            }
            if (done < articles.size()) {
                change.relabel(label(articles, done) + " (stopped)");
            }
        }
        progress.update(done, articles.size(), null);
        return new DetectionReport(suggested, kept, speakers, done);
    }

    /**
     * Articles with no annotation at all, not even a rejected suggestion: never analysed, for example because the
     * application closed while it was detecting in them.
     */
    public List<Long> articlesNeverAnalysed() {
        return project.read(tx -> tx.articles().list().stream().map(a -> a.id())
                .filter(id -> tx.annotations().countForArticle(id) == 0).toList());
    }

    /** Every article of the project, for Analyze ▸ Detect in every article. */
    public List<Long> allArticleIds() {
        return project.read(tx -> tx.articles().list().stream().map(a -> a.id()).toList());
    }

    private static DetectionReport store(Repositories tx, Article article, Analysis analysis) {
        // the article may have been deleted while the engine ran
        if (tx.articles().find(article.id()).isEmpty()) {
            return new DetectionReport(0, 0, 0, 1);
        }
        SpeakerDirectory speakers = new SpeakerDirectory(tx.speakers());
        List<Long> speakerIds = new ArrayList<>();
        for (DetectedSpeaker speaker : analysis.speakers()) {
            speakerIds.add(speakers.idFor(speaker, article.body()));
        }
        return new SuggestionUpdate(tx).apply(article.id(), Suggestions.of(article, analysis, speakerIds),
                analysis.speakers().size());
    }

    private static String label(List<Article> articles, int done) {
        if (articles.size() == 1) {
            return "Detect in “" + articles.get(0).meta().title() + "”";
        }
        return "Detect in " + (done == articles.size() ? "" : done + " of ") + articles.size() + " articles";
    }

    private static Article article(Repositories tx, long id) {
        return tx.articles().find(id)
                .orElseThrow(() -> new IllegalArgumentException("This article is no longer in the project."));
    }
}
