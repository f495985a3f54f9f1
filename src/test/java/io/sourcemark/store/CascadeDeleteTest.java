package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Link;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Relation;
import io.sourcemark.model.Stance;
import io.sourcemark.model.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CascadeDeleteTest {

    @TempDir
    Path folder;

    @Test
    void deletingAnArticleRemovesItsAnnotationsEvidenceLinksAndTagAssignments() throws Exception {
        Path file = folder.resolve("cascade.sourcemark");
        Annotation kept;
        Tag tag;
        Article afp;
        try (ProjectStore store = ProjectStore.open(file)) {
            afp = Samples.importAfp(store);
            Article gdansk = Samples.importGdansk(store);
            Annotation quote = store.annotations().insert(Samples.annotationOf(afp, Kind.DIRECT_QUOTE,
                    Origin.MANUAL, "It remains an open question"));
            Annotation mention = store.annotations().insert(Samples.annotationOf(afp, Kind.SPEAKER, Origin.MANUAL,
                    "Mr. Sullivan"));
            kept = store.annotations().insert(Samples.annotationOf(gdansk, Kind.CLAIM, Origin.MANUAL,
                    "Paweł Adamowicz"));
            tag = store.tags().insert(new Tag(0, null, "Military", "#dc2626", null, null));
            store.tags().assign(quote.id(), tag.id());
            store.tags().assign(kept.id(), tag.id());
            store.links().insert(new Link(0, null, quote.id(), mention.id(), Relation.SAID_BY, null));
            store.links().insert(new Link(0, null, kept.id(), quote.id(), Relation.CITES, null));
            store.evidence().insert(new Evidence(0, null, quote.id(), "https://www.afp.com/", null, null,
                    Stance.SUPPORTS, null));

            store.articles().delete(afp.id());

            assertEquals(Optional.empty(), store.articles().find(afp.id()));
            assertEquals(List.of(), store.annotations().forArticle(afp.id()));
            assertEquals(List.of(kept), store.annotations().forArticle(gdansk.id()));
            assertEquals(List.of(), store.links().forAnnotation(kept.id()));
            assertEquals(List.of(tag), store.tags().forAnnotation(kept.id()));
            assertEquals(List.of(tag), store.tags().list());
        }
        try (Sql sql = new Sql(file)) {
            assertEquals(1, sql.number("SELECT count(*) FROM annotation"));
            assertEquals(0, sql.number("SELECT count(*) FROM evidence"));
            assertEquals(0, sql.number("SELECT count(*) FROM link"));
            assertEquals(List.of(String.valueOf(kept.id())), sql.column("SELECT annotation_id FROM annotation_tag"));
            assertEquals(List.of(), sql.column("PRAGMA foreign_key_check"));
        }
    }
}
