package io.sourcemark.service;

import io.sourcemark.analysis.Analysis;
import io.sourcemark.analysis.Analyzer;
import io.sourcemark.model.Article;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Analyses a batch of articles on every core, handing the results back in the batch's order. Closing it stops the
 * analyses not yet started.
 */
final class ParallelAnalysis implements AutoCloseable {

    private final ExecutorService pool;
    private final Iterator<Future<Analysis>> results;

    ParallelAnalysis(Analyzer analyzer, List<Article> articles) {
        int threads = Math.max(1, Math.min(articles.size(), Runtime.getRuntime().availableProcessors()));
        AtomicInteger threadNumber = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sourcemark-analysis-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Analysis>> futures = new ArrayList<>();
        for (Article article : articles) {
            futures.add(pool.submit(() -> analyzer.analyze(article.body())));
        }
        results = futures.iterator();
    }

    /** The analysis of the next article, waiting for it when it is not ready yet. */
    Analysis next() {
        try {
            return results.next().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Detection was interrupted.", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The engine failed on an article: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
