package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Scores sentences for check-worthiness from what can be checked in them: numbers, quantities and money, dates,
 * comparisons and records, causal and legal assertions, named events. Questions, greetings and first-person
 * feelings score low. A sentence inside an attribution is credited to that attribution's speaker.
 */
final class ClaimScorer {

    static final double THRESHOLD = 0.4;

    private record Feature(Pattern pattern, double weight) {}

    private static final List<Feature> FEATURES = List.of(
            new Feature(Pattern.compile("\\d"), 0.35),
            new Feature(Pattern.compile("(?i)\\b(percent|per cent|%|billion|million|thousand|hundreds|dozens|"
                    + "trillion)\\b|[$€£¥]\\s?\\d"), 0.3),
            new Feature(Pattern.compile("\\b(January|February|March|April|May|June|July|August|September|October|"
                    + "November|December|(19|20)\\d\\d)\\b"), 0.2),
            new Feature(Pattern.compile("(?i)\\b(more|less|fewer|greater|higher|lower|larger|smaller|bigger) than\\b"
                    + "|\\b(largest|highest|lowest|biggest|smallest|first|last|only|most|least|record|"
                    + "unprecedented|doubled|tripled|halved|increase[ds]?|decrease[ds]?|rose|fell|grew|"
                    + "declined|surged|dropped)\\b"), 0.25),
            new Feature(Pattern.compile("(?i)\\b(because|due to|caused?|causing|led to|leads to|result(ed|s)? in|"
                    + "as a result|therefore|consequently|responsible for|blamed)\\b"), 0.2),
            new Feature(Pattern.compile("(?i)\\b(illegal|unlawful|law|laws|legal|violat\\w*|unconstitutional|court|"
                    + "charged|sentenced|convicted|banned|ban|sanctions?|resolutions?|treaty|indicted|immunity|"
                    + "subpoena\\w*|impeach\\w*)\\b"), 0.25),
            new Feature(Pattern.compile("\\b\\p{Lu}\\w+ (Summit|Conference|War|Act|Agreement|Accord|Election|"
                    + "Plan|Treaty|Convention|Games|Council)\\b"), 0.15),
            new Feature(Pattern.compile("(?i)\\b(killed|died|dead|injured|wounded|arrested|deaths?)\\b"), 0.2));
    private static final Pattern LOW = Pattern.compile(
            "(?i)^(thank|thanks|good morning|hello|hi\\b|yeah|okay|ok\\b|all right|go ahead)|\\?\\s*[\"”’]?$"
                    + "|\\b(I think|I hope|I believe|we hope|I feel|I'm sorry|I am sorry)\\b");

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
        double keep = 1.0;
        for (Feature f : FEATURES) {
            if (f.pattern().matcher(sentence).find()) {
                keep *= 1 - f.weight();
            }
        }
        double score = 1 - keep;
        if (LOW.matcher(sentence.strip()).find()) {
            score *= 0.5;
        }
        return Math.max(0, Math.min(1, Math.round(score * 1000) / 1000.0));
    }
}
