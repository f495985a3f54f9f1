package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Link;
import io.sourcemark.model.Relation;
import io.sourcemark.model.Speaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** brat files as another annotation tool writes them: its own types, Windows line ends, offsets in code points. */
class BratImportTest {

    /** Line ends of Windows and an emoji before the quote, so offsets move in both UTF-16 and the normal form. */
    private static final String TEXT = "Officials 🙂 met on Monday.\r\n\r\n\"We will pay,\" Jake Sullivan said in "
            + "Paris. He added \"nothing else\".\r\nThe talks failed.   \r\n";
    private static final String ANN = """
            T1\tSpeaker 45 58\tJake Sullivan
            T2\tDirect_quote 30 44\t"We will pay,"
            T3\tLocation 67 72\tParis
            T4\tSpeaker 74 76\tHe
            T5\tDirect_quote 83 97\t"nothing else"
            T6\tEvent 100 116\tThe talks failed
            T7\tClaim 100 116\tThe talks failed
            T8\tCue 59 63\tsaid
            R1\tSaid_by Arg1:T2 Arg2:T1
            R2\tCue Arg1:T2 Arg2:T8
            R3\tSupports Arg1:T5 Arg2:T2
            R4\tCauses Arg1:T7 Arg2:T2
            A1\tVerdict T7 False
            #1\tAnnotatorNotes T7\tNo source given.
            #2\tAnnotatorNotes T5\tNote: ask the desk.
            E1\tMeeting:T6
            """;

    @TempDir
    Path dir;
    private TestProject project;

    @BeforeEach
    void open() throws Exception {
        project = TestProject.open(dir.resolve("brat.sourcemark"));
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void importsAnotherToolsAnnotationsWhereTheirWordsStand() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(folder.resolve("talks.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("talks.ann"), ANN, StandardCharsets.UTF_8);

        MergeReport report = new AnnotationImportService(project.project()).importFiles(List.of(folder),
                ImportProgress.NONE, () -> false);

        assertEquals(1, report.articlesAdded());
        assertEquals(List.of(), report.refused());
        Article article = project.read(tx -> tx.articles().findByHash(
                io.sourcemark.importer.ImportedArticle.contentHashOf(
                        io.sourcemark.importer.TextNormalizer.normalize(TEXT)))).orElseThrow();
        assertEquals("talks", article.meta().title());
        List<Annotation> annotations = project.read(tx -> tx.annotations().forArticle(article.id()));
        Annotation quote = only(annotations, Kind.DIRECT_QUOTE, "\"We will pay,\"");
        Speaker sullivan = project.read(tx -> tx.speakers().find(quote.speakerId())).orElseThrow();
        assertEquals("Jake Sullivan", sullivan.name());
        assertEquals("said", quote.cue().of(article.body()));
        assertEquals(sullivan.id(), only(annotations, Kind.SPEAKER, "Jake Sullivan").speakerId());
        assertEquals(null, only(annotations, Kind.SPEAKER, "He").speakerId(), "a pronoun names no speaker");
        Annotation paris = only(annotations, Kind.TAG, "Paris");
        assertEquals(List.of("Location"), tagNames(paris));
        Annotation claim = only(annotations, Kind.CLAIM, "The talks failed");
        assertEquals(List.of("Event"), tagNames(claim), "a type of another tool on a claim's words tags the claim");
        assertEquals("FALSE", claim.verification().verdict().name());
        assertEquals("No source given.", claim.note());
        assertEquals("Note: ask the desk.", only(annotations, Kind.DIRECT_QUOTE, "\"nothing else\"").note(),
                "another tool's note that starts \"Note: \" is kept whole");
        List<Link> links = project.read(tx -> tx.links().forArticle(article.id()));
        assertEquals(1, links.size());
        assertEquals(Relation.SUPPORTS, links.get(0).relation());
        assertEquals(only(annotations, Kind.DIRECT_QUOTE, "\"nothing else\"").id(), links.get(0).fromAnnotationId());
        assertTrue(report.leftOut().stream().anyMatch(m -> m.contains("R4 (Causes)")), report.leftOut().toString());
        assertTrue(report.leftOut().stream().anyMatch(m -> m.contains("events")), report.leftOut().toString());
    }

    @Test
    void controlCharactersOfTheTextAreDroppedAsAtImportAndTheMarksStayOnTheirWords() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("escapes"));
        String text = "Officials\u001b]0;owned\u0007 met.\n\nThe talks failed.\n";
        int at = text.indexOf("The talks failed");
        Files.writeString(folder.resolve("escapes.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("escapes.ann"), "T1\tClaim " + at + " " + (at + 16) + "\tThe talks failed\n"
                + "#1\tAnnotatorNotes T1\tSee\u001b[2J the minutes.\n", StandardCharsets.UTF_8);

        MergeReport report = new AnnotationImportService(project.project()).importFiles(List.of(folder),
                ImportProgress.NONE, () -> false);

        assertEquals(List.of(), report.leftOut());
        Article article = project.read(tx -> tx.articles().find(tx.articles().list().get(0).id())).orElseThrow();
        assertEquals("Officials]0;owned met.\n\nThe talks failed.\n", article.body());
        Annotation claim = project.read(tx -> tx.annotations().forArticle(article.id())).get(0);
        assertEquals("The talks failed", claim.range().of(article.body()));
        assertEquals("See[2J the minutes.", claim.note());
    }

    @Test
    void aSpanWhoseOnlyTagIsLeftOutIsLeftOutWithIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("long"));
        Files.writeString(folder.resolve("d.txt"), "Maria Lopez said hi.", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("d.ann"), "T1\t" + "X".repeat(100) + " 0 11\tMaria Lopez\n",
                StandardCharsets.UTF_8);

        MergeReport report = new AnnotationImportService(project.project()).importFiles(List.of(folder),
                ImportProgress.NONE, () -> false);

        assertTrue(report.leftOut().stream().anyMatch(l -> l.startsWith("The tag “XXXX")), report.toString());
        assertEquals(0, report.annotationsAdded());
        long articleId = project.read(tx -> tx.articles().list()).get(0).id();
        assertEquals(List.of(), project.read(tx -> tx.annotations().forArticle(articleId)));
    }

    @Test
    void refusesAnAnnotationFileWithoutItsText() throws Exception {
        Path ann = dir.resolve("alone.ann");
        Files.writeString(ann, ANN, StandardCharsets.UTF_8);

        MergeReport report = new AnnotationImportService(project.project()).importFiles(List.of(ann),
                ImportProgress.NONE, () -> false);

        assertEquals(1, report.refused().size());
        assertTrue(report.refused().get(0).message().contains("alone.txt"), report.refused().get(0).message());
        assertEquals(0, (int) project.read(tx -> tx.articles().count()));
    }

    @Test
    void leavesOutTheLinesItCannotPlaceAndImportsTheRest() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(folder.resolve("talks.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("talks.ann"), """
                T1\tClaim 0 99999999999\tfar away
                T2\tDirect_quote 40 44;30 35\tpay, "We w
                T3\tSpeaker 44 45\t\u0020
                T4\tSpeaker 0 9\tJane Doe
                T5\tClaim 100 116\tThe talks failed
                T6\tClaim 100 116\tThe talks failed
                T7\tClaim 100 116\tThe talks failed
                T8\tDirect_quote 30 44\t"We will pay,"
                T9\tSpeaker -3 11\tOfficials
                T8\tClaim 0 9\tOfficials
                """, StandardCharsets.UTF_8);

        MergeReport report = new AnnotationImportService(project.project()).importFiles(List.of(folder),
                ImportProgress.NONE, () -> false);

        assertEquals(List.of(), report.refused());
        List<String> leftOut = report.leftOut();
        assertTrue(leftOut.stream().anyMatch(m -> m.equals("“talks”: T1 (“far away”) is outside the text, or its words are not there; it was left out.")), leftOut.toString());
        assertTrue(leftOut.stream().anyMatch(m -> m.contains("Line 2 (T2 Direct_quote 40 44;30 35 pay, \"We w) has pieces "
                + "that end before they start, overlap or are out of order")), leftOut.toString());
        assertTrue(leftOut.contains("“talks”: T3 covers no words, only spaces; it was left out."), leftOut.toString());
        assertTrue(leftOut.contains("“talks”: T4 (“Jane Doe”) names other words than those at its offsets in the text "
                + "(“Officials”): the .ann was made for another text; it was left out."), leftOut.toString());
        assertTrue(leftOut.contains("“talks”: Line 9 (T9 Speaker -3 11 Officials) has offsets brat does not write "
                + "(whole numbers from 0, a space between start and end); it was left out."), leftOut.toString());
        assertTrue(leftOut.contains("“talks”: Line 10 (T8 Claim 0 9 Officials) has the id T8 of an earlier line; it "
                + "was left out."), leftOut.toString());
        long articleId = project.read(tx -> tx.articles().list()).get(0).id();
        List<Annotation> annotations = project.read(tx -> tx.annotations().forArticle(articleId));
        assertEquals(List.of("\"We will pay,\"", "The talks failed"), annotations.stream()
                .sorted(java.util.Comparator.comparing(Annotation::kind)).map(Annotation::exact).toList(),
                "the claim repeated three times is added once; nothing at the wrong place");
        assertEquals(List.of(), project.read(tx -> tx.speakers().list()), "no speaker named by a space or by "
                + "words that are not in the text");
        assertEquals(2, report.annotationsAdded());
    }

    @Test
    void anotherToolsAttributesBecomeTagsAndWhatNamesNoAnnotationIsListed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("attributes"));
        Files.writeString(folder.resolve("talks.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("talks.ann"), """
                T1\tClaim 100 116\tThe talks failed
                T2\tSpeaker 45 58\tJake Sullivan
                A1\tNegation T1
                A2\tConfidence T1 High
                A3\tVerdict T9 False
                A4\tVerdict T1 Maybe
                A5\tStatus T2 Checked
                A6\tnegation T1
                #1\tAnnotatorNotes T9\tA note on nothing.
                """, StandardCharsets.UTF_8);

        MergeReport report = new AnnotationImportService(project.project()).importFiles(List.of(folder),
                ImportProgress.NONE, () -> false);

        assertEquals(List.of(
                "“talks”: The note on T9 (“A note on nothing.”) is on no annotation that was read; it was left out.",
                "“talks”: A3 (Verdict False) is on T9, no annotation that was read; it was left out.",
                "“talks”: A4 (Verdict Maybe) is not a verdict Sourcemark knows; T1 was kept without it.",
                "“talks”: A5 (Status Checked) is on T2, which is no statement; it was left out."), report.leftOut());
        long articleId = project.read(tx -> tx.articles().list()).get(0).id();
        Annotation claim = only(project.read(tx -> tx.annotations().forArticle(articleId)), Kind.CLAIM,
                "The talks failed");
        assertEquals(List.of("Confidence: High", "Negation"), tagNames(claim).stream().sorted().toList(),
                "an attribute of another tool is kept as a tag, once whatever its case");
        assertEquals("NOT_CHECKED", claim.verification().verdict().name());
    }

    private Annotation only(List<Annotation> annotations, Kind kind, String words) {
        List<Annotation> found = annotations.stream().filter(a -> a.kind() == kind && a.exact().equals(words))
                .toList();
        assertEquals(1, found.size(), kind + " “" + words + "” in " + annotations);
        return found.get(0);
    }

    private List<String> tagNames(Annotation a) {
        return project.read(tx -> tx.tags().forAnnotation(a.id())).stream().map(t -> t.name()).toList();
    }
}
