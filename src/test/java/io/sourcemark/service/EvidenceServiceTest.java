package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceServiceTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    @TempDir
    Path dir;
    AfpProject afp;
    EvidenceService service;
    UndoHistory history;
    Annotation claim;

    @BeforeEach
    void open() throws Exception {
        afp = AfpProject.in(dir);
        service = new EvidenceService(afp.project.project());
        history = afp.project.history();
        claim = afp.mark(Kind.CLAIM, "active discussions");
    }

    @AfterEach
    void close() {
        afp.close();
    }

    private Evidence add(String url) {
        return service.add(claim.id(), new EvidenceDraft(url, "Title of " + url, null, Stance.SUPPORTS, DAY));
    }

    private List<String> urls() {
        return service.forStatement(claim.id()).stream().map(Evidence::url).toList();
    }

    @Test
    void addsEvidenceWithEveryFieldAndUndoRemovesIt() {
        Evidence added = service.add(claim.id(), new EvidenceDraft(" https://example.org/report ",
                " The report ", "page 4", Stance.REFUTES, DAY));

        assertEquals(List.of(new Evidence(added.id(), added.uid(), claim.id(), "https://example.org/report",
                "The report", "page 4", Stance.REFUTES, DAY)), service.forStatement(claim.id()));
        assertEquals(new Change(afp.afp.id(), claim.id(), "Add evidence"), history.undo().orElseThrow());
        assertEquals(List.of(), service.forStatement(claim.id()));
        history.redo();
        assertEquals(List.of(added.uid()), service.forStatement(claim.id()).stream().map(Evidence::uid).toList());
    }

    @Test
    void anAddressThatIsNotAWebAddressIsRefusedWithAMessageAndNothingIsWritten() {
        String label = history.undoLabel().orElseThrow();
        for (String bad : new String[] {"file:///etc/passwd", "javascript:alert(1)", "example.org", "https://",
                "http://exa mple.org"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> add(bad));
            assertTrue(refused.getMessage().startsWith("Evidence must be a web address starting with http:// or "
                    + "https://"), refused.getMessage());
        }
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> add(" "));
        assertEquals("Evidence needs a web address, such as https://example.org/report.", empty.getMessage());
        assertEquals(List.of(), service.forStatement(claim.id()));
        assertEquals(label, history.undoLabel().orElseThrow());
    }

    @Test
    void editsEvidenceAndUndoGivesBackTheFormerFields() {
        Evidence added = add("https://example.org/a");

        service.update(added, new EvidenceDraft("http://example.org/b", "", "see the table", Stance.CONTEXT, null));

        assertEquals(List.of(new Evidence(added.id(), added.uid(), claim.id(), "http://example.org/b", null,
                "see the table", Stance.CONTEXT, null)), service.forStatement(claim.id()));
        assertEquals("Edit evidence", history.undoLabel().orElseThrow());
        history.undo();
        assertEquals(List.of(added), service.forStatement(claim.id()));
    }

    @Test
    void anEditThatChangesNothingIsNoStepToUndo() {
        Evidence added = add("https://example.org/a");

        Evidence same = service.update(added, new EvidenceDraft(" https://example.org/a ", "Title of "
                + "https://example.org/a", "", Stance.SUPPORTS, DAY));

        assertEquals(added, same);
        assertEquals("Add evidence", history.undoLabel().orElseThrow());
        assertEquals(List.of(added), service.forStatement(claim.id()));
    }

    @Test
    void deletesEvidenceAndUndoBringsItBackUnderItsIdInItsPlace() {
        Evidence first = add("https://example.org/1");
        Evidence second = add("https://example.org/2");
        add("https://example.org/3");

        service.delete(second);
        assertEquals(List.of("https://example.org/1", "https://example.org/3"), urls());
        assertEquals("Delete evidence", history.undoLabel().orElseThrow());

        history.undo();
        assertEquals(List.of("https://example.org/1", "https://example.org/2", "https://example.org/3"), urls());
        assertEquals(second, service.forStatement(claim.id()).get(1));
        assertEquals(first, service.forStatement(claim.id()).get(0));
    }

    @Test
    void movesEvidenceUpAndDownAndUndoRestoresTheOrder() {
        add("https://example.org/1");
        add("https://example.org/2");
        Evidence third = add("https://example.org/3");

        service.move(third, -1);
        assertEquals(List.of("https://example.org/1", "https://example.org/3", "https://example.org/2"), urls());
        assertEquals("Move evidence up", history.undoLabel().orElseThrow());
        service.move(third, -1);
        assertEquals(List.of("https://example.org/3", "https://example.org/1", "https://example.org/2"), urls());
        service.move(third, -1); // at the top it stays
        assertEquals(List.of("https://example.org/3", "https://example.org/1", "https://example.org/2"), urls());

        history.undo();
        history.undo();
        assertEquals(List.of("https://example.org/1", "https://example.org/2", "https://example.org/3"), urls());
        service.move(service.forStatement(claim.id()).get(0), 1);
        assertEquals("Move evidence down", history.undoLabel().orElseThrow());
        assertEquals(List.of("https://example.org/2", "https://example.org/1", "https://example.org/3"), urls());
    }

    @Test
    void evidenceOfADeletedStatementComesBackWithIt() {
        add("https://example.org/1");
        afp.project.annotations().delete(claim.id());
        assertEquals(List.of(), urls());

        history.undo();
        assertEquals(List.of("https://example.org/1"), urls());
    }

    @Test
    void evidenceDeletedElsewhereIsRefusedWithAMessage() {
        Evidence added = add("https://example.org/1");
        service.delete(added);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> service.update(added, new EvidenceDraft("https://example.org/2", null, null, null, null)));
        assertEquals("This evidence no longer exists in the project.", refused.getMessage());
    }
}
