package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggests the check-worthy sentences of an article: each sentence is scored by the claim model, and those at or
 * above its threshold become claims with their calibrated score, a category, and the speaker of the quote or
 * reported speech they fall in.
 */
final class ClaimDetector {

    private final ClaimModel model;
    private final ClaimLexicon lexicon = new ClaimLexicon();
    private final ClaimFeatures features = new ClaimFeatures(lexicon);
    private final ClaimCategories categories = new ClaimCategories(lexicon);

    ClaimDetector(ClaimModel model) {
        this.model = model;
    }

    List<DetectedClaim> claims(ClaimContext context, List<TextRange> sentences) {
        List<DetectedClaim> out = new ArrayList<>();
        List<List<String>> all = features.of(context, sentences);
        for (int i = 0; i < sentences.size(); i++) {
            TextRange s = sentences.get(i);
            double p = model.probability(model.raw(all.get(i)));
            if (p >= model.threshold()) {
                DetectedQuote q = speakerQuote(context, s);
                out.add(new DetectedClaim(s, Math.round(p * 1000) / 1000.0, categories.of(context, s),
                        q == null ? -1 : q.speakerIndex(), q == null ? null : q.speakerName()));
            }
        }
        return out;
    }

    /** Scores of every sentence, claim or not, for calibration and evaluation. */
    double[] scores(ClaimContext context, List<TextRange> sentences) {
        double[] out = new double[sentences.size()];
        List<List<String>> all = features.of(context, sentences);
        for (int i = 0; i < out.length; i++) {
            out[i] = model.raw(all.get(i));
        }
        return out;
    }

    /** The first quote with a speaker whose content overlaps the sentence. */
    private static DetectedQuote speakerQuote(ClaimContext context, TextRange s) {
        for (DetectedQuote q : context.quotesIn(s)) {
            if (q.speakerIndex() >= 0 && q.fragments().stream().anyMatch(f -> f.overlaps(s))) {
                return q;
            }
        }
        return null;
    }
}
