package io.sourcemark.analysis.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The scores of one run, one {@link LevelScore} per matching level, printable in the reference scorer's layout. */
public record ScoreReport(Units units, int articlesScored, int articlesMissing, List<LevelScore> levels) {

    private static final List<String> KINDS = List.of("direct", "mixed", "indirect");

    public ScoreReport {
        levels = List.copyOf(levels);
    }

    /** The level with this name ("exact", "cov>=0.8", "cov>=0.3"). */
    public LevelScore level(String name) {
        return levels.stream().filter(l -> l.level().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No level " + name));
    }

    /** The report as lines, character for character what score_quotes.py prints for the same files. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("articles scored: " + articlesScored + " (missing predictions for " + articlesMissing
                + "); units=" + units.label());
        for (LevelScore l : levels) {
            StringBuilder kinds = new StringBuilder();
            for (String k : KINDS) {
                int g = l.goldByKind().getOrDefault(k, 0);
                if (g != 0) {
                    if (kinds.length() > 0) {
                        kinds.append(' ');
                    }
                    kinds.append(k).append(':').append(l.matchedByKind().getOrDefault(k, 0)).append('/').append(g);
                }
            }
            out.add(String.format(Locale.ROOT, "[%-8s] gold=%d pred=%d tp=%d  P=%s R=%s F1=%s | "
                            + "speaker acc on matched (n=%d): span=%s name/span=%s | "
                            + "quote+speaker P=%s R=%s F1=%s | recall by gold kind %s",
                    l.level(), l.gold(), l.predicted(), l.matched(), fixed3(l.precision()), fixed3(l.recall()),
                    fixed3(l.f1()), l.matchedWithSource(), fixed3(l.speakerSpanAccuracy()),
                    fixed3(l.speakerNameAccuracy()), fixed3(l.quoteSpeakerPrecision()),
                    fixed3(l.quoteSpeakerRecall()), fixed3(l.quoteSpeakerF1()), kinds));
        }
        return out;
    }

    // Python's "{:.3f}" rounds the exact binary value half-even; BigDecimal(double) does the same.
    static String fixed3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
