package io.sourcemark.analysis.eval;

import java.util.Locale;

/** The sentence-level counts of one claim scoring, and the line score_claims.py prints for them. */
public record ClaimScore(int articles, int missing, int truePositives, int falsePositives, int falseNegatives,
                         int trueNegatives) {

    public int sentences() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 0 : truePositives / (double) predicted;
    }

    public double recall() {
        int gold = truePositives + falseNegatives;
        return gold == 0 ? 0 : truePositives / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double accuracy() {
        return sentences() == 0 ? 0 : (truePositives + trueNegatives) / (double) sentences();
    }

    /** Character for character the line of score_claims.py. */
    public String line() {
        return String.format(Locale.ROOT, "claims: articles=%d missing=%d sentences=%d gold_check=%d pred_check=%d "
                        + "P=%s R=%s F1=%s acc=%s", articles, missing, sentences(), truePositives + falseNegatives,
                truePositives + falsePositives, ScoreReport.fixed3(precision()), ScoreReport.fixed3(recall()),
                ScoreReport.fixed3(f1()), ScoreReport.fixed3(accuracy()));
    }
}
