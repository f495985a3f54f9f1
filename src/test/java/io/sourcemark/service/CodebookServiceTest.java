package io.sourcemark.service;

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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodebookServiceTest {

    @TempDir
    Path dir;
    TagFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new TagFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void createsATagWithItsColourParentAndKeyAndUndoRemovesIt() {
        Tag economy = f.codebook.create("Economy", "#2563EB", null, null);
        Tag trade = f.codebook.create("  Trade   deals ", "#38f", economy.id(), "T");

        assertEquals(List.of(new Tag(economy.id(), economy.uid(), "Economy", "#2563eb", null, null),
                new Tag(trade.id(), trade.uid(), "Trade deals", "#3388ff", economy.id(), "t")), f.tags());
        assertEquals("Create tag “Trade deals”", f.undo());
        assertEquals(List.of("Economy"), f.tags().stream().map(Tag::name).toList());
        assertEquals("Create tag “Trade deals”", f.redo());
        assertEquals(trade, f.tag("Trade deals"), "redo brings the same row back");
    }

    @Test
    void aNewTagWithoutAColourGetsTheNextOfTheSet() {
        f.codebook.create("One", null, null, null);
        f.codebook.create("Two", " ", null, null);
        assertEquals(List.of(TagFields.COLOURS.get(0), TagFields.COLOURS.get(1)),
                f.tags().stream().map(Tag::color).toList());
    }

    @Test
    void refusesEmptyDuplicateAndBadlyColouredTagsChangingNothing() {
        f.codebook.create("Economy", null, null, "e");
        assertEquals("A tag needs a name.", assertThrows(IllegalArgumentException.class,
                () -> f.codebook.create("  ", null, null, null)).getMessage());
        assertEquals("The codebook already has a tag named “Economy”.", assertThrows(IllegalArgumentException.class,
                () -> f.codebook.create("economy", null, null, null)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> f.codebook.create("Red", "crimson", null,
                null)).getMessage().startsWith("“crimson” is not a colour"));
        assertEquals("The key E is already the key of the tag “Economy”.", assertThrows(
                IllegalArgumentException.class, () -> f.codebook.create("Energy", null, null, "E")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> f.codebook.create("Energy", null, null, "ée"))
                .getMessage().startsWith("A tag's key is one letter or digit"));
        assertEquals(1, f.tags().size());
        assertEquals("Create tag “Economy”", f.project.history().undoLabel().orElseThrow());
    }

    @Test
    void renamesRecoloursAndUndoesEach() {
        Tag tag = f.codebook.create("Economy", "#2563eb", null, null);
        f.codebook.rename(tag.id(), "Economics");
        f.codebook.recolour(tag.id(), "#DC2626");
        assertEquals(new Tag(tag.id(), tag.uid(), "Economics", "#dc2626", null, null), f.tag("Economics"));

        assertEquals("Recolour tag “Economics”", f.undo());
        assertEquals("#2563eb", f.tag("Economics").color());
        assertEquals("Rename tag “Economy” to “Economics”", f.undo());
        assertEquals(tag, f.tag("Economy"));
    }

    @Test
    void movesATagUnderAnotherAndBackButNeverUnderItsOwnSubTag() {
        Tag economy = f.codebook.create("Economy", null, null, null);
        Tag trade = f.codebook.create("Trade", null, null, null);
        Tag tariffs = f.codebook.create("Tariffs", null, trade.id(), null);

        f.codebook.move(trade.id(), economy.id());
        assertEquals(economy.id(), f.tag("Trade").parentId());
        assertEquals("Move tag “Trade” under “Economy”", f.project.history().undoLabel().orElseThrow());
        IllegalArgumentException loop = assertThrows(IllegalArgumentException.class,
                () -> f.codebook.move(economy.id(), tariffs.id()));
        assertTrue(loop.getMessage().contains("cannot be moved under itself or under one of its own sub-tags"),
                loop.getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.codebook.move(trade.id(), trade.id()));

        f.codebook.move(trade.id(), null);
        assertNull(f.tag("Trade").parentId());
        assertEquals("Move tag “Trade” to the top level", f.undo());
        assertEquals("Move tag “Trade” under “Economy”", f.undo());
        assertNull(f.tag("Trade").parentId());
    }

    @Test
    void setsAndRemovesAKey() {
        Tag tag = f.codebook.create("Economy", null, null, null);
        f.codebook.setShortcut(tag.id(), "E");
        assertEquals("e", f.tag("Economy").shortcut());
        assertEquals("Give tag “Economy” the key E", f.project.history().undoLabel().orElseThrow());
        f.codebook.setShortcut(tag.id(), "");
        assertNull(f.tag("Economy").shortcut());
        assertEquals("Remove the key of tag “Economy”", f.undo());
        assertEquals("e", f.tag("Economy").shortcut());
    }

    @Test
    void deletingSaysWhatHappensToItsSpansAndUndoBringsThemBack() {
        Tag economy = f.codebook.create("Economy", null, null, null);
        Tag other = f.codebook.create("Other", null, null, null);
        f.codebook.create("Trade", null, economy.id(), null);
        Annotation claim = f.mark(Kind.CLAIM, "Russian Defense Minister Sergei Shoigu");
        f.tagging.tag(claim.id(), economy.id());
        Annotation alone = f.tagging.tagSpan(f.afp.id(), f.rangeOf("active discussions"), economy.id());
        Annotation both = f.tagging.tagSpan(f.afp.id(), f.rangeOf("North Korea"), economy.id());
        f.tagging.tag(both.id(), other.id());

        TagDeletion deletion = f.codebook.deletion(economy.id());
        assertEquals(new TagDeletion("Economy", 3, 1, 1), deletion);
        assertEquals("3 highlights carry “Economy”: they lose the tag; 1 tag span marked only with it is deleted, "
                + "the other 2 highlights stay. 1 sub-tag moves to the top level. Undo brings it all back.",
                deletion.describe());

        assertEquals(deletion, f.codebook.delete(economy.id()));
        assertEquals(List.of("Other", "Trade"), f.tags().stream().map(Tag::name).toList());
        assertNull(f.tag("Trade").parentId());
        assertTrue(f.annotations().stream().noneMatch(a -> a.id() == alone.id()), "the span only it marked goes");
        assertEquals(List.of(), f.tagNamesOf(claim.id()));
        assertEquals(List.of("Other"), f.tagNamesOf(both.id()));

        assertEquals("Delete tag “Economy”", f.undo());
        assertEquals(economy, f.tag("Economy"));
        assertEquals(economy.id(), f.tag("Trade").parentId());
        assertEquals(List.of("Economy"), f.tagNamesOf(claim.id()));
        assertEquals(List.of("Economy"), f.tagNamesOf(alone.id()));
        assertEquals(List.of("Economy", "Other"), f.tagNamesOf(both.id()));
    }

    @Test
    void aTagNoHighlightCarriesIsDeletedWithoutLoss() {
        Tag tag = f.codebook.create("Unused", null, null, null);
        Tag once = f.codebook.create("Once", null, null, null);
        f.tagging.tag(f.mark(Kind.SPEAKER, "Shoigu").id(), once.id());
        assertEquals("1 highlight carries “Once”: it loses the tag, and stays. Undo brings it all back.",
                f.codebook.deletion(once.id()).describe());
        assertEquals("No highlight carries “Unused”. Undo brings it all back.",
                f.codebook.deletion(tag.id()).describe());
    }
}
