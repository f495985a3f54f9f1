package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ArticleStatements;
import io.sourcemark.model.Link;
import io.sourcemark.model.Relation;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.StatementInArticle;
import io.sourcemark.model.Verdict;
import io.sourcemark.store.DatabaseSnapshot;
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

class SpeakerServiceTest {

    @TempDir
    Path dir;
    TwoArticles library;
    SpeakerService speakers;

    @BeforeEach
    void open() throws Exception {
        library = new TwoArticles(dir);
        speakers = library.project.speakers();
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** Runs the change, checks its label, then that undo gives back every row as it was and redo the change. */
    private void undoRestoresRows(String label, Runnable change) throws Exception {
        DatabaseSnapshot before = library.snapshot();
        change.run();
        DatabaseSnapshot after = library.snapshot();
        assertEquals(label, library.undoLabel());
        library.project.history().undo();
        DatabaseSnapshot undone = library.snapshot();
        assertEquals(before, undone, () -> "differs in " + before.differences(undone));
        library.project.history().redo();
        DatabaseSnapshot redone = library.snapshot();
        assertEquals(after, redone, () -> "differs in " + after.differences(redone));
    }

    @Test
    void typedAliasFindsItsSpeakerWhateverTheCase() throws Exception {
        undoRestoresRows("Set speaker to Jake Sullivan", () -> {
            Annotation set = speakers.setSpeakerByName(library.repeated.id(), "  mr. SULLIVAN ");
            assertEquals(library.sullivan.id(), set.speakerId());
        });
        assertEquals(library.sullivan.id(), library.find(library.repeated).speakerId());
    }

    @Test
    void typedNewNameCreatesTheSpeakerInline() throws Exception {
        undoRestoresRows("Create speaker Sergei Shoigu", () -> speakers.setSpeakerByName(library.ships.id(),
                "Sergei Shoigu"));
        Speaker created = library.project.read(tx -> tx.speakers().findByNameOrAlias("sergei shoigu")).orElseThrow();
        assertEquals(SpeakerKind.PERSON, created.kind());
        assertEquals(created.id(), library.find(library.ships).speakerId());
        library.project.history().undo();
        assertTrue(library.project.read(tx -> tx.speakers().findByNameOrAlias("Sergei Shoigu")).isEmpty());
    }

    @Test
    void blankNameTakesTheSpeakerAway() throws Exception {
        undoRestoresRows("Remove speaker", () -> speakers.setSpeakerByName(library.talksOver.id(), " "));
        assertNull(library.find(library.talksOver).speakerId());
    }

    @Test
    void setsAnExistingSpeakerById() throws Exception {
        undoRestoresRows("Set speaker to Kim Jong Un", () -> speakers.setSpeaker(library.ships.id(),
                library.kim.id()));
    }

    @Test
    void mentionGivesItsSpeakerAndASaidByLink() throws Exception {
        undoRestoresRows("Link to speaker Jake Sullivan", () -> speakers.setSpeakerFromMention(library.sanctions.id(),
                library.mentionMr.id()));
        assertEquals(library.sullivan.id(), library.find(library.sanctions).speakerId());
        List<Link> links = library.project.read(tx -> tx.links().forAnnotation(library.sanctions.id()));
        assertEquals(1, links.size());
        assertEquals(library.mentionMr.id(), links.get(0).toAnnotationId());
        assertEquals(Relation.SAID_BY, links.get(0).relation());
        assertThrows(IllegalArgumentException.class, () -> speakers.setSpeakerFromMention(library.sanctions.id(),
                library.ships.id()), "a claim is not a mention");
    }

    @Test
    void mentionWithoutSpeakerGetsTheOneItsWordsName() throws Exception {
        Annotation bare = library.project.write(tx -> {
            Annotation mention = tx.annotations().find(library.mentionMr.id()).orElseThrow().withSpeaker(null);
            tx.annotations().update(mention);
            return mention;
        });
        speakers.setSpeakerFromMention(library.repeated.id(), bare.id());
        assertEquals(library.sullivan.id(), library.find(bare).speakerId());
        assertEquals(library.sullivan.id(), library.find(library.repeated).speakerId());
    }

    @Test
    void editsNameKindRoleAffiliationAndAliases() throws Exception {
        Speaker edited = new Speaker(library.kim.id(), null, " Kim Jong-un ", SpeakerKind.GOVERNMENT_BODY, "Leader",
                " ", List.of("Mr. Kim", "mr. kim", "", "Kim Jong-un", "Kim"));
        undoRestoresRows("Edit speaker Kim Jong-un", () -> speakers.edit(edited));
        Speaker stored = library.find(library.kim);
        assertEquals("Kim Jong-un", stored.name());
        assertEquals(SpeakerKind.GOVERNMENT_BODY, stored.kind());
        assertEquals("Leader", stored.role());
        assertNull(stored.affiliation());
        assertEquals(List.of("Mr. Kim", "Kim"), stored.aliases());
    }

    @Test
    void anotherSpeakersNameIsRefusedAndNothingChanges() throws Exception {
        DatabaseSnapshot before = library.snapshot();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> speakers.edit(
                new Speaker(library.kim.id(), null, "jake sullivan", SpeakerKind.PERSON, null, null, List.of())));
        assertTrue(refused.getMessage().contains("Merge"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> speakers.edit(new Speaker(library.kim.id(), null, " ",
                SpeakerKind.PERSON, null, null, List.of())));
        IllegalArgumentException alias = assertThrows(IllegalArgumentException.class, () -> speakers.edit(
                new Speaker(library.kim.id(), null, library.kim.name(), SpeakerKind.PERSON, null, null,
                        List.of("Mr. Kim", "JAKE SULLIVAN"))));
        assertEquals("“Jake Sullivan” is the name of another speaker, not an alias. Merge the two speakers instead.",
                alias.getMessage());
        assertEquals(before, library.snapshot());
    }

    @Test
    void mergeMovesEveryReferenceAndUndoSplitsThemBack() throws Exception {
        undoRestoresRows("Merge Kim Jong Un into Jake Sullivan", () -> speakers.merge(library.sullivan.id(),
                library.kim.id()));
        // redone: the merged state
        assertTrue(library.project.read(tx -> tx.speakers().find(library.kim.id())).isEmpty());
        Speaker kept = library.find(library.sullivan);
        assertEquals(List.of("Mr. Sullivan", "Kim Jong Un"), kept.aliases());
        assertEquals("North Korea", kept.affiliation(), "an empty field is filled from the merged speaker");
        assertEquals("National Security Adviser", kept.role());
        assertEquals(library.sullivan.id(), library.find(library.sanctions).speakerId());
        assertEquals(3, speakers.speakers().stream().filter(o -> o.speaker().id() == library.sullivan.id())
                .findFirst().orElseThrow().statements());
        library.project.history().undo();
        assertEquals(library.kim, library.find(library.kim));
        assertEquals(library.kim.id(), library.find(library.sanctions).speakerId());
        assertThrows(IllegalArgumentException.class, () -> speakers.merge(library.kim.id(), library.kim.id()));
    }

    @Test
    void splitAliasTakesItsMentionsAndTheirStatements() throws Exception {
        library.project.links().link(library.negotiate.id(), library.mentionMr.id(), Relation.SAID_BY, null);
        Speaker[] split = new Speaker[1];
        undoRestoresRows("Split Mr. Sullivan off Jake Sullivan", () -> split[0] = speakers.splitAlias(
                library.sullivan.id(), "mr. sullivan"));
        Speaker mister = library.project.read(tx -> tx.speakers().findByNameOrAlias("Mr. Sullivan")).orElseThrow();
        assertEquals(List.of(), library.find(library.sullivan).aliases());
        assertEquals(SpeakerKind.PERSON, mister.kind());
        assertEquals(mister.id(), library.find(library.mentionMr).speakerId());
        assertEquals(mister.id(), library.find(library.negotiate).speakerId(), "said by the mention");
        assertEquals(library.sullivan.id(), library.find(library.talksOver).speakerId(), "not linked: stays");
        assertEquals(library.sullivan.id(), library.find(library.mentionJake).speakerId());
        assertThrows(IllegalArgumentException.class, () -> speakers.splitAlias(library.sullivan.id(), "Jake"));
    }

    @Test
    void splittingAMergedNameOffGivesBackTheStatementsItsSpeakerHadByName() throws Exception {
        speakers.setSpeakerByName(library.repeated.id(), "kim jong un");
        speakers.setSpeakerByName(library.ships.id(), "Kim Jong Un");
        speakers.merge(library.sullivan.id(), library.kim.id());
        assertEquals(library.sullivan.id(), library.find(library.sanctions).speakerId());
        assertEquals(library.sullivan.id(), library.find(library.repeated).speakerId());
        // chosen again after the merge: no longer the merged speaker's
        speakers.setSpeakerByName(library.ships.id(), "Someone Else");
        speakers.setSpeaker(library.ships.id(), library.sullivan.id());
        Speaker[] split = new Speaker[1];
        undoRestoresRows("Split Kim Jong Un off Jake Sullivan", () -> split[0] = speakers.splitAlias(
                library.sullivan.id(), "KIM JONG UN"));
        assertEquals("Kim Jong Un", split[0].name());
        assertEquals(split[0].id(), library.find(library.sanctions).speakerId(), "its own before the merge");
        assertEquals(split[0].id(), library.find(library.repeated).speakerId(), "set by name before the merge");
        assertEquals(library.sullivan.id(), library.find(library.ships).speakerId(), "chosen again since");
        assertEquals(library.sullivan.id(), library.find(library.talksOver).speakerId(), "Sullivan's own");
        assertEquals(List.of("Mr. Sullivan"), library.find(library.sullivan).aliases());
        assertEquals(List.of(library.sanctions.id(), library.repeated.id()), speakers.statementsOf(split[0].id())
                .stream().flatMap(a -> a.statements().stream()).map(StatementInArticle::annotationId).sorted()
                .toList());
    }

    @Test
    void whoSaidWhatGroupsTheLibraryByArticleWithVerdicts() {
        speakers.setSpeaker(library.repeated.id(), library.sullivan.id());
        List<ArticleStatements> said = speakers.statementsOf(library.sullivan.id());
        assertEquals(List.of("Briefing on the seized ships", "Talks are over, says Sullivan"),
                said.stream().map(ArticleStatements::title).toList());
        assertEquals(List.of("the talks were over"), said.get(0).statements().stream()
                .map(StatementInArticle::exact).toList());
        assertEquals(List.of("the talks were over", "We will not negotiate,"), said.get(1).statements().stream()
                .map(StatementInArticle::exact).toList(), "mentions left out, reading order");
        assertEquals(List.of(Verdict.TRUE, Verdict.NOT_CHECKED), said.get(1).statements().stream()
                .map(StatementInArticle::verdict).toList());
        assertEquals(java.util.Set.of(library.sullivan.id(), library.kim.id()), speakers.speakerIdsIn(
                library.talksId));
        // the article's own counts: Sullivan's two statements here, not his three in the library
        assertEquals(3, speakers.speakers().stream().filter(o -> o.speaker().id() == library.sullivan.id())
                .findFirst().orElseThrow().statements());
        assertEquals(2, speakers.speakersIn(library.talksId).get(library.sullivan.id()));
        assertEquals(java.util.Set.of(library.sullivan.id(), library.kim.id()),
                speakers.speakersIn(library.talksId).keySet());
    }
}
