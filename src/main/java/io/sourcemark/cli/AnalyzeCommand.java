package io.sourcemark.cli;

import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.Analyzer;
import io.sourcemark.importer.ImportException;
import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.service.ImportInputs;
import io.sourcemark.service.RefusedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze FILE…} prints what the engine finds in articles; {@code analyze --jsonl IN} writes JSON lines. */
@Command(name = "analyze", mixinStandardHelpOptions = true, exitCodeOnInvalidInput = ExitCodes.USAGE,
        description = {"Finds quotes, claims and speakers in articles and prints them.",
            "With --jsonl, reads lines {\"id\": ..., \"text\": ...} and writes one JSON line of results per line."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Articles in any format that import reads (text, Markdown, web pages, PDF, Word, "
                    + "OpenDocument), or folders of them, searched as import searches them; the engine sees the "
                    + "body an import would store, so offsets are the same.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--jsonl", paramLabel = "IN.jsonl", description = "JSON lines with \"id\" and \"text\".")
    private Path jsonl;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Threads for --jsonl batches (default: ${DEFAULT-VALUE}).")
    private int threads;

    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Analyzer> analyzers;
    private final ImporterRegistry importers = ImporterRegistry.standard();

    public AnalyzeCommand(PrintStream out, PrintStream err) {
        this(out, err, Analyzer::load);
    }

    /** For callers that already hold a loaded engine. */
    public AnalyzeCommand(PrintStream out, PrintStream err, Supplier<Analyzer> analyzers) {
        this.out = out;
        this.err = err;
        this.analyzers = analyzers;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (!Threads.usable(threads, err)) {
            return ExitCodes.USAGE;
        }
        if (files.isEmpty() == (jsonl == null)) {
            err.println("Give either article files or --jsonl IN.jsonl (see analyze --help).");
            return ExitCodes.USAGE;
        }
        Analyzer analyzer;
        try {
            analyzer = analyzers.get();
        } catch (UncheckedIOException e) {
            err.println("Cannot load the language models: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        return jsonl != null ? batch(analyzer) : articles(analyzer);
    }

    private int batch(Analyzer analyzer) throws InterruptedException {
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(jsonl)) {
            JsonlBatch.Summary s = new JsonlBatch(analyzer, out, err).run(in, jsonl.toString(), threads);
            double seconds = (System.nanoTime() - t0) / 1e9;
            err.printf(Locale.ROOT, "analysed %d lines (%d characters) in %.2f s, %.0f characters/s; %d skipped%n",
                    s.written(), s.characters(), seconds, s.characters() / Math.max(seconds, 1e-9), s.skipped());
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println(InputProblem.describe(jsonl, e));
            return ExitCodes.CANNOT_RUN;
        }
    }

    private int articles(Analyzer analyzer) {
        int refused = 0;
        List<Path> articles = new ArrayList<>();
        for (Path given : files) {
            if (!Files.isDirectory(given)) {
                articles.add(given); // as given, so that a message names the file the way it was typed
                continue;
            }
            ImportInputs found = ImportInputs.expand(List.of(given), importers::isSupportedFileName,
                    importers.filesInWords());
            for (RefusedFile r : found.refused()) {
                err.println(r.message());
                refused++;
            }
            articles.addAll(found.files());
        }
        // a file given twice, or given and found in a folder also given, is analysed once, as import reads it once
        Map<Path, Path> seen = new HashMap<>();
        for (Path file : articles) {
            Path first = seen.putIfAbsent(file.toAbsolutePath().normalize(), file);
            if (first != null) {
                err.println(file + ": the same file as " + first + ", analysed once.");
                continue;
            }
            String text;
            try {
                text = importers.importFile(file).body();
            } catch (ImportException e) {
                err.println(file + ": " + e.getMessage());
                refused++;
                continue;
            }
            long t0 = System.nanoTime();
            Analysis analysis = analyzer.analyze(text);
            err.printf(Locale.ROOT, "%s: analysed in %.1f ms%n", file, (System.nanoTime() - t0) / 1e6);
            AnalysisText.print(out, file.toString(), text, analysis);
        }
        out.flush();
        return refused == 0 ? ExitCodes.OK : ExitCodes.SOME_REFUSED;
    }
}
