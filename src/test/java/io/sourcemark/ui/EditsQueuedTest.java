package io.sourcemark.ui;

import io.sourcemark.model.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Actions that wait their turn behind other work, run when the test says. */
class EditsQueuedTest {

    @Test
    void anAcceptQueuedBehindTheDeletionOfItsSuggestionSaysItIsGone(@TempDir Path dir) throws Exception {
        ArrayDeque<Runnable> worker = new ArrayDeque<>();
        try (WorkspaceFixture fixture = WorkspaceFixture.queued(dir, worker::add)) {
            fixture.suggest(Kind.SPEAKER, "Dmitry Peskov");
            Workspace workspace = fixture.workspace;
            workspace.navigator().open(fixture.afpId);
            drain(worker);
            workspace.reader().selectAt(fixture.body().indexOf("Peskov"));
            long id = workspace.selection().annotation().id();

            workspace.edits().accept(workspace.selection().annotation()); // waits behind what another window does
            fixture.project.run(tx -> tx.annotations().delete(id));
            drain(worker);

            assertTrue(fixture.project.articles().visibleAnnotations(fixture.afpId).isEmpty());
            assertEquals("This highlight no longer exists in the project.", workspace.status().textProperty().get());
        }
    }

    @Test
    void anArticleReadLateNeverReplacesOneOpenedAfterIt(@TempDir Path dir) throws Exception {
        ArrayDeque<Runnable> worker = new ArrayDeque<>();
        try (WorkspaceFixture fixture = WorkspaceFixture.queued(dir, worker::add)) {
            Workspace workspace = fixture.workspace;
            workspace.library().reload();
            drain(worker);
            long other = workspace.library().rows().stream().filter(r -> r.id() != fixture.afpId).findFirst()
                    .orElseThrow().id();
            workspace.navigator().open(fixture.afpId);
            workspace.navigator().open(other);
            worker.pollLast().run(); // the later request is answered first
            worker.poll().run();

            assertEquals(other, workspace.selection().articleId());
        }
    }

    private static void drain(ArrayDeque<Runnable> worker) {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }
}
