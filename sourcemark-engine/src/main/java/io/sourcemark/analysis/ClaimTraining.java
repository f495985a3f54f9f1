package io.sourcemark.analysis;

import io.sourcemark.model.ClaimCategory;
import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains the check-worthiness model on labelled articles and measures it by cross-validation over articles, so
 * that no article is scored by a model that saw it. Deterministic: the folds come from a fixed seed and the fit
 * uses no random numbers.
 */
public final class ClaimTraining {

    /** A labelled sentence of a gold article. */
    public record Sentence(TextRange range, boolean checkWorthy) {}

    /** A gold article: its id, body and labelled sentences. */
    public record Article(String id, String text, List<Sentence> sentences) {

        public Article {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * What cross-validation gives for one article: the claims the engine suggests with the model of the folds that
     * left this article out, that model's calibrated score of every gold sentence, and the category the engine
     * gives each gold sentence.
     */
    public record HeldOut(String id, List<DetectedClaim> claims, double[] goldScores,
                          List<ClaimCategory> goldCategories) {

        public HeldOut {
            goldScores = goldScores.clone();
            goldCategories = List.copyOf(goldCategories);
        }
    }

    public static final int FOLDS = 5;
    static final long SEED = 11;

    private final Analyzer parser;
    private final ClaimFitter fitter = new ClaimFitter();
    private final ClaimLexicon lexicon = new ClaimLexicon();
    private final ClaimCategories categories = new ClaimCategories(lexicon);

    public ClaimTraining(AnalyzerModels models) {
        this.parser = new Analyzer(models);
    }

    /** The model fitted on every article, calibrated on its own inner cross-validation. */
    public ClaimModel train(List<Article> articles) {
        return fitter.train(prepare(articles));
    }

    /** Each article scored by the model trained on the other folds (folds of whole articles, fixed seed). */
    public List<HeldOut> crossValidate(List<Article> articles) {
        List<ClaimFitter.Prepared> prepared = prepare(articles);
        int[] fold = folds(prepared.size(), FOLDS, SEED);
        List<HeldOut> out = new ArrayList<>();
        for (int i = 0; i < prepared.size(); i++) {
            out.add(null);
        }
        for (int k = 0; k < FOLDS; k++) {
            List<ClaimFitter.Prepared> training = new ArrayList<>();
            for (int i = 0; i < prepared.size(); i++) {
                if (fold[i] != k) {
                    training.add(prepared.get(i));
                }
            }
            ClaimModel model = fitter.train(training);
            ClaimDetector detector = new ClaimDetector(model);
            for (int i = 0; i < prepared.size(); i++) {
                if (fold[i] == k) {
                    ClaimFitter.Prepared p = prepared.get(i);
                    double[] scores = detector.scores(p.context(), p.goldRanges());
                    for (int j = 0; j < scores.length; j++) {
                        scores[j] = model.probability(scores[j]);
                    }
                    List<ClaimCategory> categories = p.goldRanges().stream()
                            .map(r -> this.categories.of(p.context(), r)).toList();
                    out.set(i, new HeldOut(p.id(), detector.claims(p.context(), p.claimSentences()), scores,
                            categories));
                }
            }
        }
        return out;
    }

    /** Article i goes to fold folds[i]: a seeded shuffle dealt round the folds. */
    static int[] folds(int n, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order.get(i)] = i % k;
        }
        return fold;
    }

    private List<ClaimFitter.Prepared> prepare(List<Article> articles) {
        ClaimFeatures features = new ClaimFeatures(lexicon);
        List<ClaimFitter.Prepared> out = new ArrayList<>();
        for (Article a : articles) {
            Analyzer.Parsed parsed = parser.parse(a.text());
            List<TextRange> ranges = a.sentences().stream().map(Sentence::range).toList();
            List<List<String>> f = features.of(parsed.context(), ranges);
            boolean[] labels = new boolean[ranges.size()];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = a.sentences().get(i).checkWorthy();
            }
            out.add(new ClaimFitter.Prepared(a.id(), parsed.context(), parsed.claimSentences(), ranges, f, labels));
        }
        return out;
    }
}
