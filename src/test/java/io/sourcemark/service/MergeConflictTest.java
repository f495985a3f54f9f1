package io.sourcemark.service;

import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two analysts work on copies of one article; importing the colleague's export lists what they did otherwise. */
class MergeConflictTest {

    @TempDir
    Path dir;
    private ScriptedAfp afp;
    private TestProject colleague;

    @BeforeEach
    void copyTheWorkToAColleague() throws Exception {
        afp = ScriptedAfp.open(dir.resolve("mine.sourcemark"));
        colleague = TestProject.open(dir.resolve("theirs.sourcemark"));
        new AnnotationImportService(colleague.project()).importFiles(List.of(export(afp.project, "mine")),
                ImportProgress.NONE, () -> false);
    }

    @AfterEach
    void close() {
        colleague.close();
        afp.close();
    }

    private Path export(TestProject project, String folder) {
        new ExportService(project.project()).export(new ExportRequest(ExportFormat.W3C, List.of(afp.afp.id()),
                dir.resolve(folder), ExportOptions.everything(), false, false), ImportProgress.NONE, () -> false);
        return dir.resolve(folder);
    }

    private Annotation theirs(Annotation mine) {
        return colleague.read(tx -> tx.annotations().findByUid(mine.uid())).orElseThrow();
    }

    @Test
    void conflictingEditsAreListedAndTheProjectsValuesKept() {
        Verification theirVerdict = new Verification(Verdict.FALSE, ReviewStatus.DONE, "No price was paid.", "Ben",
                null);
        colleague.run(tx -> {
            tx.annotations().update(theirs(afp.sullivan).withVerification(theirVerdict));
            tx.annotations().update(theirs(afp.peskov).withNote("Said once, on the phone."));
            tx.annotations().insert(ScriptedAfp.mark(tx.articles().findByUid(afp.afp.uid()).orElseThrow(),
                    Kind.CLAIM, "Mr. Kim’s trips abroad are rare."));
        });
        int before = afp.project.read(tx -> tx.annotations().countForArticle(afp.afp.id()));

        MergeReport report = new AnnotationImportService(afp.project.project()).importFiles(
                List.of(export(colleague, "theirs")), ImportProgress.NONE, () -> false);

        assertEquals(2, report.conflicts().size(), report.conflicts().toString());
        MergeConflict verdict = report.conflicts().stream().filter(c -> c.field().equals("verification"))
                .findFirst().orElseThrow();
        assertTrue(verdict.subject().contains(afp.sullivan.exact().substring(0, 40)), verdict.subject());
        assertTrue(verdict.here().startsWith("mostly true (done)"), verdict.here());
        assertTrue(verdict.incoming().startsWith("false (done), “No price was paid.”, by Ben"), verdict.incoming());
        MergeConflict note = report.conflicts().stream().filter(c -> c.field().equals("note")).findFirst()
                .orElseThrow();
        assertEquals("“Asked twice by reporters.”", note.here());
        assertEquals("“Said once, on the phone.”", note.incoming());
        assertTrue(note.describe().startsWith("“" + afp.afp.meta().title() + "”: "), note.describe());
        assertEquals(afp.sullivan.verification(), afp.project.read(tx -> tx.annotations().find(afp.sullivan.id()))
                .orElseThrow().verification(), "the project's verdict is kept");
        assertEquals("Asked twice by reporters.", afp.project.read(tx -> tx.annotations().find(afp.peskov.id()))
                .orElseThrow().note());
        assertEquals(1, report.annotationsAdded(), "the colleague's new claim");
        assertEquals(before + 1, (int) afp.project.read(tx -> tx.annotations().countForArticle(afp.afp.id())));
        assertTrue(report.needsAttention());
    }

    @Test
    void whatTheProjectLacksIsFilledInFromTheFile() {
        Annotation cleared = theirs(afp.forum);
        colleague.run(tx -> tx.annotations().update(cleared.withNote("The organisers count 68.")));

        MergeReport report = new AnnotationImportService(afp.project.project()).importFiles(
                List.of(export(colleague, "theirs")), ImportProgress.NONE, () -> false);

        assertEquals(List.of(), report.conflicts());
        assertEquals(1, report.annotationsUpdated());
        assertEquals("The organisers count 68.", afp.project.read(tx -> tx.annotations().find(afp.forum.id()))
                .orElseThrow().note());
    }
}
