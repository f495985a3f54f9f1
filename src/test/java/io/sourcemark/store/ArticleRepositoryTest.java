package io.sourcemark.store;

import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleRepositoryTest {

    @TempDir
    Path folder;
    private ProjectStore store;

    @BeforeEach
    void open() throws ProjectOpenException {
        store = ProjectStore.open(folder.resolve("articles.sourcemark"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void storesEveryFieldOfAnArticle() {
        Instant before = Instant.now();
        Article stored = Samples.importAfp(store);
        assertTrue(stored.id() > 0);
        assertNotNull(stored.importedAt());
        assertTrue(!stored.importedAt().isBefore(before), stored.importedAt() + " is before " + before);

        Article found = store.articles().find(stored.id()).orElseThrow();
        assertEquals(stored, found);
        assertEquals(Samples.afpMeta(), found.meta());
        assertEquals(Samples.body(Samples.AFP_FILE), found.body());
        assertTrue(found.body().contains("National Security Adviser Jake Sullivan said"));
    }

    @Test
    void findsAnArticleByTheHashOfItsBody() {
        Article afp = Samples.importAfp(store);
        Article gdansk = Samples.importGdansk(store);
        assertEquals(Optional.of(afp), store.articles().findByHash(Samples.sha256(afp.body())));
        assertEquals(Optional.of(gdansk), store.articles().findByHash(gdansk.contentHash()));
        assertEquals(Optional.empty(), store.articles().findByHash(Samples.sha256("another body")));
        assertEquals(Optional.empty(), store.articles().find(gdansk.id() + 100));
    }

    @Test
    void refusesTheSameBodyTwice() {
        Samples.importAfp(store);
        StoreException failure = assertThrows(StoreException.class, () -> Samples.importAfp(store));
        assertTrue(failure.getMessage().contains("White House warns North Korea"), failure.getMessage());
        assertEquals(1, store.articles().count());
    }

    @Test
    void listsArticlesByTitleWithTheirVisibleStatementCounts() {
        Article afp = Samples.importAfp(store);
        Article gdansk = Samples.importGdansk(store);
        store.annotations().insert(Samples.annotationOf(afp, Kind.DIRECT_QUOTE, Origin.DETECTED,
                "they will pay the price in the international community"));
        store.annotations().insert(Samples.annotationOf(afp, Kind.CLAIM, Origin.CONFIRMED,
                "The White House on Tuesday warned North Korea against selling arms to Russia"));
        store.annotations().insert(Samples.annotationOf(afp, Kind.INDIRECT_QUOTE, Origin.MANUAL,
                "he was unable to say precisely what types of weapons would be delivered"));
        store.annotations().insert(Samples.annotationOf(afp, Kind.DIRECT_QUOTE, Origin.REJECTED, "image"));
        store.annotations().insert(Samples.annotationOf(afp, Kind.SPEAKER, Origin.MANUAL, "Jake Sullivan"));
        store.annotations().insert(Samples.annotationOf(gdansk, Kind.SPEAKER, Origin.DETECTED,
                "Paweł Adamowicz"));

        List<ArticleSummary> list = store.articles().list();

        assertEquals(List.of(
                new ArticleSummary(gdansk.id(), "Gdańsk mayor Paweł Adamowicz stabbed", "Wikinews", "2019-01-14", 0),
                new ArticleSummary(afp.id(), "White House warns North Korea against arming Russia", "AFP",
                        "2023-09-05", 3)), list);
        assertEquals(2, store.articles().count());
    }
}
