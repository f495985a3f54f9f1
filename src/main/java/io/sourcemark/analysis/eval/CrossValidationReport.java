package io.sourcemark.analysis.eval;

import io.sourcemark.analysis.ClaimTraining;
import io.sourcemark.analysis.DetectedClaim;
import io.sourcemark.model.ClaimCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of a cross-validation of the claim model: the reference scorer's line on the held-out claims, the
 * recall and precision by the category the engine gives each gold sentence ({gold check, found, suggested}), and
 * how well the score is calibrated (a reliability table over every gold sentence).
 */
public record CrossValidationReport(ClaimScore score, Map<ClaimCategory, int[]> byCategory,
                                    List<double[]> reliability) {

    public CrossValidationReport {
        byCategory = Map.copyOf(byCategory);
        reliability = List.copyOf(reliability);
    }

    /** reliability rows: {low, high, sentences, mean score, share check-worthy}, ten bins of width 0.1. */
    public static CrossValidationReport of(List<ClaimTraining.Article> gold, List<ClaimTraining.HeldOut> heldOut) {
        Map<String, List<ScoredClaim>> predicted = new HashMap<>();
        for (ClaimTraining.HeldOut h : heldOut) {
            List<ScoredClaim> claims = new ArrayList<>();
            for (DetectedClaim c : h.claims()) {
                claims.add(new ScoredClaim(c.range(), c.score()));
            }
            predicted.put(h.id(), claims);
        }
        ClaimScore score = new ClaimScorer().score(gold, predicted, 0);
        Map<ClaimCategory, int[]> byCategory = new EnumMap<>(ClaimCategory.class);
        int[] count = new int[10];
        double[] sum = new double[10];
        int[] positive = new int[10];
        for (int i = 0; i < gold.size(); i++) {
            ClaimTraining.Article a = gold.get(i);
            ClaimTraining.HeldOut h = heldOut.get(i);
            for (int j = 0; j < a.sentences().size(); j++) {
                ClaimTraining.Sentence s = a.sentences().get(j);
                double p = h.goldScores()[j];
                int bin = Math.min(9, (int) (p * 10));
                count[bin]++;
                sum[bin] += p;
                positive[bin] += s.checkWorthy() ? 1 : 0;
                boolean found = ClaimScorer.predictedCheckWorthy(s.range(), predicted.get(a.id()), 0);
                int[] c = byCategory.computeIfAbsent(h.goldCategories().get(j), k -> new int[3]);
                c[0] += s.checkWorthy() ? 1 : 0;
                c[1] += s.checkWorthy() && found ? 1 : 0;
                c[2] += found ? 1 : 0;
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            rows.add(new double[] {b / 10.0, (b + 1) / 10.0, count[b], count[b] == 0 ? 0 : sum[b] / count[b],
                count[b] == 0 ? 0 : positive[b] / (double) count[b]});
        }
        return new CrossValidationReport(score, byCategory, rows);
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "  -  " : ScoreReport.fixed3(part / (double) whole);
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(score.line());
        out.add("by category (as the engine files each gold sentence): gold check-worthy, recall; suggested, precision");
        for (ClaimCategory c : ClaimCategory.values()) {
            int[] n = byCategory.get(c);
            if (n != null) {
                out.add(String.format(Locale.ROOT, "  %-11s %4d check  recall %s  %4d suggested  precision %s",
                        c.name().toLowerCase(Locale.ROOT), n[0], ratio(n[1], n[0]), n[2], ratio(n[1], n[2])));
            }
        }
        out.add("reliability (every gold sentence, scored by the model that did not see its article):");
        out.add("  score       sentences  mean score  check-worthy");
        for (double[] r : reliability) {
            out.add(String.format(Locale.ROOT, "  [%.1f, %.1f)  %9d  %10s  %12s", r[0], r[1], (int) r[2],
                    r[2] == 0 ? "-" : ScoreReport.fixed3(r[3]), r[2] == 0 ? "-" : ScoreReport.fixed3(r[4])));
        }
        return out;
    }
}
