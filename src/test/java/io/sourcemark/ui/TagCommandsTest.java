package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagCommandsTest {

    @TempDir
    Path dir;
    WorkspaceFixture f;
    Workspace w;

    @BeforeEach
    void open() throws Exception {
        f = WorkspaceFixture.open(dir);
        w = f.workspace;
        w.tags().onKey(tag -> w.tags().toggle(w.selection().annotation(), tag));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Tag created(String name, String key) {
        w.tags().create(name, null, null, key, t -> { });
        return w.tags().codebook().tags().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aTagsKeyIsBoundInTheKeymapAndFollowsTheCodebook() {
        Tag economy = created("Economy", "e");
        assertEquals("Tag “Economy”", w.keymap().commandOf(TagCommands.keyOf("e")).orElseThrow().name());
        w.tags().setKey(economy, "x");
        assertTrue(w.keymap().isFree(TagCommands.keyOf("e")), "the old key is freed");
        assertEquals("Tag “Economy”", w.keymap().commandOf(TagCommands.keyOf("x")).orElseThrow().name());
        w.edits().undo();
        assertEquals("Tag “Economy”", w.keymap().commandOf(TagCommands.keyOf("e")).orElseThrow().name(),
                "undo gives the key back");
    }

    @Test
    void theKeyTagsTheSelectedHighlightAndTheTooltipNamesItsTags() {
        created("Economy", "e");
        f.mark(Kind.CLAIM, "Russian Defense Minister Sergei Shoigu");
        Annotation claim = w.selection().annotation();
        w.keymap().commandOf(TagCommands.keyOf("e")).orElseThrow().action().run();
        assertEquals(List.of("Economy"), w.open().tagsOf(claim).stream().map(Tag::name).toList());
        assertEquals("Saved · Tagged as “Economy”", w.status().textProperty().get());
        assertTrue(w.reader().describeAt(claim.range().start()).orElseThrow().endsWith("tags: Economy"),
                w.reader().describeAt(claim.range().start()).orElseThrow());
        w.keymap().commandOf(TagCommands.keyOf("e")).orElseThrow().action().run();
        assertEquals(List.of(), w.open().tagsOf(claim));
        assertEquals("Saved · Removed tag “Economy”", w.status().textProperty().get());
    }

    @Test
    void aKeyOfACommandIsRefusedBeforeItReachesTheProject() {
        w.keymap().bind("Mark as direct quote", Keys.annotate(Kind.DIRECT_QUOTE), () -> { });
        w.tags().create("Economy", null, null, "q", t -> { });
        assertEquals("Q is already the key of “Mark as direct quote”. Choose another key.",
                w.status().textProperty().get());
        assertEquals(List.of(), f.project.read(tx -> tx.tags().list()));
    }

    @Test
    void theFirstKeyOfTwoKeyCommandsIsRefusedNamingThem() {
        w.keymap().bindChord("Verdict: True", Keys.VERDICT, new javafx.scene.input.KeyCodeCombination(
                javafx.scene.input.KeyCode.DIGIT1), () -> { }, () -> { });
        w.tags().create("Economy", null, null, "v", t -> { });
        assertEquals("V starts the keys of “Verdict: True” and others. Choose another key.",
                w.status().textProperty().get());
        assertEquals(List.of(), f.project.read(tx -> tx.tags().list()));
    }
}
