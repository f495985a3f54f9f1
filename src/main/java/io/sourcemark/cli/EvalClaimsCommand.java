package io.sourcemark.cli;

import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.Analyzer;
import io.sourcemark.analysis.ClaimTraining;
import io.sourcemark.analysis.DetectedClaim;
import io.sourcemark.analysis.eval.ClaimGoldReader;
import io.sourcemark.analysis.eval.ClaimPredictionReader;
import io.sourcemark.analysis.eval.ClaimScorer;
import io.sourcemark.analysis.eval.EvalFileException;
import io.sourcemark.analysis.eval.ScoredClaim;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval-claims GOLD} runs the engine on every gold text and prints the line of score_claims.py. */
@Command(name = "eval-claims", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"Scores the engine's check-worthy claims against gold sentence labels (JSON lines or a JSON "
                + "array of id, text, sentences).", "Prints the line of score_claims.py: P/R/F1 of check-worthy "
                + "sentences and accuracy."})
public final class EvalClaimsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold sentence labels.")
    private Path gold;

    @Option(names = "--pred", paramLabel = "PRED.jsonl",
            description = "Score the claims of this prediction file (analyze --jsonl output) instead of running "
                    + "the engine.")
    private Path predictions;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "0",
            description = "Count only claims scored at least T (default: ${DEFAULT-VALUE}).")
    private double threshold;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Threads for the analysis (default: ${DEFAULT-VALUE}).")
    private int threads;

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Analyzer> analyzers;

    public EvalClaimsCommand(PrintStream out, PrintStream err) {
        this(out, err, Analyzer::load);
    }

    /** For callers that already hold a loaded engine. */
    public EvalClaimsCommand(PrintStream out, PrintStream err, Supplier<Analyzer> analyzers) {
        this.out = out;
        this.err = err;
        this.analyzers = analyzers;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!Threads.usable(threads, err)) {
            return ExitCodes.USAGE;
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            err.println("--threshold is a score from 0 to 1, not “" + threshold + "”.");
            return ExitCodes.USAGE;
        }
        try {
            List<ClaimTraining.Article> articles = new ClaimGoldReader().read(gold);
            if (articles.isEmpty()) {
                err.println(gold + " holds no article: give a file of JSON lines, one article a line.");
                return ExitCodes.CANNOT_RUN;
            }
            Map<String, List<ScoredClaim>> predicted = predictions != null
                    ? new ClaimPredictionReader().read(predictions) : run(articles);
            if (predicted == null) {
                return ExitCodes.CANNOT_RUN;
            }
            out.println(new ClaimScorer().score(articles, predicted, threshold).line());
            out.flush();
            return ExitCodes.OK;
        } catch (EvalFileException e) {
            err.println(e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
    }

    /** The engine's claims for every gold article, or null when the engine cannot load. */
    private Map<String, List<ScoredClaim>> run(List<ClaimTraining.Article> articles) throws InterruptedException {
        Analyzer analyzer;
        try {
            analyzer = analyzers.get();
        } catch (UncheckedIOException e) {
            err.println("Cannot load the language models: " + e.getMessage());
            return null;
        }
        Map<String, List<ScoredClaim>> predicted = new HashMap<>();
        long t0 = System.nanoTime();
        long characters = 0;
        try (OrderedBatch<ClaimTraining.Article, Analysis> batch = new OrderedBatch<>(threads,
                a -> analyzer.analyze(a.text()), (a, analysis) -> predicted.put(a.id(), scored(analysis)),
                (a, cause) -> err.println(a.id() + ": the analysis failed (" + cause + "); article not scored"))) {
            for (ClaimTraining.Article a : articles) {
                characters += a.text().length();
                batch.submit(a);
            }
            batch.finish();
        }
        err.printf(Locale.ROOT, "analysed %d articles (%d characters) in %.2f s%n", predicted.size(), characters,
                (System.nanoTime() - t0) / 1e9);
        return predicted;
    }

    private static List<ScoredClaim> scored(Analysis analysis) {
        return analysis.claims().stream().map(EvalClaimsCommand::scored).toList();
    }

    private static ScoredClaim scored(DetectedClaim c) {
        return new ScoredClaim(c.range(), c.score());
    }
}
