package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TransactionTest {

    @TempDir
    Path folder;
    private Path file;
    private ProjectStore store;
    private Article afp;

    @BeforeEach
    void open() throws ProjectOpenException {
        file = folder.resolve("transactions.sourcemark");
        store = ProjectStore.open(file);
        afp = Samples.importAfp(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aTransactionCommitsAllItsCallsTogether() throws Exception {
        Annotation stored = store.inTransaction(() -> {
            Speaker peskov = store.speakers().insert(new Speaker(0, null, "Dmitry Peskov", SpeakerKind.PERSON, null, null,
                    List.of()));
            return store.annotations().insert(Samples.annotationOf(afp, Kind.SPEAKER, Origin.MANUAL,
                    "Dmitry Peskov").withSpeaker(peskov.id()));
        });
        try (Sql sql = new Sql(file)) {
            assertEquals(List.of("Dmitry Peskov"), sql.column("SELECT exact FROM annotation WHERE speaker_id = "
                    + stored.speakerId()));
        }
    }

    @Test
    void aFailureUndoesEveryCallOfTheTransaction() {
        IllegalStateException failure = new IllegalStateException("analyst cancelled");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            store.speakers().insert(new Speaker(0, null, "Dmitry Peskov", SpeakerKind.PERSON, null, null, List.of()));
            store.annotations().insert(Samples.annotationOf(afp, Kind.SPEAKER, Origin.MANUAL, "Dmitry Peskov"));
            throw failure;
        }));
        assertSame(failure, thrown);
        assertEquals(List.of(), store.speakers().list());
        assertEquals(0, store.annotations().countForArticle(afp.id()));
    }

    @Test
    void nestedTransactionsJoinTheOuterOne() {
        assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            store.inTransaction(() -> {
                store.annotations().insert(Samples.annotationOf(afp, Kind.CLAIM, Origin.MANUAL, "North Korea"));
            });
            throw new IllegalStateException("outer step failed");
        }));
        assertEquals(0, store.annotations().countForArticle(afp.id()));
    }

    @Test
    void aFailedInnerCallCaughtByTheOuterOneLeavesTheRestOfTheTransaction() {
        Annotation claim = Samples.annotationOf(afp, Kind.CLAIM, Origin.MANUAL, "joint military exercises");
        Annotation kept = store.inTransaction(() -> {
            Annotation first = store.annotations().insert(claim);
            assertThrows(StoreException.class, () -> store.annotations().insert(claim.withScore(7.0)));
            return first;
        });
        assertEquals(List.of(kept), store.annotations().forArticle(afp.id()));
    }

    @Test
    void callsFromTwoThreadsDoNotInterleaveWithATransaction() throws Exception {
        Annotation claim = Samples.annotationOf(afp, Kind.CLAIM, Origin.MANUAL, "joint military exercises");
        Thread other = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                store.annotations().insert(claim);
            }
        });
        List<Integer> countsSeenInside = store.inTransaction(() -> {
            other.start();
            int before = store.annotations().countForArticle(afp.id());
            for (int i = 0; i < 200; i++) {
                store.annotations().insert(claim);
            }
            return List.of(before, store.annotations().countForArticle(afp.id()));
        });
        other.join();
        assertEquals(List.of(0, 200), countsSeenInside);
        assertEquals(400, store.annotations().countForArticle(afp.id()));
    }

    @Test
    void aClosedProjectReportsAStoreException() {
        store.close();
        StoreException failure = assertThrows(StoreException.class, () -> store.articles().count());
        assertEquals(true, failure.getMessage().contains(file.toString()), failure.getMessage());
    }
}
