package io.sourcemark.analysis;

import java.util.List;

/**
 * L2-regularised logistic regression over binary features, fitted by full-batch gradient descent with Adam steps.
 * No random numbers: the same examples in the same order give the same weights.
 */
final class LogisticRegression {

    /** One example: the indices of its features (each present once) and its label. */
    record Example(int[] features, boolean positive) {}

    private final double l2;
    private final int iterations;

    LogisticRegression(double l2, int iterations) {
        this.l2 = l2;
        this.iterations = iterations;
    }

    /** Weights for features 0..dimension-1, then the bias at index dimension. */
    double[] fit(List<Example> examples, int dimension) {
        return fit(examples, dimension, null);
    }

    /** As {@link #fit(List, int)}, with the L2 penalty of feature j multiplied by scale[j] (null: all 1). */
    double[] fit(List<Example> examples, int dimension, double[] scale) {
        int n = examples.size();
        double[] w = new double[dimension + 1];
        double[] m = new double[dimension + 1];
        double[] v = new double[dimension + 1];
        double[] g = new double[dimension + 1];
        double rate = 0.05;
        double beta1 = 0.9;
        double beta2 = 0.999;
        for (int it = 1; it <= iterations; it++) {
            java.util.Arrays.fill(g, 0);
            for (Example e : examples) {
                double err = sigmoid(score(w, e.features(), dimension)) - (e.positive() ? 1 : 0);
                for (int f : e.features()) {
                    g[f] += err / n;
                }
                g[dimension] += err / n;
            }
            for (int j = 0; j < dimension; j++) {
                g[j] += l2 * (scale == null ? 1 : scale[j]) * w[j];
            }
            double c1 = 1 - Math.pow(beta1, it);
            double c2 = 1 - Math.pow(beta2, it);
            for (int j = 0; j <= dimension; j++) {
                m[j] = beta1 * m[j] + (1 - beta1) * g[j];
                v[j] = beta2 * v[j] + (1 - beta2) * g[j] * g[j];
                w[j] -= rate * (m[j] / c1) / (Math.sqrt(v[j] / c2) + 1e-8);
            }
        }
        return w;
    }

    static double score(double[] w, int[] features, int dimension) {
        double z = w[dimension];
        for (int f : features) {
            z += w[f];
        }
        return z;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
