package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.TextRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RangeAdjustmentTest {

    @TempDir
    Path dir;
    TagFixture f;
    String body;

    @BeforeEach
    void open() throws Exception {
        f = new TagFixture(dir);
        body = f.afp.body();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Annotation row(long id) {
        return f.annotations().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private void assertStoredAs(Annotation stored, TextRange range) {
        assertEquals(range, stored.range());
        assertEquals(range.of(body), stored.exact());
        assertEquals(body.substring(Math.max(0, range.start() - Annotation.CONTEXT_LENGTH), range.start()),
                stored.prefix());
        assertEquals(body.substring(range.end(), Math.min(body.length(), range.end() + Annotation.CONTEXT_LENGTH)),
                stored.suffix());
    }

    @Test
    void movesTheEndAWordAtATimeAndTheTextFollows() {
        Annotation claim = f.mark(Kind.CLAIM, "Russian Defense Minister");
        f.project.annotations().adjustByWord(claim.id(), SpanEdge.END, true);
        assertStoredAs(row(claim.id()), f.rangeOf("Russian Defense Minister Sergei"));
        f.project.annotations().adjustByWord(claim.id(), SpanEdge.END, false);
        f.project.annotations().adjustByWord(claim.id(), SpanEdge.END, false);
        assertStoredAs(row(claim.id()), f.rangeOf("Russian Defense"));
        assertEquals("Adjust range", f.project.history().undoLabel().orElseThrow());

        assertEquals("Adjust range", f.undo());
        assertEquals("Adjust range", f.undo());
        assertStoredAs(row(claim.id()), f.rangeOf("Russian Defense Minister Sergei"));
        assertEquals("Adjust range", f.undo());
        assertStoredAs(row(claim.id()), f.rangeOf("Russian Defense Minister"));
        f.redo();
        assertStoredAs(row(claim.id()), f.rangeOf("Russian Defense Minister Sergei"));
    }

    @Test
    void movesTheStartAWordAtATime() {
        Annotation claim = f.mark(Kind.CLAIM, "Defense Minister Sergei");
        f.project.annotations().adjustByWord(claim.id(), SpanEdge.START, false);
        assertStoredAs(row(claim.id()), f.rangeOf("Russian Defense Minister Sergei"));
        f.project.annotations().adjustByWord(claim.id(), SpanEdge.START, true);
        f.project.annotations().adjustByWord(claim.id(), SpanEdge.START, true);
        assertStoredAs(row(claim.id()), f.rangeOf("Minister Sergei"));
    }

    @Test
    void aHighlightKeepsItsLastWord() {
        Annotation speaker = f.mark(Kind.SPEAKER, "Shoigu");
        assertEquals("A highlight keeps at least one word: this is its last.", assertThrows(
                IllegalArgumentException.class, () -> f.project.annotations().adjustByWord(speaker.id(),
                        SpanEdge.END, false)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> f.project.annotations().adjustByWord(speaker.id(),
                SpanEdge.START, true));
        assertStoredAs(row(speaker.id()), f.rangeOf("Shoigu"));
    }

    @Test
    void adjustsToAGivenRangeButNotOntoAnotherOfTheSameKind() {
        Annotation one = f.mark(Kind.SPEAKER, "Sergei Shoigu");
        Annotation two = f.mark(Kind.SPEAKER, "Shoigu");
        f.project.annotations().adjustRange(one.id(), f.rangeOf(" Minister Sergei Shoigu"));
        assertStoredAs(row(one.id()), f.rangeOf("Minister Sergei Shoigu"));
        assertEquals("Another speaker already marks these words.", assertThrows(IllegalArgumentException.class,
                () -> f.project.annotations().adjustRange(two.id(), f.rangeOf("Minister Sergei Shoigu")))
                .getMessage());
        assertStoredAs(row(two.id()), f.rangeOf("Shoigu"));
    }

    @Test
    void thePiecesOfAnInterruptedQuoteFollowItsEdges() {
        TextRange whole = f.rangeOf("Russian Defense Minister Sergei Shoigu");
        TextRange first = f.rangeOf("Russian Defense");
        TextRange last = f.rangeOf("Sergei Shoigu");
        Annotation quote = f.project.write(tx -> tx.annotations().insert(Annotation.of(f.afp.id(), Kind.DIRECT_QUOTE,
                io.sourcemark.model.Origin.MANUAL, whole, body).withPieces(List.of(first, last))));
        f.project.annotations().adjustByWord(quote.id(), SpanEdge.START, true);
        Annotation moved = row(quote.id());
        assertEquals(List.of(f.rangeOf("Defense"), last), moved.pieces());
        f.project.annotations().adjustByWord(quote.id(), SpanEdge.START, true);
        assertEquals(List.of(), row(quote.id()).pieces(), "one piece left: a plain quote");
    }
}
