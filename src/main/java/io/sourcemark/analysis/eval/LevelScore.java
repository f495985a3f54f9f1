package io.sourcemark.analysis.eval;

import java.util.Map;

/**
 * The counts of one matching level ("exact", "cov>=0.8", "cov>=0.3") and the measures derived from them.
 * goldByKind and matchedByKind count gold units and matched gold units by their gold kind.
 */
public record LevelScore(String level, int gold, int predicted, int matched, int matchedWithSource,
                         int matchedWithoutSource, int speakerSpanCorrect, int speakerNameCorrect,
                         Map<String, Integer> goldByKind, Map<String, Integer> matchedByKind) {

    public LevelScore {
        goldByKind = Map.copyOf(goldByKind);
        matchedByKind = Map.copyOf(matchedByKind);
    }

    public double precision() {
        return matched / (double) Math.max(1, predicted);
    }

    public double recall() {
        return matched / (double) Math.max(1, gold);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    /** Share of matched pairs with a gold source whose predicted speaker mention overlaps it. */
    public double speakerSpanAccuracy() {
        return speakerSpanCorrect / (double) Math.max(1, matchedWithSource);
    }

    /** Like {@link #speakerSpanAccuracy()}, but a shared content word of the two mentions also counts. */
    public double speakerNameAccuracy() {
        return speakerNameCorrect / (double) Math.max(1, matchedWithSource);
    }

    /** A prediction is right end to end when its quote matches and its speaker is right (or the gold has none). */
    public int quoteSpeakerCorrect() {
        return speakerNameCorrect + matchedWithoutSource;
    }

    public double quoteSpeakerPrecision() {
        return quoteSpeakerCorrect() / (double) Math.max(1, predicted);
    }

    public double quoteSpeakerRecall() {
        return quoteSpeakerCorrect() / (double) Math.max(1, gold);
    }

    public double quoteSpeakerF1() {
        return f1(quoteSpeakerPrecision(), quoteSpeakerRecall());
    }

    private static double f1(double p, double r) {
        return 2 * p * r / Math.max(1e-9, p + r);
    }
}
