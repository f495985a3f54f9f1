package io.sourcemark.analysis.eval;

import io.sourcemark.analysis.ClaimTraining;
import io.sourcemark.model.TextRange;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted claims against check-worthiness gold exactly as score_claims.py does: a gold sentence counts as
 * predicted check-worthy when the predicted claims (those scored at or above the threshold) cover at least half of
 * its characters; overlapping claims each count.
 */
public final class ClaimScorer {

    public ClaimScore score(List<ClaimTraining.Article> gold, Map<String, List<ScoredClaim>> predicted,
                            double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        int missing = 0;
        for (ClaimTraining.Article a : gold) {
            List<ScoredClaim> claims = predicted.get(a.id());
            if (claims == null) {
                missing++;
                claims = List.of();
            }
            for (ClaimTraining.Sentence s : a.sentences()) {
                boolean p = predictedCheckWorthy(s.range(), claims, threshold);
                if (p && s.checkWorthy()) {
                    tp++;
                } else if (p) {
                    fp++;
                } else if (s.checkWorthy()) {
                    fn++;
                } else {
                    tn++;
                }
            }
        }
        return new ClaimScore(gold.size(), missing, tp, fp, fn, tn);
    }

    /** Whether claims at or above the threshold cover at least half of the sentence. */
    public static boolean predictedCheckWorthy(TextRange sentence, List<ScoredClaim> claims, double threshold) {
        long covered = 0;
        for (ScoredClaim c : claims) {
            if (c.score() >= threshold) {
                covered += Math.max(0, Math.min(sentence.end(), c.range().end())
                        - Math.max(sentence.start(), c.range().start()));
            }
        }
        return covered * 2 >= sentence.length();
    }
}
