package io.sourcemark.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sourcemark.model.TextRange;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The measures of score_quotes.py on the dev gold: quotation-mark units at exact offsets, attribution contents at
 * coverage ≥ 0.3, one-to-one greedy pairing, and how often the speaker mention overlaps the gold source.
 */
final class GoldScorer {

    record Unit(int start, int end, TextRange speaker) {}

    record Score(int gold, int predicted, int matched, int withSource, int speakerRight) {
        double precision() {
            return matched / (double) Math.max(1, predicted);
        }

        double recall() {
            return matched / (double) Math.max(1, gold);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double speakerAccuracy() {
            return speakerRight / (double) Math.max(1, withSource);
        }

        Score plus(Score o) {
            return new Score(gold + o.gold, predicted + o.predicted, matched + o.matched, withSource + o.withSource,
                    speakerRight + o.speakerRight);
        }
    }

    record Article(String id, String text, JsonNode quotes) {}

    static List<Article> load(String resource) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (InputStream in = GoldScorer.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode n = json.readTree(line);
                    out.add(new Article(n.get("id").asText(), n.get("text").asText(), n.get("quotes")));
                }
            }
        }
        return out;
    }

    /** Quotation-mark units: gold quoted spans of direct and mixed records; predicted quoted spans. */
    static Score direct(Article a, Analysis analysis) {
        List<Unit> gold = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode q : a.quotes()) {
            if (q.get("kind").asText().equals("indirect")) {
                continue;
            }
            for (JsonNode s : q.get("quoted_spans")) {
                if (seen.add(s.get(0).asInt() + ":" + s.get(1).asInt())) {
                    gold.add(new Unit(s.get(0).asInt(), s.get(1).asInt(), source(q)));
                }
            }
        }
        List<Unit> predicted = new ArrayList<>();
        for (DetectedQuote q : analysis.quotes()) {
            for (TextRange r : q.kind() == QuoteKind.INDIRECT ? List.<TextRange>of() : q.quotedSpans()) {
                predicted.add(new Unit(r.start(), r.end(), q.speakerMention()));
            }
        }
        return pair(gold, predicted, 1.0);
    }

    /** Attribution contents of every kind, matched at coverage ≥ 0.3 both ways. */
    static Score all(Article a, Analysis analysis) {
        List<Unit> gold = new ArrayList<>();
        for (JsonNode q : a.quotes()) {
            gold.add(new Unit(q.get("start").asInt(), q.get("end").asInt(), source(q)));
        }
        List<Unit> predicted = analysis.quotes().stream()
                .map(q -> new Unit(q.range().start(), q.range().end(), q.speakerMention())).toList();
        return pair(gold, predicted, 0.3);
    }

    private static TextRange source(JsonNode q) {
        JsonNode s = q.get("speaker_start");
        return s == null || s.isNull() ? null : new TextRange(s.asInt(), q.get("speaker_end").asInt());
    }

    private record Candidate(double coverage, int gold, int predicted) {}

    private static Score pair(List<Unit> gold, List<Unit> predicted, double threshold) {
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                Unit gu = gold.get(g);
                Unit pu = predicted.get(p);
                int inter = Math.max(0, Math.min(gu.end(), pu.end()) - Math.max(gu.start(), pu.start()));
                double cov = inter / (double) Math.max(1, gu.end() - gu.start());
                double prec = inter / (double) Math.max(1, pu.end() - pu.start());
                boolean exact = gu.start() == pu.start() && gu.end() == pu.end();
                if (threshold >= 1.0 ? exact : cov >= threshold && prec >= 0.3) {
                    candidates.add(new Candidate(cov, g, p));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::coverage).reversed());
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        int matched = 0;
        int withSource = 0;
        int right = 0;
        for (Candidate c : candidates) {
            if (usedGold.contains(c.gold()) || usedPred.contains(c.predicted())) {
                continue;
            }
            usedGold.add(c.gold());
            usedPred.add(c.predicted());
            matched++;
            TextRange gs = gold.get(c.gold()).speaker();
            if (gs != null) {
                withSource++;
                TextRange ps = predicted.get(c.predicted()).speaker();
                if (ps != null && ps.overlaps(gs)) {
                    right++;
                }
            }
        }
        return new Score(gold.size(), predicted.size(), matched, withSource, right);
    }
}
