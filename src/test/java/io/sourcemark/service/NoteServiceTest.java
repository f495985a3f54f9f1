package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NoteServiceTest {

    @TempDir
    Path dir;
    AfpProject afp;
    NoteService service;
    UndoHistory history;

    @BeforeEach
    void open() throws Exception {
        afp = AfpProject.in(dir);
        service = new NoteService(afp.project.project());
        history = afp.project.history();
    }

    @AfterEach
    void close() {
        afp.close();
    }

    private String articleNote() {
        return afp.project.read(tx -> tx.articles().find(afp.afp.id())).orElseThrow().note();
    }

    @Test
    void notesAnyHighlightAndUndoRemovesTheNote() {
        Annotation speaker = afp.mark(Kind.SPEAKER, "Jake Sullivan");

        service.setNote(speaker.id(), " Ask the press office  ");

        assertEquals("Ask the press office", afp.stored(speaker.id()).note());
        assertEquals(new Change(afp.afp.id(), speaker.id(), "Edit note"), history.undo().orElseThrow());
        assertNull(afp.stored(speaker.id()).note());
        history.redo();
        service.setNote(speaker.id(), "");
        assertEquals("Remove note", history.undoLabel().orElseThrow());
        assertNull(afp.stored(speaker.id()).note());
    }

    @Test
    void notesTheArticleAndUndoGivesBackTheFormerNote() {
        service.setArticleNote(afp.afp.id(), "First pass");
        service.setArticleNote(afp.afp.id(), "Second pass\nwith two lines");

        assertEquals("Second pass\nwith two lines", articleNote());
        assertEquals("Edit article note", history.undoLabel().orElseThrow());
        history.undo();
        assertEquals("First pass", articleNote());
        history.undo();
        assertNull(articleNote());
    }
}
