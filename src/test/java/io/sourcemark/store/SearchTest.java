package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTest {

    @TempDir
    Path folder;
    private Path file;
    private ProjectStore store;
    private Article afp;
    private Article gdansk;

    @BeforeEach
    void open() throws ProjectOpenException {
        file = folder.resolve("search.sourcemark");
        store = ProjectStore.open(file);
        afp = Samples.importAfp(store);
        gdansk = Samples.importGdansk(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void findsAnArticleByAWordOfItsBodyAndForgetsItWhenDeleted() throws Exception {
        List<SearchHit> hits = store.search().search("Pyongyang", 10);
        assertEquals(1, hits.size());
        assertEquals(afp.id(), hits.get(0).articleId());
        assertEquals(null, hits.get(0).annotationId());
        assertTrue(hits.get(0).snippet().contains(SearchHit.MATCH_START + "Pyongyang" + SearchHit.MATCH_END),
                hits.get(0).snippet());

        store.articles().delete(afp.id());

        assertEquals(List.of(), store.search().search("Pyongyang", 10));
        try (Sql sql = new Sql(file)) {
            assertEquals(List.of(String.valueOf(gdansk.id())), sql.column("SELECT article_id FROM search_index"));
        }
    }

    @Test
    void findsByTitleIgnoringAccentsAndByAnUnfinishedLastWord() {
        assertEquals(List.of(gdansk.id()), articleIds(store.search().search("gdansk mayor", 10)));
        assertEquals(List.of(afp.id()), articleIds(store.search().search("Kremlin spokes", 10)));
        assertEquals(List.of(), store.search().search("Kremlin Adamowicz", 10));
    }

    @Test
    void findsStatementsByTextAndNoteButNotRejectedOnes() {
        Annotation quote = store.annotations().insert(Samples.annotationOf(afp, Kind.DIRECT_QUOTE, Origin.MANUAL,
                "They are our neighbours"));
        Annotation rejected = store.annotations().insert(Samples.annotationOf(afp, Kind.DIRECT_QUOTE,
                Origin.REJECTED, "We are discussing it with everyone"));
        store.annotations().insert(Samples.annotationOf(afp, Kind.SPEAKER, Origin.MANUAL, "Sergei Shoigu"));

        assertEquals(List.of(quote.id()), statementIds(store.search().search("neighbours", 10)));
        assertEquals(List.of(), statementIds(store.search().search("discussing everyone", 10)));
        assertEquals(List.of(), statementIds(store.search().search("Shoigu", 10)));

        store.annotations().update(quote.withNote("Shoigu via TASS"));
        assertEquals(List.of(quote.id()), statementIds(store.search().search("TASS Shoigu", 10)));
        store.annotations().update(rejected.withOrigin(Origin.CONFIRMED));
        assertEquals(List.of(rejected.id()), statementIds(store.search().search("discussing everyone", 10)));

        store.annotations().update(rejected.withOrigin(Origin.CONFIRMED).withKind(Kind.TAG));
        assertEquals(List.of(), statementIds(store.search().search("discussing everyone", 10)));
        store.annotations().delete(quote.id());
        assertEquals(List.of(), statementIds(store.search().search("neighbours", 10)));
    }

    @Test
    void readsQuerySyntaxAsPlainWords() {
        assertEquals(List.of(afp.id()), articleIds(store.search().search("\"North Korea\" AND (NOT", 10)));
        assertEquals(List.of(), store.search().search("   ", 10));
        assertEquals(List.of(), store.search().search("— ,", 10));
        assertEquals("\"North\" \"Korea*\" *", SearchRepository.matchExpression("North Korea*"));
    }

    private static List<Long> articleIds(List<SearchHit> hits) {
        return hits.stream().filter(hit -> hit.source() == SearchHit.Source.ARTICLE).map(SearchHit::articleId).toList();
    }

    private static List<Long> statementIds(List<SearchHit> hits) {
        return hits.stream().filter(SearchHit::isStatement).map(SearchHit::annotationId).toList();
    }
}
