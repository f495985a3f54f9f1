package io.sourcemark.service;

import io.sourcemark.model.Annotation;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TagServiceTest {

    @TempDir
    Path dir;
    TagFixture f;
    Tag economy;
    Tag war;

    @BeforeEach
    void open() throws Exception {
        f = new TagFixture(dir);
        economy = f.codebook.create("Economy", "#2563eb", null, "e");
        war = f.codebook.create("War", "#dc2626", null, "w");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void tagsAnyHighlightAndUndoTakesTheTagOff() {
        Annotation claim = f.mark(Kind.CLAIM, "Russian Defense Minister Sergei Shoigu");
        f.tagging.tag(claim.id(), war.id());
        f.tagging.tag(claim.id(), economy.id());
        // in the order given, whatever their names: the first one's colour stays the highlight's
        assertEquals(List.of("War", "Economy"), f.tagNamesOf(claim.id()));
        assertEquals(List.of("War", "Economy"), f.tagging.tagsOf(claim.id()).stream().map(Tag::name).toList());
        assertEquals(List.of("War", "Economy"), f.project.articles().content(f.afp.id()).orElseThrow().tags()
                .get(claim.id()).stream().map(Tag::name).toList(), "the reader reads them with the article");

        assertEquals("Tag as “Economy”", f.undo());
        assertEquals(List.of("War"), f.tagNamesOf(claim.id()));
        assertEquals("Tag as “Economy”", f.redo());
        assertEquals(List.of("War", "Economy"), f.tagNamesOf(claim.id()), "redone under its own id, in its place");
        assertEquals("This highlight already carries “War”.", assertThrows(IllegalArgumentException.class,
                () -> f.tagging.tag(claim.id(), war.id())).getMessage());
    }

    @Test
    void untagsAndUndoPutsTheTagBack() {
        Annotation claim = f.mark(Kind.CLAIM, "Russian Defense Minister Sergei Shoigu");
        f.tagging.tag(claim.id(), war.id());
        f.tagging.untag(claim.id(), war.id());
        assertEquals(List.of(), f.tagNamesOf(claim.id()));
        assertEquals("Remove tag “War”", f.undo());
        assertEquals(List.of("War"), f.tagNamesOf(claim.id()));
    }

    @Test
    void theKeyOfATagTogglesIt() {
        Annotation quote = f.mark(Kind.DIRECT_QUOTE, "active discussions");
        assertTrue(f.tagging.toggle(quote.id(), economy.id()));
        assertEquals(List.of("Economy"), f.tagNamesOf(quote.id()));
        assertFalse(f.tagging.toggle(quote.id(), economy.id()));
        assertEquals(List.of(), f.tagNamesOf(quote.id()));
        assertEquals("Remove tag “Economy”", f.undo());
        assertEquals(List.of("Economy"), f.tagNamesOf(quote.id()));
    }

    @Test
    void aSpanWithNoOtherKindBecomesATagSpan() {
        Annotation span = f.tagging.tagSpan(f.afp.id(), f.rangeOf(" North Korea "), economy.id());
        Annotation row = f.annotations().stream().filter(a -> a.id() == span.id()).findFirst().orElseThrow();
        assertEquals(Kind.TAG, row.kind());
        assertEquals(Origin.MANUAL, row.origin());
        assertEquals("North Korea", row.exact(), "spaces at either end are left out");
        assertEquals(List.of("Economy"), f.tagNamesOf(span.id()));
        assertEquals("Tag span as “Economy”", f.project.history().undoLabel().orElseThrow());

        Annotation same = f.tagging.tagSpan(f.afp.id(), f.rangeOf("North Korea"), war.id());
        assertEquals(span.id(), same.id(), "the same words get the second tag, not a second span");
        assertEquals(List.of("Economy", "War"), f.tagNamesOf(span.id()));

        assertEquals("Tag span as “War”", f.undo());
        assertEquals("Tag span as “Economy”", f.undo());
        assertTrue(f.annotations().stream().noneMatch(a -> a.kind() == Kind.TAG));
    }

    @Test
    void aTagSpanWithoutATagYetIsMarkedForTheAnalystToTagNext() {
        Annotation span = f.tagging.tagSpan(f.afp.id(), f.rangeOf("North Korea"), null);
        assertEquals(List.of(), f.tagNamesOf(span.id()));
        assertEquals("Mark tag span", f.project.history().undoLabel().orElseThrow());
        assertEquals("This text is already a tag span.", assertThrows(IllegalArgumentException.class,
                () -> f.tagging.tagSpan(f.afp.id(), f.rangeOf("North Korea"), null)).getMessage());
    }
}
