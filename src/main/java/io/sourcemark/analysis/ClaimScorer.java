package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores sentences for check-worthiness from what can be checked in them: numbers, quantities and money, dates,
 * comparisons and records, causal and legal assertions, named events. Questions, greetings and first-person
 * feelings score low. A sentence inside an attribution is credited to that attribution's speaker.
 */
final class ClaimScorer {

    static final double THRESHOLD = 0.4;

    private static final Set<String> MAGNITUDES = Set.of("percent", "billion", "million", "thousand",
            "hundreds", "dozens", "trillion", "thousands", "millions", "billions");
    private static final Set<String> DATES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Set<String> COMPARISONS = Set.of("largest", "highest", "lowest", "biggest",
            "smallest", "first", "only", "most", "least", "record", "unprecedented", "doubled", "tripled", "halved",
            "increase", "increased", "increases", "decrease", "decreased", "decreases", "rose", "fell", "grew",
            "declined", "surged", "dropped", "than");
    private static final Set<String> CAUSES = Set.of("because", "due", "cause", "caused", "causing", "led",
            "leads", "result", "resulted", "results", "therefore", "consequently", "responsible", "blamed");
    private static final Set<String> LEGAL = Set.of("illegal", "unlawful", "law", "laws", "legal", "violate",
            "violated", "violates", "violation", "violations", "unconstitutional", "court", "charged", "sentenced",
            "convicted", "banned", "ban", "sanction", "sanctions", "resolution", "resolutions", "treaty",
            "indicted", "immunity", "subpoena", "subpoenaed", "impeach", "impeachment", "impeached");
    private static final Set<String> EVENTS = Set.of("summit", "conference", "war", "act", "agreement", "accord",
            "election", "plan", "treaty", "convention", "games", "council");
    private static final Set<String> HARM = Set.of("killed", "died", "dead", "injured", "wounded", "arrested",
            "death", "deaths");
    private static final Set<String> FEELINGS = Set.of("think", "hope", "believe", "feel", "sorry");
    private static final Set<String> GREETINGS = Set.of("thank", "thanks", "good", "hello", "hi", "yeah", "okay",
            "ok", "all", "go");

    List<DetectedClaim> claims(String text, List<TextRange> sentences, List<DetectedQuote> quotes) {
        List<DetectedClaim> out = new ArrayList<>();
        int q = 0;
        for (TextRange s : sentences) {
            String sentence = s.of(text);
            if (sentence.length() < 25 || words(sentence) < 6) {
                continue;
            }
            double score = score(sentence);
            if (score < THRESHOLD) {
                continue;
            }
            while (q < quotes.size() && quotes.get(q).range().end() <= s.start()) {
                q++;
            }
            int speaker = -1;
            String name = null;
            for (int k = q; k < quotes.size() && quotes.get(k).range().start() < s.end(); k++) {
                DetectedQuote dq = quotes.get(k);
                if (dq.speakerIndex() >= 0 && dq.fragments().stream().anyMatch(f -> f.overlaps(s))) {
                    speaker = dq.speakerIndex();
                    name = dq.speakerName();
                    break;
                }
            }
            out.add(new DetectedClaim(s, score, speaker, name));
        }
        return out;
    }

    private static int words(String s) {
        int n = 0;
        for (String w : s.split("\\s+")) {
            if (w.length() > 1 && Character.isLowerCase(w.charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /** 1 − Π(1 − w) over the features present, damped for questions and feelings, in [0, 1]. */
    static double score(String sentence) {
        boolean digit = false;
        boolean money = false;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            digit |= Character.isDigit(c);
            money |= c == '$' || c == '\u20AC' || c == '\u00A3' || c == '%';
        }
        boolean[] seen = new boolean[8];
        boolean low = false;
        String prev = "";
        boolean first = true;
        for (String raw : sentence.split("[^\\p{L}\\p{N}']+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String w = raw.toLowerCase(Locale.ROOT);
            seen[0] |= MAGNITUDES.contains(w) || money;
            seen[1] |= DATES.contains(w) && Character.isUpperCase(raw.charAt(0))
                    || w.length() == 4 && (w.startsWith("19") || w.startsWith("20"))
                    && w.chars().allMatch(Character::isDigit);
            seen[2] |= COMPARISONS.contains(w);
            seen[3] |= CAUSES.contains(w);
            seen[4] |= LEGAL.contains(w);
            seen[5] |= EVENTS.contains(w) && Character.isUpperCase(raw.charAt(0)) && !first;
            seen[6] |= HARM.contains(w);
            low |= first && GREETINGS.contains(w) || (prev.equals("i") || prev.equals("we")) && FEELINGS.contains(w);
            prev = w;
            first = false;
        }
        double keep = digit ? 1 - 0.35 : 1.0;
        double[] weights = {0.3, 0.2, 0.25, 0.2, 0.25, 0.15, 0.2};
        for (int k = 0; k < weights.length; k++) {
            if (seen[k]) {
                keep *= 1 - weights[k];
            }
        }
        double score = 1 - keep;
        String trimmed = sentence.strip();
        if (low || trimmed.endsWith("?") || trimmed.endsWith("?\u201D") || trimmed.endsWith("?\"")) {
            score *= 0.5;
        }
        return Math.max(0, Math.min(1, Math.round(score * 1000) / 1000.0));
    }
}
