package io.sourcemark.service;

import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.Analyzer;
import io.sourcemark.analysis.DetectedClaim;
import io.sourcemark.analysis.DetectedQuote;
import io.sourcemark.analysis.DetectedSpeaker;
import io.sourcemark.analysis.QuoteKind;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verification;
import io.sourcemark.store.ProjectStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Turns the engine's findings into DETECTED annotations: speaker mentions tied to project speakers, quotes and
 * claims tied to their speaker and cue.
 *
 * <p>Detecting again replaces the unreviewed suggestions of the article, but never brings back a rejected one and
 * never duplicates an accepted or manual annotation of the same kind and range. A suggestion the analyst has already
 * worked on (verdict, note, evidence, link or tag) counts as reviewed and stays.
 */
public final class DetectionService {

    private final Project project;
    private final Supplier<Analyzer> analyzer;
    private final SpeakerDirectory speakers;

    public DetectionService(Project project, Supplier<Analyzer> analyzer) {
        this.project = project;
        this.analyzer = analyzer;
        this.speakers = new SpeakerDirectory(project.store().speakers());
    }

    /** Analyses the article and stores the suggestions in one transaction. */
    public DetectionReport detect(long articleId) {
        Article article = article(articleId);
        // The engine runs outside the transaction: it can take a while and touches no data.
        Analysis analysis = analyzer.get().analyze(article.body());
        return project.store().inTransaction(() -> replaceSuggestions(article, analysis));
    }

    /**
     * Detects in several articles, in order, each stored in its own transaction as soon as it is analysed. The
     * engine runs on both cores while the store writes on the calling thread; cancel stops between articles.
     */
    public DetectionReport detectEach(List<Long> articleIds, ImportProgress progress, BooleanSupplier cancelled) {
        List<Article> articles = articleIds.stream().map(this::article).toList();
        Analyzer engine = analyzer.get();
        int suggested = 0;
        int kept = 0;
        int speakersFound = 0;
        int done = 0;
        try (ParallelAnalysis analyses = new ParallelAnalysis(engine, articles)) {
            for (Article article : articles) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                progress.update(done, articles.size(), article.meta().title());
                Analysis analysis = analyses.next();
                if (cancelled.getAsBoolean()) {
                    break; // cancelled while the engine ran: what the analyst stopped is not stored
                }
                DetectionReport one = project.store().inTransaction(() -> replaceSuggestions(article, analysis));
                suggested += one.suggested();
                kept += one.keptReviewed();
                speakersFound += one.speakers();
                done++;
            }
        }
        progress.update(done, articles.size(), null);
        return new DetectionReport(suggested, kept, speakersFound, done);
    }

    /**
     * Articles with no annotation at all, not even a rejected suggestion: never analysed, for example because the
     * application closed while it was detecting in them.
     */
    public List<Long> articlesNeverAnalysed() {
        return allArticleIds().stream().filter(id -> project.store().annotations().countForArticle(id) == 0)
                .toList();
    }

    /** Every article of the project, for Analyze ▸ Detect in every article. */
    public List<Long> allArticleIds() {
        return project.store().articles().list().stream().map(a -> a.id()).toList();
    }

    private Article article(long articleId) {
        return project.store().articles().find(articleId)
                .orElseThrow(() -> new IllegalArgumentException("This article is no longer in the project."));
    }

    private DetectionReport replaceSuggestions(Article article, Analysis analysis) {
        ProjectStore store = project.store();
        Set<Key> reviewed = new HashSet<>();
        for (Annotation existing : store.annotations().forArticle(article.id())) {
            if (existing.origin() == Origin.DETECTED && !carriesAnalystWork(existing)) {
                store.annotations().delete(existing.id());
            } else {
                reviewed.add(Key.of(existing));
            }
        }
        List<Long> speakerIds = new ArrayList<>();
        for (DetectedSpeaker speaker : analysis.speakers()) {
            speakerIds.add(speakers.idFor(speaker));
        }
        List<Annotation> suggestions = new ArrayList<>();
        for (int i = 0; i < analysis.speakers().size(); i++) {
            for (TextRange mention : analysis.speakers().get(i).mentions()) {
                suggestions.add(suggestion(article, Kind.SPEAKER, mention, speakerIds.get(i), null, null));
            }
        }
        for (DetectedQuote quote : analysis.quotes()) {
            Long speakerId = speakerId(speakerIds, quote.speakerIndex());
            if (quote.kind() != QuoteKind.DIRECT) {
                suggestions.add(suggestion(article, Kind.INDIRECT_QUOTE, quote.range(), speakerId, quote.cue(),
                        quote.confidence()));
            }
            // The words inside quotation marks are direct quotes, also inside a paraphrase; the attribution
            // between the pieces of an interrupted quote ("…,” he said, “…") is not.
            List<TextRange> quoted = quote.quotedSpans().isEmpty() && quote.kind() == QuoteKind.DIRECT
                    ? List.of(quote.range()) : quote.quotedSpans();
            for (TextRange piece : quoted) {
                suggestions.add(suggestion(article, Kind.DIRECT_QUOTE, piece, speakerId, quote.cue(),
                        quote.confidence()));
            }
        }
        for (DetectedClaim claim : analysis.claims()) {
            suggestions.add(suggestion(article, Kind.CLAIM, claim.range(), speakerId(speakerIds, claim.speakerIndex()),
                    null, claim.score()));
        }
        int added = 0;
        int kept = 0;
        Set<Key> seen = new HashSet<>();
        for (Annotation suggestion : suggestions) {
            Key key = Key.of(suggestion);
            if (reviewed.contains(key)) {
                kept++;
            } else if (seen.add(key)) {
                store.annotations().insert(suggestion);
                added++;
            }
        }
        return new DetectionReport(added, kept, analysis.speakers().size(), 1);
    }

    /** A suggestion with a verdict, note, evidence, link or tag is kept: deleting it would delete that work. */
    private boolean carriesAnalystWork(Annotation suggestion) {
        ProjectStore store = project.store();
        boolean checked = suggestion.verification() != null
                && !suggestion.verification().equals(Verification.UNCHECKED);
        return checked || suggestion.note() != null
                || !store.evidence().forAnnotation(suggestion.id()).isEmpty()
                || !store.links().forAnnotation(suggestion.id()).isEmpty()
                || !store.tags().forAnnotation(suggestion.id()).isEmpty();
    }

    private static Long speakerId(List<Long> speakerIds, int index) {
        return index >= 0 && index < speakerIds.size() ? speakerIds.get(index) : null;
    }

    private static Annotation suggestion(Article article, Kind kind, TextRange range, Long speakerId, TextRange cue,
                                         Double score) {
        return Annotation.of(article.id(), kind, Origin.DETECTED, range, article.body())
                .withSpeaker(speakerId)
                .withCue(cue)
                .withScore(score);
    }

    /** An annotation's identity for "the same suggestion": its kind and its range. */
    private record Key(Kind kind, TextRange range) {
        static Key of(Annotation annotation) {
            return new Key(annotation.kind(), annotation.range());
        }
    }
}
