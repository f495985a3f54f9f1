package io.sourcemark.analysis.eval;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted attributions against gold ones exactly as the reference scorer score_quotes.py does: units are
 * paired one to one, greedily by coverage, at exact offsets and at coverage 0.8 and 0.3; then speakers are checked
 * on the matched pairs.
 */
public final class QuoteScorer {

    private static final double MIN_PRED_SHARE = 0.3;

    private record Level(String name, double threshold) {
        boolean exact() {
            return threshold < 0;
        }
    }

    private record Candidate(double coverage, int gold, int pred) {}

    private static final List<Level> LEVELS = List.of(
            new Level("exact", -1), new Level("cov>=0.8", 0.8), new Level("cov>=0.3", 0.3));

    // Python sorts (cov, gi, pi) tuples in reverse: ties go to the later gold unit, then the later prediction.
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::coverage)
            .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::pred).reversed();

    /** Scores the articles of {@code gold} that have a prediction; a later line with the same id replaces one. */
    public ScoreReport score(List<ArticleAttributions> gold, List<ArticleAttributions> predicted, Units units) {
        Map<String, ArticleAttributions> goldById = byId(gold);
        Map<String, ArticleAttributions> predById = byId(predicted);
        List<Counts> counts = new ArrayList<>();
        LEVELS.forEach(l -> counts.add(new Counts(l.name())));
        int scored = 0;
        for (ArticleAttributions g : goldById.values()) {
            ArticleAttributions p = predById.get(g.id());
            if (p == null) {
                continue;
            }
            scored++;
            List<ScoredUnit> goldUnits = UnitSelection.gold(g, units);
            List<ScoredUnit> predUnits = UnitSelection.predicted(p, units);
            for (int i = 0; i < LEVELS.size(); i++) {
                pair(goldUnits, predUnits, LEVELS.get(i), counts.get(i));
            }
        }
        List<LevelScore> levels = counts.stream().map(Counts::toScore).toList();
        return new ScoreReport(units, scored, goldById.size() - scored, levels);
    }

    private static void pair(List<ScoredUnit> gold, List<ScoredUnit> pred, Level level, Counts c) {
        c.gold += gold.size();
        c.predicted += pred.size();
        List<Candidate> candidates = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            ScoredUnit g = gold.get(gi);
            for (int pi = 0; pi < pred.size(); pi++) {
                ScoredUnit p = pred.get(pi);
                if (level.exact()) {
                    if (g.start() == p.start() && g.end() == p.end()) {
                        candidates.add(new Candidate(1.0, gi, pi));
                    }
                    continue;
                }
                int x = g.overlap(p.start(), p.end());
                double coverage = x / (double) Math.max(1, g.end() - g.start());
                double share = x / (double) Math.max(1, p.end() - p.start());
                if (coverage >= level.threshold() && share >= MIN_PRED_SHARE) {
                    candidates.add(new Candidate(coverage, gi, pi));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] predUsed = new boolean[pred.size()];
        for (Candidate cand : candidates) {
            if (goldUsed[cand.gold()] || predUsed[cand.pred()]) {
                continue;
            }
            goldUsed[cand.gold()] = true;
            predUsed[cand.pred()] = true;
            c.matched(gold.get(cand.gold()), pred.get(cand.pred()));
        }
        gold.forEach(g -> c.goldByKind.merge(g.kind(), 1, Integer::sum));
    }

    private static int overlap(TextRange a, TextRange b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    private static Map<String, ArticleAttributions> byId(List<ArticleAttributions> articles) {
        Map<String, ArticleAttributions> out = new LinkedHashMap<>();
        articles.forEach(a -> out.put(a.id(), a));
        return out;
    }

    /** Mutable tallies of one level while scoring; frozen into a {@link LevelScore} at the end. */
    private static final class Counts {
        final String level;
        int gold;
        int predicted;
        int matched;
        int withSource;
        int withoutSource;
        int spanOk;
        int nameOk;
        final Map<String, Integer> goldByKind = new HashMap<>();
        final Map<String, Integer> matchedByKind = new HashMap<>();

        Counts(String level) {
            this.level = level;
        }

        void matched(ScoredUnit g, ScoredUnit p) {
            matched++;
            matchedByKind.merge(g.kind(), 1, Integer::sum);
            if (g.speaker() == null) {
                withoutSource++;
                return;
            }
            withSource++;
            boolean spanRight = p.speaker() != null && overlap(g.speaker(), p.speaker()) > 0;
            boolean nameRight = spanRight || SpeakerWords.share(g.speakerText(), p.speakerText());
            spanOk += spanRight ? 1 : 0;
            nameOk += nameRight ? 1 : 0;
        }

        LevelScore toScore() {
            return new LevelScore(level, gold, predicted, matched, withSource, withoutSource, spanOk, nameOk,
                    goldByKind, matchedByKind);
        }
    }
}
