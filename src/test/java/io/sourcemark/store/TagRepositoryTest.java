package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TagRepositoryTest {

    @TempDir
    Path folder;
    private ProjectStore store;
    private Annotation claim;

    @BeforeEach
    void open() throws ProjectOpenException {
        store = ProjectStore.open(folder.resolve("tags.sourcemark"));
        Article article = Samples.importAfp(store);
        claim = store.annotations().insert(Samples.annotationOf(article, Kind.CLAIM, Origin.MANUAL,
                "Russian Defense Minister Sergei Shoigu also announced on Monday"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void storesUpdatesAndListsTagsOfTheCodebook() {
        Tag military = store.tags().insert(new Tag(0, null, "Military", "#dc2626", null, "m"));
        Tag exercises = store.tags().insert(new Tag(0, null, "Exercises", "#f97316", military.id(), null));
        assertEquals(List.of(exercises, military), store.tags().list());

        Tag renamed = new Tag(military.id(), military.uid(), "Armed forces", "#b91c1c", null, "a");
        store.tags().update(renamed);
        assertEquals(List.of(renamed, exercises), store.tags().list());
    }

    @Test
    void assignsAndUnassignsTagsOfAnAnnotation() {
        Tag military = store.tags().insert(new Tag(0, null, "Military", "#dc2626", null, "m"));
        Tag diplomacy = store.tags().insert(new Tag(0, null, "Diplomacy", "#2563eb", null, "d"));

        store.tags().assign(claim.id(), military.id());
        store.tags().assign(claim.id(), diplomacy.id());
        store.tags().assign(claim.id(), military.id());
        assertEquals(List.of(military, diplomacy), store.tags().forAnnotation(claim.id()), "as given, once each");

        store.tags().unassign(claim.id(), diplomacy.id());
        assertEquals(List.of(military), store.tags().forAnnotation(claim.id()));
    }

    @Test
    void deletingATagRemovesItsAssignmentsAndKeepsItsChildren() {
        Tag military = store.tags().insert(new Tag(0, null, "Military", "#dc2626", null, null));
        Tag exercises = store.tags().insert(new Tag(0, null, "Exercises", "#f97316", military.id(), null));
        store.tags().assign(claim.id(), military.id());
        store.tags().assign(claim.id(), exercises.id());

        store.tags().delete(military.id());

        Tag orphan = new Tag(exercises.id(), exercises.uid(), "Exercises", "#f97316", null, null);
        assertEquals(List.of(orphan), store.tags().list());
        assertEquals(List.of(orphan), store.tags().forAnnotation(claim.id()));
    }

    @Test
    void refusesAShortcutTakenByAnotherTag() {
        store.tags().insert(new Tag(0, null, "Military", "#dc2626", null, "m"));
        assertThrows(StoreException.class, () -> store.tags().insert(new Tag(0, null, "Media", "#16a34a", null, "m")));
        assertEquals(1, store.tags().list().size());
    }
}
