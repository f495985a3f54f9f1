package io.sourcemark.spark;

import io.sourcemark.analysis.Analyzer;

/**
 * One engine per executor JVM, loaded by the first task that needs it and shared by the tasks that run there at the
 * same time (the engine is thread-safe). Spark ships a job's functions to executors by serialization; the engine,
 * with its models, is not serializable and takes about a second to load, so it cannot travel with the function nor
 * be loaded per partition. A JVM-wide holder is the usual answer on Spark, and it is the only one in the product.
 */
final class EnginePerExecutor {

    private static volatile Analyzer analyzer;

    private EnginePerExecutor() {
    }

    static Analyzer analyzer() {
        Analyzer loaded = analyzer;
        if (loaded == null) {
            synchronized (EnginePerExecutor.class) {
                loaded = analyzer;
                if (loaded == null) {
                    loaded = Analyzer.load();
                    analyzer = loaded;
                }
            }
        }
        return loaded;
    }
}
