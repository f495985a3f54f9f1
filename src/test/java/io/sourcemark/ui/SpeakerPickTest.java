package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Link;
import io.sourcemark.model.Relation;
import io.sourcemark.model.Speaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** P, then a click on a name in the article: the statement's speaker, on a real project, at once. */
class SpeakerPickTest {

    @TempDir
    Path dir;
    WorkspaceFixture fixture;
    Workspace workspace;
    Annotation quote;
    Annotation mention;

    @BeforeEach
    void markAQuoteAndTheNameOfItsSpeaker() throws Exception {
        fixture = WorkspaceFixture.open(dir);
        workspace = fixture.workspace;
        fixture.mark(Kind.SPEAKER, "Jake Sullivan");
        mention = workspace.selection().annotation();
        fixture.mark(Kind.DIRECT_QUOTE, "active discussions");
        quote = workspace.selection().annotation();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Annotation stored(Annotation annotation) {
        return fixture.project.read(tx -> tx.annotations().find(annotation.id())).orElseThrow();
    }

    @Test
    void clickingTheMentionGivesTheStatementItsSpeakerAndASaidByLink() {
        workspace.speakerSection().pickMention();
        assertTrue(workspace.picking().isActive());
        workspace.reader().selectAt(fixture.rangeOf("Jake Sullivan").start() + 2);

        assertFalse(workspace.picking().isActive());
        assertEquals(quote.id(), workspace.selection().annotation().id(), "the statement stays selected");
        Speaker speaker = fixture.project.read(tx -> tx.speakers().find(stored(quote).speakerId())).orElseThrow();
        assertEquals("Jake Sullivan", speaker.name());
        assertEquals(speaker.id(), stored(mention).speakerId());
        List<Link> links = fixture.project.read(tx -> tx.links().forAnnotation(quote.id()));
        assertEquals(List.of(Relation.SAID_BY), links.stream().map(Link::relation).toList());
        assertEquals("Undo: Link to speaker Jake Sullivan", workspace.history().undoTextProperty().get());
        assertEquals("Jake Sullivan", workspace.open().speakerName(workspace.selection().annotation()).orElse(null),
                "the list and the reader show the speaker at once");
    }

    @Test
    void aClickElsewhereKeepsWaitingAndEscapeGivesUp() {
        workspace.speakerSection().pickMention();
        workspace.reader().selectAt(fixture.rangeOf("active discussions").start() + 1);
        assertTrue(workspace.picking().isActive(), "a quote is not a mention");
        assertTrue(workspace.status().problemProperty().get());
        assertEquals(quote.id(), workspace.selection().annotation().id());

        workspace.reader().deselect();
        assertFalse(workspace.picking().isActive());
        workspace.reader().selectAt(fixture.rangeOf("Jake Sullivan").start() + 2);
        assertEquals(mention.id(), workspace.selection().annotation().id(), "a click selects again");
        assertNull(stored(quote).speakerId());
    }

    @Test
    void typedNameOrAliasSetsTheSpeakerAndBlankRemovesIt() {
        workspace.selection().select(quote);
        workspace.speakerSection().setSpeaker("Mr. Sullivan");
        Speaker created = fixture.project.read(tx -> tx.speakers().find(stored(quote).speakerId())).orElseThrow();
        assertEquals("Mr. Sullivan", created.name());
        workspace.speakerSection().setSpeaker("  mr. sullivan ");
        assertEquals(1, fixture.project.read(tx -> tx.speakers().list()).size(), "found again whatever the case");
        workspace.speakerSection().setSpeaker("");
        assertNull(stored(quote).speakerId());
        assertEquals("Undo: Remove speaker", workspace.history().undoTextProperty().get());
    }
}
