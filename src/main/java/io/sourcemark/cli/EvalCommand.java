package io.sourcemark.cli;

import io.sourcemark.analysis.eval.Predictions;

import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.Analyzer;
import io.sourcemark.analysis.eval.ArticleAttributions;
import io.sourcemark.analysis.eval.AttributionReader;
import io.sourcemark.analysis.eval.EvalFileException;
import io.sourcemark.analysis.eval.QuoteScorer;
import io.sourcemark.analysis.eval.Units;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval GOLD.jsonl…} runs the engine on every gold text and prints the measures of score_quotes.py, one block
 * per gold file (headed by its name when there are several).
 */
@Command(name = "eval", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"Scores the engine against gold attributions (JSON lines with id, text, quotes).",
            "Prints the measures for --units direct and --units all in the layout of score_quotes.py,",
            "for each gold file in turn."})
public final class EvalCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD.jsonl", description = "Gold attributions (one or more files).")
    private List<Path> golds;

    @Option(names = "--units", paramLabel = "UNITS", split = ",",
            description = "direct, all, or both (default: both).")
    private List<String> units = List.of("direct", "all");

    @Option(names = "--pred", paramLabel = "PRED.jsonl",
            description = "Score this prediction file instead of running the engine (one gold file only).")
    private Path predictions;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Threads for the analysis (default: ${DEFAULT-VALUE}).")
    private int threads;

    static final String WITHOUT_TURNS = "direct units again, turns without quotation marks (note \"interview\") "
            + "left out of the predictions:";

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Analyzer> analyzers;
    private final AttributionReader reader = new AttributionReader();
    private Analyzer analyzer;

    public EvalCommand(PrintStream out, PrintStream err) {
        this(out, err, Analyzer::load);
    }

    /** For callers that already hold a loaded engine. */
    public EvalCommand(PrintStream out, PrintStream err, Supplier<Analyzer> analyzers) {
        this.out = out;
        this.err = err;
        this.analyzers = analyzers;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!Threads.usable(threads, err)) {
            return ExitCodes.USAGE;
        }
        List<Units> chosen = new ArrayList<>();
        for (String u : units) {
            switch (u.toLowerCase(Locale.ROOT)) {
                case "direct" -> chosen.add(Units.DIRECT);
                case "all" -> chosen.add(Units.ALL);
                case "both" -> chosen.addAll(List.of(Units.DIRECT, Units.ALL));
                default -> {
                    err.println("Unknown units '" + u + "': use direct, all or both.");
                    return ExitCodes.USAGE;
                }
            }
        }
        if (predictions != null && golds.size() > 1) {
            err.println("--pred scores one gold file: give only the gold file the predictions were made from.");
            return ExitCodes.USAGE;
        }
        try {
            for (int g = 0; g < golds.size(); g++) {
                if (g > 0) {
                    out.println();
                }
                if (golds.size() > 1) {
                    out.println("== " + golds.get(g));
                }
                if (!scoreOne(golds.get(g), chosen)) {
                    return 1;
                }
            }
            out.flush();
            return 0;
        } catch (EvalFileException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** Prints the blocks of one gold file; false when the engine cannot load. */
    private boolean scoreOne(Path gold, List<Units> chosen) throws EvalFileException, InterruptedException {
        List<ArticleAttributions> goldArticles = reader.read(gold);
        if (goldArticles.isEmpty()) {
            throw new EvalFileException(gold + " holds no article: give a file of JSON lines, one article a line.");
        }
        List<ArticleAttributions> predicted = predictions != null ? reader.read(predictions) : run(goldArticles);
        if (predicted == null) {
            return false;
        }
        QuoteScorer scorer = new QuoteScorer();
        for (int i = 0; i < chosen.size(); i++) {
            if (i > 0) {
                out.println();
            }
            scorer.score(goldArticles, predicted, chosen.get(i)).lines().forEach(out::println);
        }
        if (chosen.contains(Units.DIRECT)) {
            // score_quotes.py counts a direct record without quotation marks (a transcript or interview turn)
            // as one direct unit, while gold turns give none; after the reference layout, the quotes alone:
            out.println();
            out.println(WITHOUT_TURNS);
            scorer.score(goldArticles, Predictions.withoutTurns(predicted), Units.DIRECT).lines()
                    .forEach(out::println);
        }
        return true;
    }

    /** The engine's predictions for every gold article with a text, or null when the engine cannot load. */
    private List<ArticleAttributions> run(List<ArticleAttributions> goldArticles) throws InterruptedException {
        if (analyzer == null) {
            try {
                analyzer = analyzers.get();
            } catch (UncheckedIOException e) {
                err.println("Cannot load the language models: " + e.getMessage());
                return null;
            }
        }
        List<ArticleAttributions> predicted = new ArrayList<>();
        long t0 = System.nanoTime();
        long characters = 0;
        try (OrderedBatch<ArticleAttributions, Analysis> batch = new OrderedBatch<>(threads,
                a -> analyzer.analyze(a.text()), (a, analysis) -> predicted.add(Predictions.of(a.id(), analysis)),
                (a, cause) -> err.println(a.id() + ": the analysis failed (" + cause + "); article not scored"))) {
            for (ArticleAttributions a : goldArticles) {
                if (a.text() == null) {
                    err.println(a.id() + ": no \"text\" in the gold line; article not scored");
                    continue;
                }
                characters += a.text().length();
                batch.submit(a);
            }
            batch.finish();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "analysed %d articles (%d characters) in %.2f s%n", predicted.size(), characters,
                seconds);
        return predicted;
    }
}
