package io.sourcemark.analysis;

import java.util.List;

/** Platt scaling of raw scores into probabilities, and the threshold that gives the best F1 of the positive class. */
final class Calibration {

    private Calibration() {
    }

    /** slope a and intercept b of p = sigmoid(a * raw + b), fitted by Newton's method on the log-loss. */
    static double[] platt(List<Double> raw, List<Boolean> labels) {
        double a = 1;
        double b = 0;
        for (int it = 0; it < 50; it++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-9;
            double hab = 0;
            double hbb = 1e-9;
            for (int i = 0; i < raw.size(); i++) {
                double x = raw.get(i);
                double p = LogisticRegression.sigmoid(a * x + b);
                double err = p - (labels.get(i) ? 1 : 0);
                double h = p * (1 - p);
                ga += err * x;
                gb += err;
                haa += h * x * x;
                hab += h * x;
                hbb += h;
            }
            double det = haa * hbb - hab * hab;
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new double[] {a, b};
    }

    /**
     * The threshold of calibrated probabilities for the best F1 of the positive class: half the best F1 reached.
     * For calibrated scores the F1-optimal cut is F1* / 2 (Lipton et al., 2014); taking it from the best F1 rather
     * than from the arg-max of a flat, noisy F1 curve gives a cut that moves little from one set of folds to another.
     */
    static double f1Threshold(List<Double> probabilities, List<Boolean> labels) {
        return Math.round(bestF1(probabilities, labels) * 50) / 100.0;
    }

    /** The best F1 of the positive class over cuts 0.05, 0.06 … 0.95. */
    static double bestF1(List<Double> probabilities, List<Boolean> labels) {
        double t = bestThreshold(probabilities, labels);
        int positives = (int) labels.stream().filter(l -> l).count();
        int tp = 0;
        int predicted = 0;
        for (int i = 0; i < probabilities.size(); i++) {
            if (probabilities.get(i) >= t) {
                predicted++;
                tp += labels.get(i) ? 1 : 0;
            }
        }
        return 2.0 * tp / Math.max(1, predicted + positives);
    }

    /** The probability threshold (among the scores seen) that maximises F1 of the positive class. */
    static double bestThreshold(List<Double> probabilities, List<Boolean> labels) {
        int positives = (int) labels.stream().filter(l -> l).count();
        double best = 0.5;
        double bestF1 = -1;
        for (int step = 5; step <= 95; step++) {
            double t = step / 100.0;
            int tp = 0;
            int predicted = 0;
            for (int i = 0; i < probabilities.size(); i++) {
                if (probabilities.get(i) >= t) {
                    predicted++;
                    tp += labels.get(i) ? 1 : 0;
                }
            }
            double f1 = 2.0 * tp / Math.max(1, predicted + positives);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t;
            }
        }
        return best;
    }
}
