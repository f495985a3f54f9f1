package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a claim model: logistic regression on the features of labelled sentences, then a calibration (Platt
 * scaling) and a threshold chosen on scores the model gave to articles it was not fitted on (inner folds).
 */
final class ClaimFitter {

    /** An article ready for fitting: its parse, the engine's sentences, the gold sentences and their features. */
    record Prepared(String id, ClaimContext context, List<TextRange> claimSentences, List<TextRange> goldRanges,
                    List<List<String>> features, boolean[] labels) {}

    static final double L2 = 0.03;
    static final int ITERATIONS = 1000;
    static final int MIN_COUNT = 2;
    /** Words and word pairs are many and each is rare: they are held back five times harder than word classes. */
    static final double WORD_L2 = 20;
    private static final int INNER_FOLDS = 5;

    ClaimModel train(List<Prepared> articles) {
        int[] fold = ClaimTraining.folds(articles.size(), INNER_FOLDS, ClaimTraining.SEED);
        List<double[]> outOfFold = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            outOfFold.add(null);
        }
        for (int k = 0; k < INNER_FOLDS; k++) {
            List<Prepared> training = new ArrayList<>();
            for (int i = 0; i < articles.size(); i++) {
                if (fold[i] != k) {
                    training.add(articles.get(i));
                }
            }
            ClaimModel model = fit(training);
            for (int i = 0; i < articles.size(); i++) {
                if (fold[i] == k) {
                    Prepared p = articles.get(i);
                    double[] raw = new double[p.features().size()];
                    for (int j = 0; j < raw.length; j++) {
                        raw[j] = model.raw(p.features().get(j));
                    }
                    outOfFold.set(i, raw);
                }
            }
        }
        List<Double> raw = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = 0; j < outOfFold.get(i).length; j++) {
                raw.add(outOfFold.get(i)[j]);
                labels.add(articles.get(i).labels()[j]);
            }
        }
        double[] platt = Calibration.platt(raw, labels);
        ClaimModel calibrated = fit(articles).withCalibration(platt[0], platt[1], 0.5);
        double threshold = Calibration.f1Threshold(raw.stream().map(calibrated::probability).toList(), labels);
        return calibrated.withCalibration(platt[0], platt[1], threshold);
    }

    /** Logistic regression on every sentence of the articles, features seen fewer than MIN_COUNT times dropped. */
    ClaimModel fit(List<Prepared> articles) {
        Map<String, Integer> counts = new HashMap<>();
        for (Prepared p : articles) {
            for (List<String> f : p.features()) {
                f.stream().distinct().forEach(x -> counts.merge(x, 1, Integer::sum));
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT).map(Map.Entry::getKey).sorted()
                .forEach(f -> index.put(f, index.size()));
        List<LogisticRegression.Example> examples = new ArrayList<>();
        for (Prepared p : articles) {
            for (int j = 0; j < p.features().size(); j++) {
                int[] ids = p.features().get(j).stream().distinct().filter(index::containsKey)
                        .mapToInt(index::get).toArray();
                examples.add(new LogisticRegression.Example(ids, p.labels()[j]));
            }
        }
        double[] scale = new double[index.size()];
        index.forEach((f, i) -> scale[i] = f.startsWith("w=") || f.startsWith("b=") || f.startsWith("x=") || f.startsWith("first=") ? WORD_L2 : 1);
        double[] w = new LogisticRegression(L2, ITERATIONS).fit(examples, index.size(), scale);
        Map<String, Double> weights = new HashMap<>();
        index.forEach((f, i) -> {
            if (w[i] != 0) {
                weights.put(f, w[i]);
            }
        });
        return new ClaimModel(weights, w[index.size()], 1, 0, 0.5);
    }
}
