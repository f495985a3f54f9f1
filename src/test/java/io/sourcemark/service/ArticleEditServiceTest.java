package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleEditServiceTest {

    @TempDir
    Path dir;
    AfpProject afp;
    ArticleEditService service;
    UndoHistory history;

    @BeforeEach
    void open() throws Exception {
        afp = AfpProject.in(dir);
        service = new ArticleEditService(afp.project.project());
        history = afp.project.history();
    }

    @AfterEach
    void close() {
        afp.close();
    }

    private ArticleMeta meta() {
        return afp.project.read(tx -> tx.articles().find(afp.afp.id())).orElseThrow().meta();
    }

    @Test
    void editsTheDetailsKeepingDatelineAgencyAndFileNameAndUndoRestoresThem() {
        ArticleMeta before = meta();

        service.editDetails(afp.afp.id(), new ArticleDetails(" Arms and summits ", "Agence France-Presse",
                "2023-09-06", "https://www.afp.com/en/news", " CC BY 4.0 "));

        assertEquals(new ArticleMeta("Arms and summits", "Agence France-Presse", "2023-09-06", before.dateline(),
                before.agency(), "https://www.afp.com/en/news", "CC BY 4.0", before.fileName()), meta());
        assertEquals("Edit article details", history.undoLabel().orElseThrow());
        assertEquals("Arms and summits", afp.project.articles().summary(afp.afp.id()).orElseThrow().title());
        history.undo();
        assertEquals(before, meta());
    }

    @Test
    void blankFieldsAreStoredAsUnknown() {
        service.editDetails(afp.afp.id(), new ArticleDetails("Title", " ", "", null, ""));

        ArticleMeta meta = meta();
        assertEquals(List.of("Title"), java.util.Arrays.asList(meta.title()));
        assertEquals(null, meta.source());
        assertEquals(null, meta.date());
        assertEquals(null, meta.url());
        assertEquals(null, meta.license());
    }

    @Test
    void aBlankTitleABadDateOrABadAddressIsRefusedAndNothingChanges() {
        ArticleMeta before = meta();
        String label = history.undoLabel().orElseThrow();

        assertEquals("An article needs a title.", assertThrows(IllegalArgumentException.class,
                () -> service.editDetails(afp.afp.id(), new ArticleDetails(" ", null, null, null, null)))
                .getMessage());
        assertEquals("Write the date as year-month-day, such as 2023-09-05; “5 Sept” is not one.",
                assertThrows(IllegalArgumentException.class, () -> service.editDetails(afp.afp.id(),
                        new ArticleDetails("T", null, "5 Sept", null, null))).getMessage());
        String url = assertThrows(IllegalArgumentException.class, () -> service.editDetails(afp.afp.id(),
                new ArticleDetails("T", null, null, "file:///home/me/a.html", null))).getMessage();
        assertTrue(url.startsWith("The article's address must be a web address starting with http:// or https://"),
                url);

        assertEquals(before, meta());
        assertEquals(label, history.undoLabel().orElseThrow());
    }

    @Test
    void deletesTheArticleAndUndoBringsItBackWithItsHighlightsEvidenceAndNotes() {
        Annotation claim = afp.mark(Kind.CLAIM, "active discussions");
        new EvidenceService(afp.project.project()).add(claim.id(),
                new EvidenceDraft("https://example.org", null, null, Stance.SUPPORTS, null));
        new NoteService(afp.project.project()).setArticleNote(afp.afp.id(), "Check Friday");

        service.delete(afp.afp.id());

        assertEquals(0, afp.project.articles().count());
        assertEquals("Delete article “The White House on Tuesday warned North Korea against selli…”",
                history.undoLabel().orElseThrow());
        assertEquals(new Change(afp.afp.id(), 0,
                "Delete article “The White House on Tuesday warned North Korea against selli…”"),
                history.undo().orElseThrow());
        assertEquals(afp.afp.id(), afp.project.articles().list("").get(0).id());
        assertEquals(claim, afp.stored(claim.id()));
        assertEquals("Check Friday", afp.project.read(tx -> tx.articles().find(afp.afp.id())).orElseThrow().note());
        assertEquals(List.of("https://example.org"), afp.project.read(tx -> tx.evidence().forAnnotation(claim.id()))
                .stream().map(e -> e.url()).toList());
        history.redo();
        assertEquals(0, afp.project.articles().count());
    }
}
