package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A project another program is writing to right now opens beside it, as SQLite lets readers and writers share a
 * file: its write-ahead log changes under every copy made to check it, which shows that the log is live, not left
 * by a crash. Before, such a project was refused as "being written by another program" at random.
 */
class OpenBesideAWriterTest {

    @TempDir
    Path folder;

    @Test
    void aProjectOpensWhileAnotherConnectionKeepsWritingToIt() throws Exception {
        Path file = folder.resolve("busy.sourcemark");
        try (ProjectStore writer = ProjectStore.open(file)) {
            Article afp = Samples.importAfp(writer);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            Thread writing = new Thread(() -> {
                Annotation claim = Samples.annotationOf(afp, Kind.CLAIM, Origin.MANUAL, "North Korea");
                while (!stop.get()) {
                    Annotation added = writer.annotations().insert(claim);
                    writer.annotations().delete(added.id());
                    written.incrementAndGet();
                }
            }, "another program writing");
            writing.start();
            List<String> refused = new ArrayList<>();
            try {
                while (written.get() < 20) {
                    Thread.onSpinWait();
                }
                for (int i = 0; i < 15; i++) {
                    try (ProjectStore reader = ProjectStore.open(file)) {
                        assertEquals(List.of(Samples.afpMeta().title()), reader.articles().list().stream()
                                .map(ArticleSummary::title).toList());
                    } catch (ProjectOpenException e) {
                        refused.add(e.getMessage());
                    }
                }
            } finally {
                stop.set(true);
                writing.join();
            }
            assertEquals(List.of(), refused);
            assertTrue(written.get() > 20, "the other connection wrote throughout: " + written.get());
        }
    }
}
