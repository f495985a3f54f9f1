package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimestampTest {

    private static final Instant IMPORTED = Instant.parse("2026-11-27T09:00:00Z");
    private static final Instant EDITED = Instant.parse("2026-11-27T09:45:12.5Z");

    @TempDir
    Path folder;

    @Test
    void recordsWhenAnArticleWasImportedAndWhenAnAnnotationWasMadeAndLastChanged() throws Exception {
        Path file = folder.resolve("clock.sourcemark");
        Article article;
        Annotation claim;
        try (ProjectStore store = ProjectStore.open(file, Clock.fixed(IMPORTED, ZoneOffset.UTC))) {
            article = Samples.importAfp(store);
            claim = store.annotations().insert(Samples.annotationOf(article, Kind.CLAIM, Origin.DETECTED,
                    "joint military exercises"));
            assertEquals(IMPORTED, article.importedAt());
        }
        try (ProjectStore store = ProjectStore.open(file, Clock.fixed(EDITED, ZoneOffset.UTC))) {
            store.annotations().update(claim.withOrigin(Origin.CONFIRMED));
            assertEquals(IMPORTED, store.articles().find(article.id()).orElseThrow().importedAt());
        }
        try (Sql sql = new Sql(file)) {
            assertEquals(List.of("2026-11-27T09:00:00.000000000Z", "2026-11-27T09:45:12.500000000Z"),
                    sql.column("SELECT created_at FROM annotation UNION ALL SELECT updated_at FROM annotation"));
        }
    }
}
