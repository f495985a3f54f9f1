package io.sourcemark.spark.bench;

import io.sourcemark.cli.Cli;
import io.sourcemark.spark.AnalysisJob;
import io.sourcemark.spark.JobOptions;
import io.sourcemark.spark.JobSummary;
import io.sourcemark.spark.SampleInput;
import org.apache.spark.sql.SparkSession;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Spark job in local mode over N articles (the samples with distinct ids; 10,000 by default) against
 * {@code analyze --jsonl} over the same input on the same two cores: the ratio is what Spark costs. Then the job on
 * one core against two: how it scales. Medians of R runs (3 by default), after one warm-up run of each.
 *
 * <p>Run: {@code java --add-opens=… -cp … io.sourcemark.spark.bench.SparkBenchmark [N] [R]} (README "Figures").
 */
public final class SparkBenchmark {

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory("sourcemark-spark-bench");
        List<String> samples = SampleInput.lines(1);
        List<String> lines = new ArrayList<>(SampleInput.lines((articles + samples.size() - 1) / samples.size()));
        Path input = SampleInput.write(folder.resolve("articles.jsonl"), lines.subList(0, articles));
        long bytes = Files.size(input);
        System.out.printf(Locale.ROOT, "Input: %d articles, %.1f MB of JSON lines%n", articles, bytes / 1e6);

        double cli = median(runs, () -> analyzeJsonl(input));
        double two = median(runs, () -> job("local[2]", input, folder.resolve("out2")));
        double one = median(runs, () -> job("local[1]", input, folder.resolve("out1")));

        System.out.printf(Locale.ROOT, "analyze --jsonl --threads 2: median %.1f s (%.2f MB/s)%n", cli, bytes / 1e6 / cli);
        System.out.printf(Locale.ROOT, "Spark local[2]:             median %.1f s (%.2f MB/s); Spark/CLI ratio %.2f%n",
                two, bytes / 1e6 / two, two / cli);
        System.out.printf(Locale.ROOT, "Spark local[1]:             median %.1f s; local[1]/local[2] speed-up %.2f%n",
                one, one / two);
    }

    private interface Run {
        void run() throws Exception;
    }

    private static double median(int runs, Run run) throws Exception {
        run.run(); // warm-up: JIT, models, Spark's own start
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        seconds.sort(Comparator.naturalOrder());
        return seconds.get(seconds.size() / 2);
    }

    private static void analyzeJsonl(Path input) {
        try (PrintStream sink = new PrintStream(OutputStream.nullOutputStream())) {
            int code = Cli.run(new String[] {"analyze", "--jsonl", input.toString(), "--threads", "2"}, sink, sink);
            if (code != 0) {
                throw new IllegalStateException("analyze --jsonl exited with " + code);
            }
        }
    }

    /** One job on a fresh session, as spark-submit would run it; the engine stays loaded in this JVM. */
    private static void job(String master, Path input, Path output) {
        SparkSession spark = SparkSession.builder().master(master).appName("bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        try {
            JobSummary summary = new AnalysisJob(spark).run(new JobOptions(input.toString(), output.toString(),
                    "jsonl"));
            if (summary.badRows() != 0) {
                throw new IllegalStateException(summary.toString());
            }
        } finally {
            spark.stop();
        }
    }
}
