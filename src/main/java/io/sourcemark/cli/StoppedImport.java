package io.sourcemark.cli;

import io.sourcemark.model.ArticleSummary;
import io.sourcemark.service.ArticleService;
import io.sourcemark.service.ImportProgress;
import io.sourcemark.service.ImportedFile;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows an import so that, when the project stops it half-way (busy in another program, disk full), it can still
 * say what it did: each file is imported in its own transaction, so the files finished before the stop are kept.
 */
final class StoppedImport implements ImportProgress {

    private final ArticleService articles;
    private final Set<Long> articlesBefore;
    private final List<String> started = new ArrayList<>();
    private int total;

    StoppedImport(ArticleService articles) {
        this.articles = articles;
        this.articlesBefore = ids(articles.list(""));
    }

    @Override
    public void update(int done, int total, String current) {
        this.total = total;
        if (current != null) {
            started.add(current);
        }
    }

    /** The inputs finished before the stop: every one started but the last. */
    List<String> finished() {
        return started.isEmpty() ? List.of() : started.subList(0, started.size() - 1);
    }

    /** The input being imported when the import stopped, or null when it stopped before the first. */
    String stoppedAt() {
        return started.isEmpty() ? null : started.get(started.size() - 1);
    }

    /** The inputs never started, when the import was cancelled between two of them. */
    int notStarted() {
        return total - started.size();
    }

    /** The inputs not imported: the one it stopped at and those after it. */
    int notDone() {
        return total - finished().size();
    }

    /**
     * The finished inputs that became new articles, each matched with an article added since the import began and
     * imported from a file of its name (another program may have added articles meanwhile).
     */
    List<ImportedFile> imported() {
        Map<String, Deque<ArticleSummary>> addedByFileName = new HashMap<>();
        for (ArticleSummary added : articles.list("")) {
            if (!articlesBefore.contains(added.id())) {
                articles.article(added.id()).ifPresent(article -> addedByFileName
                        .computeIfAbsent(article.meta().fileName(), name -> new ArrayDeque<>()).add(added));
            }
        }
        List<ImportedFile> imported = new ArrayList<>();
        for (String input : finished()) {
            Deque<ArticleSummary> candidates = addedByFileName.get(Path.of(input).getFileName().toString());
            if (candidates != null && !candidates.isEmpty()) {
                ArticleSummary article = candidates.poll();
                imported.add(new ImportedFile(input, article.id(), article.title()));
            }
        }
        return imported;
    }

    private static Set<Long> ids(List<ArticleSummary> summaries) {
        Set<Long> ids = new HashSet<>();
        summaries.forEach(s -> ids.add(s.id()));
        return ids;
    }
}
