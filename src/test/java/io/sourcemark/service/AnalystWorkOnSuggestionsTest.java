package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Link;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Relation;
import io.sourcemark.model.Stance;
import io.sourcemark.model.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Work put on a suggestion reviews it, so that rejecting the article's suggestions never hides that work. */
class AnalystWorkOnSuggestionsTest {

    @TempDir
    Path dir;
    AfpProject afp;
    Annotation linked;
    Annotation linkedTo;
    Annotation untouched;

    @BeforeEach
    void open() throws Exception {
        afp = AfpProject.in(dir);
        linked = afp.suggest(Kind.CLAIM, "active discussions");
        linkedTo = afp.suggest(Kind.CLAIM, "image");
        untouched = afp.suggest(Kind.CLAIM, "North Korea");
    }

    @AfterEach
    void close() {
        afp.close();
    }

    private Origin origin(Annotation a) {
        return afp.stored(a.id()).origin();
    }

    @Test
    void linkingTwoSuggestionsConfirmsBothAndRejectingAllClaimsLeavesThemAndTheLink() {
        Link link = afp.project.links().link(linked.id(), linkedTo.id(), Relation.CONTRADICTS, null);
        assertEquals(List.of(Origin.CONFIRMED, Origin.CONFIRMED, Origin.DETECTED),
                List.of(origin(linked), origin(linkedTo), origin(untouched)));

        int rejected = afp.project.annotations().reviewAll(afp.afp.id(), Kind.CLAIM, false);

        assertEquals(1, rejected);
        assertEquals(List.of(Origin.CONFIRMED, Origin.CONFIRMED, Origin.REJECTED),
                List.of(origin(linked), origin(linkedTo), origin(untouched)));
        assertEquals(List.of(link), afp.project.read(tx -> tx.links().forAnnotation(linked.id())));
        // undoing the rejection and then the link gives the two claims back as suggestions: the review went with it
        afp.project.history().undo();
        afp.project.history().undo();
        assertEquals(List.of(Origin.DETECTED, Origin.DETECTED, Origin.DETECTED),
                List.of(origin(linked), origin(linkedTo), origin(untouched)));
    }

    @Test
    void aTagANoteOrEvidenceOnASuggestionConfirmsIt() {
        CheckingServices checking = afp.project.checking();
        Tag tag = new CodebookService(afp.project.project()).create("Weapons", null, null, null);
        new TagService(afp.project.project()).tag(linked.id(), tag.id());
        checking.notes().setNote(linkedTo.id(), "ask the ministry");
        Annotation evidenced = afp.suggest(Kind.CLAIM, "Russia");
        checking.evidence().add(evidenced.id(), new EvidenceDraft("https://example.org/a", null, null,
                Stance.SUPPORTS, null));

        assertEquals(List.of(Origin.CONFIRMED, Origin.CONFIRMED, Origin.CONFIRMED, Origin.DETECTED),
                List.of(origin(linked), origin(linkedTo), origin(evidenced), origin(untouched)));
        assertEquals("ask the ministry", afp.stored(linkedTo.id()).note());
    }

    @Test
    void aSuggestionThatCarriesWorkFromAnEarlierProjectIsNotRejected() {
        // as a project written before work confirmed a suggestion holds it: a detected claim with a link
        afp.project.write(tx -> tx.links().insert(new Link(0, null, linked.id(), linkedTo.id(), Relation.SUPPORTS,
                null)));
        String label = afp.project.history().undoLabel().orElseThrow();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> afp.project.annotations().reject(linked.id()));
        assertEquals("This suggestion carries your work (a verdict, note, evidence, link or tag); accept it, or "
                + "delete it with that work.", refused.getMessage());
        assertEquals(label, afp.project.history().undoLabel().orElseThrow());

        assertEquals(1, afp.project.annotations().reviewAll(afp.afp.id(), null, false));
        assertEquals(List.of(Origin.DETECTED, Origin.DETECTED, Origin.REJECTED),
                List.of(origin(linked), origin(linkedTo), origin(untouched)));
    }
}
