package io.sourcemark.service;

import io.sourcemark.model.Link;
import io.sourcemark.model.LinkEnd;
import io.sourcemark.model.Relation;
import io.sourcemark.model.StatementInArticle;
import io.sourcemark.store.DatabaseSnapshot;
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

class LinkServiceTest {

    @TempDir
    Path dir;
    TwoArticles library;
    LinkService links;

    @BeforeEach
    void open() throws Exception {
        library = new TwoArticles(dir);
        links = library.project.links();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void linksStatementsOfTwoArticlesAndListsItFromBothEnds() throws Exception {
        DatabaseSnapshot before = library.snapshot();
        Link link = links.link(library.repeated.id(), library.talksOver.id(), Relation.REPEATS, "  same words  ");
        assertEquals("Link: repeats", library.undoLabel());
        assertEquals("same words", link.note());
        assertEquals(1, library.snapshot().rows("link"));

        List<LinkEnd> fromBriefing = links.linksOf(library.repeated.id());
        assertEquals(1, fromBriefing.size());
        assertTrue(fromBriefing.get(0).outgoing());
        assertEquals("repeats", RelationNames.seenFrom(fromBriefing.get(0)));
        StatementInArticle other = fromBriefing.get(0).other();
        assertEquals(library.talksOver.id(), other.annotationId());
        assertEquals(library.talksId, other.articleId());
        assertEquals("Talks are over, says Sullivan", other.articleTitle());

        List<LinkEnd> fromTalks = links.linksOf(library.talksOver.id());
        assertFalse(fromTalks.get(0).outgoing());
        assertEquals("repeated by", RelationNames.seenFrom(fromTalks.get(0)));
        assertEquals(library.briefingId, fromTalks.get(0).other().articleId());

        library.project.history().undo();
        assertEquals(before, library.snapshot());
        library.project.history().redo();
        assertEquals(link, library.project.read(tx -> tx.links().forAnnotation(library.repeated.id())).get(0));
    }

    @Test
    void linksAStatementToASpeakerMentionWithoutNote() {
        Link link = links.link(library.negotiate.id(), library.mentionMr.id(), Relation.SAID_BY, " ");
        assertEquals(null, link.note());
        assertEquals("said by", RelationNames.seenFrom(links.linksOf(library.negotiate.id()).get(0)));
        assertEquals("says", RelationNames.seenFrom(links.linksOf(library.mentionMr.id()).get(0)));
    }

    @Test
    void refusesAStatementLinkedToItselfAndTheSameLinkTwice() throws Exception {
        links.link(library.ships.id(), library.sanctions.id(), Relation.CONTRADICTS, null);
        DatabaseSnapshot before = library.snapshot();
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> links.link(
                library.ships.id(), library.sanctions.id(), Relation.CONTRADICTS, "again"));
        assertTrue(twice.getMessage().contains("already linked"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> links.link(library.ships.id(), library.ships.id(),
                Relation.CITES, null));
        assertEquals(before, library.snapshot());
        links.link(library.ships.id(), library.sanctions.id(), Relation.CITES, null);
        assertEquals(2, library.snapshot().rows("link"), "another relation between the same two is a second link");
    }

    @Test
    void deletesALinkAndUndoBringsItBackUnderItsId() throws Exception {
        Link link = links.link(library.ships.id(), library.repeated.id(), Relation.RESPONDS_TO, "reply");
        DatabaseSnapshot linked = library.snapshot();
        links.delete(link);
        assertEquals("Delete link: responds to", library.undoLabel());
        assertEquals(0, library.snapshot().rows("link"));
        assertThrows(IllegalArgumentException.class, () -> links.delete(link));
        library.project.history().undo();
        assertEquals(linked, library.snapshot());
    }

    @Test
    void findsStatementsAndMentionsByTheirWordsAcrossTheLibrary() {
        List<StatementInArticle> found = links.find("TALKS were");
        assertEquals(List.of(library.repeated.id(), library.talksOver.id()), found.stream()
                .map(StatementInArticle::annotationId).toList(), "by article title, then reading order");
        assertEquals(List.of(library.mentionMr.id()), links.find("Mr.").stream()
                .map(StatementInArticle::annotationId).toList());
        assertEquals(List.of(), links.find("100%_"), "LIKE wildcards are the analyst's characters");
        assertEquals(List.of(), links.find("  "));
        assertEquals(found, links.find("were  talks"), "every word, in any order, as the library's search");
        assertEquals(List.of(), links.find("talks zebra"), "every word, not any of them");
        assertEquals(found, links.find("were tal"), "the last word may be unfinished");
        assertEquals(List.of(), links.find("alks ere"), "a word is found where a word starts, not inside one");
    }
}
