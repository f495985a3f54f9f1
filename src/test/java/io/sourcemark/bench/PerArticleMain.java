package io.sourcemark.bench;

import io.sourcemark.analysis.Analyzer;
import io.sourcemark.cli.AnalyzeCommand;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Speed of the per-article path: {@code analyze --jsonl --threads 1} over many short news articles, in this JVM
 * after a warm-up, next to Analyzer.analyze per article and over all articles as one text (the floor it is
 * compared with, measured in the same run). BenchmarkMain starts it with -XX:ActiveProcessorCount=1. Figures are
 * MB per second of this JVM's CPU time (all its threads: the batch's worker, the reader, the collector; per
 * core, so other work on a shared machine does not count) and of wall-clock time.
 */
public final class PerArticleMain {

    private static final long CORPUS = 4_000_000;
    private static final int ROUNDS = 5;
    private static final long WARM_UP_NANOS = 20_000_000_000L;

    private PerArticleMain() {
    }

    public static void main(String[] args) throws Exception {
        Analyzer analyzer = Analyzer.load();
        List<String> texts = NewsArticles.texts();
        long oneRound = texts.stream().mapToLong(String::length).sum();
        Path jsonl = NewsArticles.asJsonLines(texts, CORPUS, Files.createTempFile("news", ".jsonl"));
        long jsonlChars = 0;
        for (long r = 0; r < CORPUS; r += oneRound) {
            jsonlChars += oneRound;
        }
        try {
            for (long t0 = System.nanoTime(); System.nanoTime() - t0 < WARM_UP_NANOS; ) {
                runJsonl(analyzer, jsonl);
                texts.forEach(analyzer::analyze);
            }
            double[][] cli = new double[2][ROUNDS];
            double[][] each = new double[2][ROUNDS];
            double[][] whole = new double[2][ROUNDS];
            String all = String.join("\n\n", texts);
            for (int r = 0; r < ROUNDS; r++) {
                time(cli, r, jsonlChars, () -> runJsonl(analyzer, jsonl));
                time(each, r, jsonlChars, () -> texts.forEach(analyzer::analyze), oneRound);
                time(whole, r, jsonlChars, () -> analyzer.analyze(all), all.length());
            }
            System.out.printf(Locale.ROOT, "per-article path, analyze --jsonl --threads 1, %d short articles "
                            + "(%.1f MB): median %.2f MB/s per core (runs %s; wall clock %.2f)%n",
                    jsonlChars / oneRound * texts.size(), jsonlChars / 1e6, median(cli[0]), runs(cli[0]),
                    median(cli[1]));
            System.out.printf(Locale.ROOT, "  Analyzer.analyze per article: median %.2f MB/s per core (runs %s; "
                    + "wall clock %.2f)%n", median(each[0]), runs(each[0]), median(each[1]));
            System.out.printf(Locale.ROOT, "  floor, the same articles as one text: median %.2f MB/s per core (runs "
                    + "%s; wall clock %.2f); per-article path / floor = %.2f%n", median(whole[0]), runs(whole[0]),
                    median(whole[1]), median(cli[0]) / median(whole[0]));
        } finally {
            Files.deleteIfExists(jsonl);
        }
    }

    private static void runJsonl(Analyzer analyzer, Path jsonl) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        int code = new CommandLine(new AnalyzeCommand(discard, discard, () -> analyzer))
                .execute("--threads", "1", "--jsonl", jsonl.toString());
        if (code != 0) {
            throw new IllegalStateException("analyze --jsonl exited with " + code);
        }
    }

    /** Runs work once (or until it has covered characters, each pass covering pass) and stores MB/s. */
    private static void time(double[][] into, int round, long characters, Runnable work, long pass) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        long done = 0;
        do {
            work.run();
            done += pass;
        } while (done < characters);
        into[0][round] = done / ((os.getProcessCpuTime() - cpu0) / 1e9) / 1e6;
        into[1][round] = done / ((System.nanoTime() - wall0) / 1e9) / 1e6;
    }

    private static void time(double[][] into, int round, long characters, Runnable work) {
        time(into, round, characters, work, characters);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String runs(double[] xs) {
        List<String> out = new ArrayList<>();
        for (double x : xs) {
            out.add(String.format(Locale.ROOT, "%.2f", x));
        }
        return String.join(" ", out);
    }
}
