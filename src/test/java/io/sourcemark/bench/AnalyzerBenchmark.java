package io.sourcemark.bench;

import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.Analyzer;
import io.sourcemark.analysis.AnalyzerModels;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of the engine on one thread: warm throughput on the sample articles (with and without claims), cold model
 * load, growth with size.
 */
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx3g"})
public class AnalyzerBenchmark {

    /** The engine, loaded once per fork. */
    @State(Scope.Benchmark)
    public static class Engine {
        Analyzer analyzer;

        @Setup
        public void load() {
            analyzer = Analyzer.load();
        }
    }

    /** The engine without its claim step: the floor that the cost of claims is measured against. */
    @State(Scope.Benchmark)
    public static class EngineWithoutClaims {
        Analyzer analyzer;

        @Setup
        public void load() {
            analyzer = new Analyzer(AnalyzerModels.load().withClaims(null));
        }
    }

    /** The engine after some seconds of analysing the samples, so single shots measure compiled code. */
    @State(Scope.Benchmark)
    public static class WarmEngine {
        private static final long WARM_UP_NANOS = 15_000_000_000L;
        Analyzer analyzer;

        @Setup
        public void loadAndWarm() throws IOException {
            analyzer = Analyzer.load();
            String samples = SampleCorpus.bodies();
            for (long t0 = System.nanoTime(); System.nanoTime() - t0 < WARM_UP_NANOS; ) {
                analyzer.analyze(samples);
            }
        }
    }

    /** All sample article bodies in one text. */
    @State(Scope.Benchmark)
    public static class Samples {
        String text;

        @Setup
        public void read() throws IOException {
            text = SampleCorpus.bodies();
        }
    }

    /** The sample bodies repeated to a size in MB. */
    @State(Scope.Benchmark)
    public static class Scaled {
        @Param({"1", "10", "50"})
        public int megabytes;
        String text;

        @Setup
        public void build() throws IOException {
            text = SampleCorpus.ofSize(megabytes);
        }
    }

    /** Analyses per second of the concatenated samples; BenchmarkMain turns it into MB/s. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 8, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Analysis samples(Engine engine, Samples samples) {
        return engine.analyzer.analyze(samples.text);
    }

    /** As {@link #samples}, with no claims suggested. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 8, time = 2)
    @Measurement(iterations = 5, time = 2)
    public Analysis samplesWithoutClaims(EngineWithoutClaims engine, Samples samples) {
        return engine.analyzer.analyze(samples.text);
    }

    /** One analysis of a 1, 10 or 50 MB text by a warm engine, after one warm-up analysis of the same size. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Analysis scaled(WarmEngine engine, Scaled scaled) {
        return engine.analyzer.analyze(scaled.text);
    }

    /** Analyzer.load() as the first thing a fresh JVM does: one shot per fork, five forks. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(value = 5, jvmArgsAppend = {"-Xmx1g"})
    public Analyzer coldLoad() {
        return Analyzer.load();
    }
}
