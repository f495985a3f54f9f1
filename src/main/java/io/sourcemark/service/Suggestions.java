package io.sourcemark.service;

import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.DetectedClaim;
import io.sourcemark.analysis.DetectedQuote;
import io.sourcemark.analysis.QuoteKind;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;

import java.util.ArrayList;
import java.util.List;

/**
 * The engine's findings as the annotations they suggest. One rule of counting, the same as {@code analyze}'s: one
 * statement per quote the engine found — an interrupted direct quote is one statement of several pieces, a mixed
 * quote one indirect quote whose pieces are the words it quotes — plus one annotation per claim and per speaker
 * mention.
 */
final class Suggestions {

    private Suggestions() {
    }

    /** @param speakerIds the project speaker of each speaker of the analysis, by index */
    static List<Annotation> of(Article article, Analysis analysis, List<Long> speakerIds) {
        List<Annotation> suggestions = new ArrayList<>();
        for (int i = 0; i < analysis.speakers().size(); i++) {
            for (TextRange mention : analysis.speakers().get(i).mentions()) {
                suggestions.add(suggestion(article, Kind.SPEAKER, mention).withSpeaker(speakerIds.get(i)));
            }
        }
        for (DetectedQuote quote : analysis.quotes()) {
            boolean direct = quote.kind() == QuoteKind.DIRECT;
            List<TextRange> pieces = direct ? (quote.fragments().size() > 1 ? quote.fragments() : List.of())
                    : quote.quotedSpans();
            suggestions.add(suggestion(article, direct ? Kind.DIRECT_QUOTE : Kind.INDIRECT_QUOTE, quote.range())
                    .withPieces(pieces)
                    .withSpeaker(speakerId(speakerIds, quote.speakerIndex()))
                    .withCue(quote.cue())
                    .withScore(quote.confidence()));
        }
        for (DetectedClaim claim : analysis.claims()) {
            suggestions.add(suggestion(article, Kind.CLAIM, claim.range())
                    .withSpeaker(speakerId(speakerIds, claim.speakerIndex()))
                    .withScore(claim.score())
                    .withCategory(claim.category()));
        }
        return suggestions;
    }

    private static Annotation suggestion(Article article, Kind kind, TextRange range) {
        return Annotation.of(article.id(), kind, Origin.DETECTED, range, article.body());
    }

    private static Long speakerId(List<Long> speakerIds, int index) {
        return index >= 0 && index < speakerIds.size() ? speakerIds.get(index) : null;
    }
}
