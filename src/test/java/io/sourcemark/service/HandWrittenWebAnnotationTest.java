package io.sourcemark.service;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A W3C Web Annotation file written by hand or by another program rather than exported by Sourcemark: its text is
 * not in the project's normal form, it carries control characters and a half of a character as JSON escapes, and
 * some of its annotations cover nothing or have pieces over one another. It is held to the rules of the brat reader
 * and of the article importers: the text takes the same normal form, the annotations move with it, and what cannot
 * stand is listed, not kept.
 */
class HandWrittenWebAnnotationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Windows line ends, extra blank lines, trailing spaces, a bell and a lone high surrogate. */
    private static final String RAW = "Rockets  \r\n\r\n\r\nThe minister\u0007 said rockets were supplied in 2022."
            + "   \r\nShe left\uD800 early.\r\n";
    private static final String SPEAKER_UID = "00000000-0000-4000-8000-0000000000a1";

    @TempDir
    Path dir;
    private TestProject project;

    @BeforeEach
    void open() throws Exception {
        project = TestProject.open(dir.resolve("hand.sourcemark"));
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void theTextTakesTheNormalFormTheAnnotationsMoveWithItAndWhatCoversNothingOrOverlapsIsListed() throws Exception {
        // the same article imported as text first: the file's copy must be recognised as it, not added beside it
        Path text = dir.resolve("rockets.txt");
        // (a text file with a bell in it is refused as binary; the bell is what the normal form drops anyway)
        Files.writeString(text, RAW.replace("\u0007", "").replace('\uD800', '\uFFFD'), StandardCharsets.UTF_8);
        ImportReport imported = project.imports().importPaths(List.of(text), ImportProgress.NONE, () -> false);
        assertEquals(1, imported.imported().size(), imported.toString());
        String normal = "Rockets\n\nThe minister said rockets were supplied in 2022.\nShe left\uFFFD early.\n";
        assertEquals(normal, project.read(tx -> tx.articles().find(tx.articles().list().get(0).id())).orElseThrow()
                .body());

        ObjectNode root = collection();
        ArrayNode items = root.putObject("first").putArray("items");
        items.add(annotation("a1", "CLAIM", at("rockets were supplied in 2022"), List.of()));
        items.add(annotation("a2", "DIRECT_QUOTE", at("She left\uD800 early."), List.of()));
        items.add(annotation("a3", "CLAIM", new int[]{20, 20}, List.of()));
        items.add(annotation("a4", "CLAIM", new int[]{codePoints("Rockets"), codePoints("Rockets  ")}, List.of()));
        int[] minister = at("The minister\u0007 said");
        items.add(annotation("a5", "DIRECT_QUOTE", minister, List.of(
                new int[]{minister[0], minister[0] + 12}, new int[]{minister[0] + 4, minister[1]})));
        items.add(annotation("a6", "DIRECT_QUOTE", minister, List.of(
                new int[]{minister[0] + 14, minister[1]}, new int[]{minister[0], minister[0] + 3})));
        Path file = dir.resolve("hand.jsonld");
        Files.writeString(file, ascii(root), StandardCharsets.US_ASCII);

        MergeReport report = new AnnotationImportService(project.project()).importFiles(List.of(file),
                ImportProgress.NONE, () -> false);

        assertEquals(List.of(), report.refused());
        assertEquals(0, report.articlesAdded(), "the file's article is the one imported as text");
        assertEquals(1, report.articlesMerged());
        assertEquals(2, report.annotationsAdded(), report.toString());
        List<String> leftOut = report.leftOut();
        assertEquals(4, leftOut.size(), leftOut.toString());
        assertTrue(leftOut.stream().anyMatch(s -> s.contains("a3") && s.contains("covers no words")), leftOut
                .toString());
        assertTrue(leftOut.stream().anyMatch(s -> s.contains("a4") && s.contains("covers no words")), leftOut
                .toString());
        assertTrue(leftOut.stream().anyMatch(s -> s.contains("a5") && s.contains("overlap or are out of order")),
                leftOut.toString());
        assertTrue(leftOut.stream().anyMatch(s -> s.contains("a6") && s.contains("overlap or are out of order")),
                leftOut.toString());

        int articles = project.read(tx -> tx.articles().count());
        assertEquals(1, articles);
        Article article = project.read(tx -> tx.articles().find(tx.articles().list().get(0).id())).orElseThrow();
        assertEquals(normal, article.body());
        List<Annotation> annotations = project.read(tx -> tx.annotations().forArticle(article.id()));
        Annotation claim = annotations.stream().filter(a -> a.uid().endsWith("a1")).findFirst().orElseThrow();
        assertEquals("rockets were supplied in 2022", claim.range().of(article.body()));
        assertEquals("rockets were supplied in 2022", claim.exact());
        Annotation quote = annotations.stream().filter(a -> a.uid().endsWith("a2")).findFirst().orElseThrow();
        assertEquals("She left\uFFFD early.", quote.exact(), "the half of a character is U+FFFD, not “?”");
        Speaker speaker = project.read(tx -> tx.speakers().findByUid(SPEAKER_UID)).orElseThrow();
        assertEquals("Ana[2J Ortiz", speaker.name(), "no escape sequence reaches a terminal or an export");
        assertEquals(claim.speakerId(), speaker.id());
    }

    @Test
    void aFileWhoseTextHoldsNoArticleIsRefusedWithTheImportersMessage() throws Exception {
        ObjectNode root = collection();
        ((ObjectNode) root.get("sm:article")).put("value", "x".repeat(100_001));
        Path file = dir.resolve("unbroken.jsonld");
        Files.writeString(file, JSON.writeValueAsString(root), StandardCharsets.UTF_8);

        MergeReport report = new AnnotationImportService(project.project()).importFiles(List.of(file),
                ImportProgress.NONE, () -> false);

        assertEquals(1, report.refused().size());
        assertTrue(report.refused().get(0).message().contains("without a space or a line break"),
                report.refused().get(0).message());
        int articles = project.read(tx -> tx.articles().count());
        assertEquals(0, articles);
        assertFalse(report.stopped());
    }

    @Test
    void twoCollectionsInOneFileAreRefusedNotReadInPart() throws Exception {
        Path file = dir.resolve("pasted.jsonld");
        String one = ascii(collection());
        Files.writeString(file, one + "\n" + one, StandardCharsets.UTF_8);

        MergeReport report = new AnnotationImportService(project.project()).importFiles(List.of(file),
                ImportProgress.NONE, () -> false);

        assertEquals(1, report.refused().size());
        assertTrue(report.refused().get(0).message().startsWith("pasted.jsonld is not JSON that can be read ("),
                report.refused().get(0).message());
        int articles = project.read(tx -> tx.articles().count());
        assertEquals(0, articles);
    }

    @Test
    void wrongOffsetsAndValuesSourcemarkDoesNotKnowAreListedAndTheAnnotationKeptWhereItsWordsAre() throws Exception {
        ObjectNode root = collection();
        ArrayNode items = root.putObject("first").putArray("items");
        ObjectNode claim = annotation("b1", "CLAIM", new int[]{0, 7}, List.of());
        ((ArrayNode) claim.get("target").get("selector")).addObject().put("type", "TextQuoteSelector")
                .put("exact", "rockets were supplied in 2022");
        claim.putObject("sm:cue").put("start", 900).put("end", 904);
        claim.put("sm:score", "1e999999");
        claim.put("sm:category", "GOSSIP");
        ArrayNode bodies = claim.putArray("body");
        bodies.addObject().put("purpose", "assessing").put("sm:verdict", "MAYBE");
        bodies.addObject().put("purpose", "linking").put("source", "urn:uuid:00000000-0000-4000-8000-000000000099")
                .put("sm:relation", "RHYMES_WITH");
        items.add(claim);
        Path file = dir.resolve("wrong.jsonld");
        Files.writeString(file, ascii(root), StandardCharsets.UTF_8);

        MergeReport report = new AnnotationImportService(project.project()).importFiles(List.of(file),
                ImportProgress.NONE, () -> false);

        assertEquals(List.of(), report.refused());
        assertEquals(1, report.annotationsAdded(), report.toString());
        String named = "“]0;ownedRockets”: Annotation 00000000-0000-4000-8000-0000000000b1 (“rockets were supplied in 2022”)";
        assertEquals(List.of(
                named + ": its offsets (0–7) do not point at its words; it was placed where its words are.",
                named + ": its cue (900–904) is not in the article's text; it was left out.",
                named + ": its verdict “MAYBE” is not one Sourcemark knows; it was left out.",
                named + ": a link of a kind Sourcemark does not know (“RHYMES_WITH”) was left out.",
                named + ": its score “1e999999” is not a number from 0 to 1; it was left out.",
                named + ": its category “GOSSIP” is not one Sourcemark knows; it was left out."), report.leftOut());
        Article article = project.read(tx -> tx.articles().find(tx.articles().list().get(0).id())).orElseThrow();
        Annotation read = project.read(tx -> tx.annotations().forArticle(article.id())).get(0);
        assertEquals("rockets were supplied in 2022", read.range().of(article.body()));
        assertEquals(null, read.cue());
        assertEquals(null, read.score());
        assertEquals("NOT_CHECKED", read.verification().verdict().name());
    }

    @Test
    void aSuggestionTheFileGivesAVerdictComesInAccepted() throws Exception {
        ObjectNode root = collection();
        ArrayNode items = root.putObject("first").putArray("items");
        ObjectNode claim = annotation("c1", "CLAIM", at("rockets were supplied in 2022"), List.of());
        claim.put("sm:origin", "DETECTED");
        ArrayNode bodies = claim.putArray("body");
        bodies.addObject().put("purpose", "assessing").put("sm:verdict", "FALSE").put("sm:status", "DONE");
        items.add(claim);
        ObjectNode unchecked = annotation("c2", "CLAIM", at("The minister"), List.of());
        unchecked.put("sm:origin", "DETECTED");
        items.add(unchecked);
        Path file = dir.resolve("checked.jsonld");
        Files.writeString(file, ascii(root), StandardCharsets.UTF_8);

        MergeReport report = new AnnotationImportService(project.project()).importFiles(List.of(file),
                ImportProgress.NONE, () -> false);

        assertEquals(2, report.annotationsAdded(), report.toString());
        Article article = project.read(tx -> tx.articles().find(tx.articles().list().get(0).id())).orElseThrow();
        java.util.Map<String, Annotation> read = project.read(tx -> tx.annotations().forArticle(article.id()))
                .stream().collect(java.util.stream.Collectors.toMap(a -> a.range().of(article.body()), a -> a));
        // as a verdict given in the window accepts a suggestion; the other stays one to review
        assertEquals(io.sourcemark.model.Origin.CONFIRMED, read.get("rockets were supplied in 2022").origin());
        assertEquals("FALSE", read.get("rockets were supplied in 2022").verification().verdict().name());
        assertEquals(io.sourcemark.model.Origin.DETECTED, read.get("The minister").origin());
    }

    /** The JSON in ASCII, so that the bell, the escape and the lone half reach the reader as JSON escapes. */
    private static String ascii(ObjectNode root) throws Exception {
        return JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(root);
    }

    private static ObjectNode collection() {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "AnnotationCollection");
        ObjectNode article = root.putObject("sm:article");
        article.put("value", RAW);
        article.put("sm:title", "\u001b]0;owned\u0007Rockets");
        ObjectNode speaker = root.putArray("sm:speakers").addObject();
        speaker.put("id", "urn:uuid:" + SPEAKER_UID);
        speaker.put("name", "Ana\u001b[2J Ortiz");
        return root;
    }

    private static ObjectNode annotation(String id, String kind, int[] range, List<int[]> pieces) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", "urn:uuid:00000000-0000-4000-8000-0000000000" + id);
        node.put("sm:kind", kind);
        ArrayNode selectors = node.putObject("target").putArray("selector");
        selectors.addObject().put("type", "TextPositionSelector").put("start", range[0]).put("end", range[1]);
        ArrayNode parts = node.putArray("sm:pieces");
        for (int[] piece : pieces) {
            parts.addObject().put("start", piece[0]).put("end", piece[1]);
        }
        node.putObject("body").put("purpose", "identifying").put("sm:speaker", "urn:uuid:" + SPEAKER_UID);
        return node;
    }

    /** The code-point range of the words in the file's text, as a TextPositionSelector counts. */
    private static int[] at(String words) {
        int start = RAW.indexOf(words);
        return new int[]{codePoints(RAW.substring(0, start)), codePoints(RAW.substring(0, start + words.length()))};
    }

    private static int codePoints(String prefix) {
        return prefix.codePointCount(0, prefix.length());
    }
}
