package io.sourcemark.service;

import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleServiceTest {

    @TempDir
    Path dir;

    @Test
    void listsFiltersAndOpensTheImportedArticles() throws Exception {
        try (Project project = Project.open(dir.resolve("library.sourcemark"))) {
            ArticleService articles = new ArticleService(project);
            assertEquals(0, articles.count());
            long afpId = new ImportService(project, ImporterRegistry.standard(), new ComputePool(2)).importBundledSamples();

            List<ArticleSummary> all = articles.list("");
            assertEquals(articles.count(), all.size());
            assertTrue(all.size() >= 10, "samples: " + all.size());

            Article afp = articles.article(afpId).orElseThrow();
            assertTrue(afp.body().contains("“active discussions”"));
            String word = afp.meta().title().split(" ")[0].toUpperCase();
            List<ArticleSummary> filtered = articles.list("  " + word + " ");
            assertTrue(filtered.stream().anyMatch(s -> s.id() == afpId), filtered.toString());
            assertTrue(filtered.stream().allMatch(s -> (s.title() + " " + s.source() + " " + s.date())
                    .toLowerCase().contains(word.toLowerCase())), filtered.toString());
            assertEquals(List.of(), articles.list("no article says zqxj"));
            assertTrue(articles.article(afpId + 1000).isEmpty());
            assertTrue(articles.visibleAnnotations(afpId).isEmpty());
        }
    }
}
