package io.sourcemark.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The check-worthiness model: a weight per feature and a bias (logistic regression), a calibration that maps the
 * raw score to the share of such sentences that are check-worthy, and the threshold above which a sentence is
 * suggested as a claim. Immutable; written and read as tab-separated text.
 */
public final class ClaimModel {

    static final String RESOURCE = "/io/sourcemark/analysis/claim-model.tsv";

    private final Map<String, Double> weights;
    private final double bias;
    private final double slope;
    private final double intercept;
    private final double threshold;

    ClaimModel(Map<String, Double> weights, double bias, double slope, double intercept, double threshold) {
        this.weights = new HashMap<>(weights); // a HashMap looks up faster than Map.copyOf's probing table
        this.bias = bias;
        this.slope = slope;
        this.intercept = intercept;
        this.threshold = threshold;
    }

    /** The model shipped with the engine. */
    public static ClaimModel load() {
        try (InputStream in = ClaimModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("Missing claim model " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the claim model from the classpath", e);
        }
    }

    /** The sum of the weights of the features present (each counted once) and the bias. */
    double raw(Collection<String> features) {
        Set<String> seen = new HashSet<>(features.size() * 2);
        double z = bias;
        for (String f : features) {
            if (seen.add(f)) {
                z += weights.getOrDefault(f, 0.0);
            }
        }
        return z;
    }

    /** The calibrated probability that a sentence with this raw score is check-worthy. */
    double probability(double raw) {
        return LogisticRegression.sigmoid(slope * raw + intercept);
    }

    double threshold() {
        return threshold;
    }

    ClaimModel withCalibration(double slope, double intercept, double threshold) {
        return new ClaimModel(weights, bias, slope, intercept, threshold);
    }

    /** The model as text, features sorted, so the same training gives the same bytes. */
    public String write() {
        StringBuilder out = new StringBuilder();
        out.append("# Sourcemark check-worthiness model: logistic regression over sentence features\n");
        out.append(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
        out.append(String.format(Locale.ROOT, "calibration\t%.6f\t%.6f%n", slope, intercept));
        out.append(String.format(Locale.ROOT, "threshold\t%.4f%n", threshold));
        new TreeMap<>(weights).forEach((f, w) -> out.append(String.format(Locale.ROOT, "w\t%s\t%.6f%n", f, w)));
        return out.toString();
    }

    static ClaimModel read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Double> weights = new HashMap<>();
        double bias = 0;
        double slope = 1;
        double intercept = 0;
        double threshold = 0.5;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            try {
                switch (cells.get(0)) {
                    case "bias" -> bias = Double.parseDouble(cells.get(1));
                    case "calibration" -> {
                        slope = Double.parseDouble(cells.get(1));
                        intercept = Double.parseDouble(cells.get(2));
                    }
                    case "threshold" -> threshold = Double.parseDouble(cells.get(1));
                    case "w" -> weights.put(cells.get(1), Double.parseDouble(cells.get(2)));
                    default -> throw new IOException("Unknown line in the claim model: " + line);
                }
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw new IOException("Malformed line in the claim model: " + line, e);
            }
        }
        return new ClaimModel(weights, bias, slope, intercept, threshold);
    }
}
