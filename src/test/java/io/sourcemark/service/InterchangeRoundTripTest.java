package io.sourcemark.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Tag;
import io.sourcemark.model.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterchangeRoundTripTest {

    @TempDir
    Path dir;
    private ScriptedAfp afp;

    @BeforeEach
    void script() throws Exception {
        afp = ScriptedAfp.open(dir.resolve("first.sourcemark"));
    }

    @AfterEach
    void close() {
        afp.close();
    }

    private Path exportLibrary(Project project, String folder) {
        ExportReport report = new ExportService(project).export(new ExportRequest(ExportFormat.W3C, List.of(),
                dir.resolve(folder), ExportOptions.everything(), false, false), ImportProgress.NONE, () -> false);
        assertTrue(report.skipped().isEmpty(), report.toString());
        return dir.resolve(folder);
    }

    @Test
    void theW3cExportOfALibraryImportsIntoAnotherProjectWithoutLoss() throws Exception {
        Path export = exportLibrary(afp.project.project(), "w3c");
        UidSnapshot original = UidSnapshot.of(afp.project.project());
        try (TestProject other = TestProject.open(dir.resolve("second.sourcemark"))) {
            MergeReport report = new AnnotationImportService(other.project()).importFiles(List.of(export),
                    ImportProgress.NONE, () -> false);

            assertEquals(30, report.articlesAdded());
            assertEquals(List.of(), report.conflicts());
            assertEquals(List.of(), report.leftOut());
            assertEquals(List.of(), report.refused());
            assertEquals(2, report.linksAdded());
            UidSnapshot copy = UidSnapshot.of(other.project());
            assertSameByUid(original.articles(), copy.articles());
            assertSameByUid(original.speakers(), copy.speakers());
            assertSameByUid(original.tags(), copy.tags());
            assertSameByUid(original.annotations(), copy.annotations());
            assertSameByUid(original.evidence(), copy.evidence());
            assertSameByUid(original.links(), copy.links());
            assertEquals(original.tagged(), copy.tagged());
            assertTrue(original.annotations().size() > 40, "the engine's suggestions travel too");
        }
    }

    private static void assertSameByUid(Map<String, List<Object>> expected, Map<String, List<Object>> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same uids");
        for (String uid : expected.keySet()) {
            assertEquals(expected.get(uid), actual.get(uid), "the row of uid " + uid);
        }
    }

    @Test
    void importingTheSameFilesAgainAddsNothing() throws Exception {
        Path export = exportLibrary(afp.project.project(), "w3c");
        UidSnapshot before = UidSnapshot.of(afp.project.project());

        MergeReport report = new AnnotationImportService(afp.project.project()).importFiles(List.of(export),
                ImportProgress.NONE, () -> false);

        assertEquals(0, report.articlesAdded());
        assertEquals(30, report.articlesMerged());
        assertEquals(0, report.annotationsAdded());
        assertEquals(0, report.annotationsUpdated());
        assertEquals(before.annotations().size(), report.annotationsIdentical());
        assertEquals(0, report.evidenceAdded());
        assertEquals(0, report.linksAdded());
        assertEquals(List.of(), report.conflicts());
        assertEquals(before, UidSnapshot.of(afp.project.project()));
        assertFalse(report.needsAttention());
    }

    @Test
    void theBratExportImportedIntoItsOwnProjectChangesNothingAndListsNothing() throws Exception {
        // the claim rejected as a suggestion, then marked by hand: two of one kind and range, which brat tells
        // apart by their origin only
        Annotation mine = afp.project.write(tx -> tx.annotations().insert(ScriptedAfp.mark(afp.afp, Kind.CLAIM,
                afp.rejected.exact()).withNote("Marked again by hand.")));
        assertEquals(afp.rejected.range(), mine.range());
        Path export = dir.resolve("brat");
        ExportReport written = new ExportService(afp.project.project()).export(new ExportRequest(ExportFormat.BRAT,
                List.of(), export, ExportOptions.everything(), false, false), ImportProgress.NONE, () -> false);
        assertTrue(written.skipped().isEmpty(), written.toString());
        UidSnapshot before = UidSnapshot.of(afp.project.project());
        long mixed = afp.project.read(tx -> tx.annotations().forArticle(afp.afp.id())).stream()
                .filter(a -> a.isMixedQuote()).count();

        MergeReport report = new AnnotationImportService(afp.project.project()).importFiles(List.of(export),
                ImportProgress.NONE, () -> false);

        assertTrue(mixed >= 3, "the AFP article has mixed quotes, whose quoted words brat cannot write: " + mixed);
        assertEquals(30, report.articlesMerged());
        assertEquals(List.of(), report.conflicts(), "brat says no title and no kind of speaker to differ in");
        assertEquals(0, report.annotationsUpdated(), report.toString());
        assertEquals(before, UidSnapshot.of(afp.project.project()));
    }

    @Test
    void theBratExportBringsTagNamesColoursRationaleAndEvidenceIntoAnotherProject() throws Exception {
        afp.project.run(tx -> tx.tags().update(new Tag(afp.group.id(), afp.group.uid(), "Wagner | mercenaries",
                afp.group.color(), null, null)));
        // words our export writes before its parts, in the analyst's own note and rationale
        String note = "Evidence: the ministry's own figures · Rationale: none yet";
        String rationale = ScriptedAfp.RATIONALE + " · Old figure · 2023 is lower";
        afp.project.run(tx -> tx.annotations().update(tx.annotations().find(afp.sullivan.id()).orElseThrow()
                .withNote(note).withVerification(new Verification(afp.sullivan.verification().verdict(),
                        afp.sullivan.verification().status(), rationale, ScriptedAfp.REVIEWER, null))));
        Path export = dir.resolve("brat");
        new ExportService(afp.project.project()).export(new ExportRequest(ExportFormat.BRAT, List.of(), export,
                ExportOptions.everything(), false, false), ImportProgress.NONE, () -> false);
        try (TestProject other = TestProject.open(dir.resolve("second.sourcemark"))) {
            MergeReport report = new AnnotationImportService(other.project()).importFiles(List.of(export),
                    ImportProgress.NONE, () -> false);

            assertEquals(List.of(), report.leftOut());
            Map<String, String> colours = other.read(tx -> tx.tags().list()).stream()
                    .collect(Collectors.toMap(Tag::name, Tag::color));
            assertEquals(Map.of("Arms trade", "#b91c1c", "Wagner | mercenaries", "#047857"), colours,
                    "a name brat cannot take as a label and each colour come back");
            Annotation sullivan = other.read(tx -> tx.annotations().forArticle(tx.articles().findByHash(
                    afp.afp.contentHash()).orElseThrow().id())).stream()
                    .filter(a -> a.kind() == afp.sullivan.kind() && a.range().equals(afp.sullivan.range()))
                    .findFirst().orElseThrow();
            assertEquals(rationale, sullivan.verification().rationale());
            assertEquals(afp.sullivan.verification().verdict(), sullivan.verification().verdict());
            assertEquals(List.of(ScriptedAfp.EVIDENCE_URL, "ftp://archive.example.org/briefing.txt"),
                    other.read(tx -> tx.evidence().forAnnotation(sullivan.id())).stream().map(Evidence::url)
                            .toList());
            assertEquals(note, sullivan.note(), "the note whole, and neither the rationale nor the evidence in it");
        }
    }

    @Test
    void notesThatStartAsTheBratExportsOwnLinesAndTagsNamedAsKindsComeBackAsNotesAndTags() throws Exception {
        afp.project.run(tx -> tx.tags().update(new Tag(afp.group.id(), afp.group.uid(), "Source", afp.group.color(),
                null, null)));
        afp.project.run(tx -> tx.annotations().update(tx.annotations().find(afp.sullivan.id()).orElseThrow()
                .withNote("Speaker: Vladimir Putin, or so the caption said")));
        afp.project.run(tx -> tx.annotations().update(tx.annotations().find(afp.forum.id()).orElseThrow()
                .withNote("Evidence: https://evil.example/x")));
        Path export = dir.resolve("brat");
        new ExportService(afp.project.project()).export(new ExportRequest(ExportFormat.BRAT, List.of(), export,
                ExportOptions.everything(), false, false), ImportProgress.NONE, () -> false);
        try (TestProject other = TestProject.open(dir.resolve("second.sourcemark"))) {
            new AnnotationImportService(other.project()).importFiles(List.of(export), ImportProgress.NONE,
                    () -> false);
            long article = other.read(tx -> tx.articles().findByHash(afp.afp.contentHash()).orElseThrow().id());
            List<Annotation> there = other.read(tx -> tx.annotations().forArticle(article));
            Annotation sullivan = there.stream().filter(a -> a.kind() == afp.sullivan.kind()
                    && a.range().equals(afp.sullivan.range())).findFirst().orElseThrow();
            assertEquals("Speaker: Vladimir Putin, or so the caption said", sullivan.note());
            assertEquals(afp.project.read(tx -> tx.speakers().find(afp.sullivan.speakerId())).orElseThrow().name(),
                    other.read(tx -> tx.speakers().find(sullivan.speakerId())).orElseThrow().name(),
                    "the speaker is the statement's, not the note's words");
            Annotation forum = there.stream().filter(a -> a.kind() == Kind.CLAIM
                    && a.range().equals(afp.forum.range()) && a.origin() == afp.forum.origin()).findFirst()
                    .orElseThrow(); // not the engine's suggestion of the same words
            assertEquals("Evidence: https://evil.example/x", forum.note());
            assertTrue(other.read(tx -> tx.evidence().forAnnotation(forum.id())).stream()
                    .noneMatch(e -> e.url().contains("evil.example")), "a note's address is no evidence");
            Annotation wagner = there.stream().filter(a -> a.range().equals(afp.wagner.range())).findFirst()
                    .orElseThrow();
            assertEquals(Kind.TAG, wagner.kind(), "a tag named Source is a tag, not a speaker");
            assertEquals(List.of("Source"), other.read(tx -> tx.tags().forAnnotation(wagner.id())).stream()
                    .map(Tag::name).toList());
        }
    }

    @Test
    void aW3cFileThatRenamesOrSaysAnUnknownOriginIsListedAndTheProjectKeepsItsOwn() throws Exception {
        Path export = exportLibrary(afp.project.project(), "w3c");
        Path file;
        try (var files = Files.list(export)) {
            file = files.filter(f -> f.getFileName().toString().startsWith("the-white-house")).findFirst()
                    .orElseThrow();
        }
        var json = new ObjectMapper();
        var root = (ObjectNode) json.readTree(file.toFile());
        var suggestion = (ObjectNode) StreamSupport.stream(
                root.get("first").get("items").spliterator(), false)
                .filter(item -> item.get("sm:origin").asText().equals("DETECTED")).findFirst().orElseThrow();
        suggestion.put("sm:origin", "WHATEVER");
        String suggestionUid = suggestion.get("id").asText().replace("urn:uuid:", "");
        var speaker = (ObjectNode) root.get("sm:speakers").get(0);
        String speakerName = speaker.get("name").asText();
        speaker.put("name", speakerName + " Jr");
        var tag = (ObjectNode) root.get("sm:tags").get(0);
        String tagName = tag.get("label").asText();
        tag.put("label", tagName + " (old)");
        json.writeValue(file.toFile(), root);
        UidSnapshot before = UidSnapshot.of(afp.project.project());

        MergeReport report = new AnnotationImportService(afp.project.project()).importFiles(List.of(file),
                ImportProgress.NONE, () -> false);

        assertEquals(before, UidSnapshot.of(afp.project.project()), "the project keeps its origin and names");
        assertEquals(Origin.DETECTED, afp.project.read(tx -> tx.annotations().findByUid(suggestionUid))
                .orElseThrow().origin());
        assertTrue(report.leftOut().stream().anyMatch(l -> l.contains("its origin “WHATEVER” is not one "
                + "Sourcemark knows; it was read as a suggestion.")), report.leftOut().toString());
        List<String> fields = report.conflicts().stream().map(c -> c.subject() + ": " + c.field() + " " + c.here()
                + " / " + c.incoming()).toList();
        assertTrue(fields.contains("speaker " + speakerName + ": name “" + speakerName + "” / “" + speakerName
                + " Jr”"), fields.toString());
        assertTrue(fields.contains("tag " + tagName + ": name “" + tagName + "” / “" + tagName + " (old)”"),
                fields.toString());
    }

    @Test
    void oneUndoReversesAWholeImport() throws Exception {
        Path export = exportLibrary(afp.project.project(), "w3c");
        try (TestProject other = TestProject.open(dir.resolve("second.sourcemark"))) {
            UidSnapshot empty = UidSnapshot.of(other.project());
            new AnnotationImportService(other.project()).importFiles(List.of(export), ImportProgress.NONE,
                    () -> false);

            assertEquals("Import annotations from 30 files", other.history().undo().orElseThrow().label());
            assertEquals(empty, UidSnapshot.of(other.project()));
            assertTrue(other.read(tx -> tx.articles().count()) == 0);
        }
    }

    @Test
    void mergesIntoAProjectThatDetectedTheSameSuggestionsWithoutDuplicatingThem() throws Exception {
        Path export = exportLibrary(afp.project.project(), "w3c");
        try (TestProject colleague = TestProject.open(dir.resolve("colleague.sourcemark"))) {
            long afpThere = colleague.imports().importBundledSamples();
            colleague.detection().detect(afpThere);
            int detectedThere = colleague.read(tx -> tx.annotations().countForArticle(afpThere));

            MergeReport report = new AnnotationImportService(colleague.project()).importFiles(List.of(export),
                    ImportProgress.NONE, () -> false);

            assertEquals(0, report.articlesAdded(), "the same texts are the same articles");
            assertEquals(List.of(), report.conflicts());
            // the rest was suggested there too: the suggestions reviewed in the file take the review
            List<String> here = colleague.read(tx -> tx.annotations().forArticle(afpThere)).stream()
                    .map(a -> a.kind() + " " + a.range()).sorted().toList();
            List<String> there = afp.project.read(tx -> tx.annotations().forArticle(afp.afp.id())).stream()
                    .map(a -> a.kind() + " " + a.range()).distinct().sorted().toList();
            assertEquals(there, here, "every highlight of the file once, none twice");
            assertTrue(here.size() > detectedThere, "the analyst's tagged span is new there");
            assertTrue(report.annotationsUpdated() >= 3, "accepted, rejected and checked suggestions: " + report);
            var sullivan = colleague.read(tx -> tx.annotations().forArticle(afpThere)).stream()
                    .filter(a -> a.range().equals(afp.sullivan.range()) && a.kind() == afp.sullivan.kind())
                    .toList();
            assertEquals(1, sullivan.size());
            assertEquals(afp.sullivan.verification(), sullivan.get(0).verification());
            assertEquals(2, colleague.read(tx -> tx.evidence().forAnnotation(sullivan.get(0).id())).size());
            assertEquals(List.of("Arms trade"), colleague.read(tx -> tx.tags().forAnnotation(sullivan.get(0).id()))
                    .stream().map(t -> t.name()).toList());
            assertTrue(colleague.read(tx -> tx.annotations().forArticle(afpThere)).stream()
                    .anyMatch(a -> a.kind() == Kind.CLAIM && a.exact().equals(ScriptedAfp.FORUM_CLAIM)));
        }
    }
}
