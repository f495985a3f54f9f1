package io.sourcemark.cli;

import io.sourcemark.analysis.AnalyzerModels;
import io.sourcemark.analysis.ClaimModel;
import io.sourcemark.analysis.ClaimTraining;
import io.sourcemark.analysis.eval.ClaimGoldReader;
import io.sourcemark.analysis.eval.CrossValidationReport;
import io.sourcemark.analysis.eval.EvalFileException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code train-claims GOLD} measures the claim model by cross-validation over articles and, with --out, writes the
 * model trained on every article. The same gold gives the same figures and the same file.
 */
@Command(name = "train-claims", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"Trains the check-worthiness model on gold sentence labels and prints its figures, "
                + "cross-validated by article (" + ClaimTraining.FOLDS + " folds, no article scored by a model "
                + "that saw it).", "With --out, writes the model trained on all the gold."})
public final class TrainClaimsCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD", description = "Gold sentence labels (as for eval-claims).")
    private Path gold;

    @Option(names = "--out", paramLabel = "MODEL.tsv", description = "Where to write the trained model.")
    private Path model;

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<AnalyzerModels> models;

    public TrainClaimsCommand(PrintStream out, PrintStream err) {
        this(out, err, AnalyzerModels::load);
    }

    /** For callers that already hold the loaded models. */
    public TrainClaimsCommand(PrintStream out, PrintStream err, Supplier<AnalyzerModels> models) {
        this.out = out;
        this.err = err;
        this.models = models;
    }

    @Override
    public Integer call() {
        if (model != null && Files.isDirectory(model)) {
            // said before the minutes of training, not after them
            err.println("--out " + model + " is a folder: give the model file's name, such as " + model
                    .resolve("claims-model.tsv") + ".");
            return ExitCodes.USAGE;
        }
        List<ClaimTraining.Article> articles;
        try {
            articles = new ClaimGoldReader().read(gold);
        } catch (EvalFileException e) {
            err.println(e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        if (articles.size() < ClaimTraining.FOLDS) {
            err.println("Cross-validation needs at least " + ClaimTraining.FOLDS + " articles; " + gold + " has "
                    + articles.size() + ".");
            return ExitCodes.CANNOT_RUN;
        }
        ClaimTraining training;
        try {
            training = new ClaimTraining(models.get());
        } catch (UncheckedIOException e) {
            err.println("Cannot load the language models: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        out.println("cross-validated by article (" + ClaimTraining.FOLDS + " folds):");
        CrossValidationReport.of(articles, training.crossValidate(articles)).lines().forEach(out::println);
        out.flush();
        if (model != null) {
            try {
                write(training.train(articles));
            } catch (IOException e) {
                err.println("Cannot write the model to " + model + ": " + io.sourcemark.model.FileTrouble.reason(e) + ".");
                return ExitCodes.CANNOT_RUN;
            }
            out.println("model trained on " + articles.size() + " articles written to " + model);
        }
        return ExitCodes.OK;
    }

    /** Written beside the target and moved into place, so a failed write leaves the old model whole. */
    private void write(ClaimModel trained) throws IOException {
        Path target = model.toAbsolutePath();
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.writeString(temp, trained.write(), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
