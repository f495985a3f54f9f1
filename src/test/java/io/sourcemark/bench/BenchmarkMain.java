package io.sourcemark.bench;

/*
 * Runs the engine benchmarks and prints their figures. From the project folder:
 *
 *   ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 *   java -cp target/test-classes:target/classes:$(cat target/cp.txt) io.sourcemark.bench.BenchmarkMain [PART...]
 *
 * PART is any of: samples (warm MB/s on the sample articles, claims on and off), load (cold Analyzer.load() in fresh
 * JVMs), scaled (1, 10 and 50 MB texts), heap (1 MB in a JVM with -Xmx256m), articles (the per-article path,
 * analyze --jsonl over many short news articles on one core). No PART runs them all (a few minutes).
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** Runs {@link AnalyzerBenchmark} through the JMH Runner API, then the low-heap check, and prints a summary. */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        Set<String> parts = args.length == 0 ? Set.of("samples", "load", "scaled", "heap", "articles") : Set.of(args);
        List<String> summary = new ArrayList<>();
        if (parts.contains("samples")) {
            int chars = SampleCorpus.bodies().length();
            double with = 0;
            double without = 0;
            for (RunResult r : run("samples(WithoutClaims)?")) {
                double perSecond = r.getPrimaryResult().getScore();
                boolean claims = !r.getParams().getBenchmark().endsWith("WithoutClaims");
                summary.add(String.format(Locale.ROOT, "warm throughput, sample articles (%s), claims %s: %.1f "
                                + "analyses/s = %.2f MB/s (error %.1f%%)", SampleCorpus.describe(SampleCorpus.bodies()),
                        claims ? "on" : "off", perSecond, perSecond * chars / SampleCorpus.MB,
                        100 * r.getPrimaryResult().getScoreError() / perSecond));
                if (claims) {
                    with = perSecond;
                } else {
                    without = perSecond;
                }
            }
            if (with > 0 && without > 0) {
                summary.add(String.format(Locale.ROOT, "claims cost %.0f%% of the time of the engine with them",
                        100 * (1 / with - 1 / without) * with));
            }
        }
        if (parts.contains("load")) {
            for (RunResult r : run("coldLoad")) {
                summary.add(String.format(Locale.ROOT, "cold Analyzer.load(): %.0f ms (mean of %d fresh JVMs, "
                                + "error %.0f ms)", r.getPrimaryResult().getScore(),
                        r.getPrimaryResult().getStatistics().getN(), r.getPrimaryResult().getScoreError()));
            }
        }
        if (parts.contains("scaled")) {
            for (RunResult r : run("scaled")) {
                int mb = Integer.parseInt(r.getParams().getParam("megabytes"));
                double ms = r.getPrimaryResult().getScore();
                summary.add(String.format(Locale.ROOT, "%2d MB text: %.0f ms = %.0f ms per MB = %.2f MB/s",
                        mb, ms, ms / mb, mb / (ms / 1000)));
            }
        }
        if (parts.contains("heap")) {
            summary.add(lowHeap());
        }
        if (parts.contains("articles")) {
            summary.add(fresh("-XX:ActiveProcessorCount=1", PerArticleMain.class));
        }
        System.out.println();
        System.out.println("== Summary (one thread; 1 MB = 1,000,000 characters)");
        summary.forEach(System.out::println);
    }

    private static Collection<RunResult> run(String benchmark) throws RunnerException {
        return new Runner(new OptionsBuilder()
                .include(AnalyzerBenchmark.class.getName() + "\\." + benchmark + "$")
                .shouldFailOnError(true)
                .build()).run();
    }

    /** Runs LowHeapMain in a fresh JVM with a 256 MB heap and reports whether it finished. */
    private static String lowHeap() throws IOException, InterruptedException {
        String output = fresh("-Xmx256m", LowHeapMain.class);
        return (output.startsWith("FAILED") ? "-Xmx256m: " : "-Xmx256m: succeeded, ") + output;
    }

    /** The output of a main class run in a fresh JVM with one option, prefixed with FAILED when it failed. */
    private static String fresh(String option, Class<?> main) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, option, "-cp", System.getProperty("java.class.path"), main.getName())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int code = p.waitFor();
        return code == 0 ? output : "FAILED (exit " + code + "): " + output;
    }
}
