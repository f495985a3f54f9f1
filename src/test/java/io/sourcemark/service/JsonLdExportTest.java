package io.sourcemark.service;

import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.sourcemark.service.JsonLdExpansion.AS;
import static io.sourcemark.service.JsonLdExpansion.OA;
import static io.sourcemark.service.JsonLdExpansion.RDF_VALUE;
import static io.sourcemark.service.JsonLdExpansion.SCHEMA;
import static io.sourcemark.service.JsonLdExpansion.SM;
import static io.sourcemark.service.JsonLdExpansion.isA;
import static io.sourcemark.service.JsonLdExpansion.list;
import static io.sourcemark.service.JsonLdExpansion.one;
import static io.sourcemark.service.JsonLdExpansion.text;
import static io.sourcemark.service.JsonLdExpansion.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every W3C and ClaimReview export expands with a real JSON-LD processor, and says what the project holds. */
class JsonLdExportTest {

    private static final String PUBLISHED = "https://factcheck.example.org/reports/afp";

    @TempDir
    Path dir;
    private ScriptedAfp afp;

    @BeforeEach
    void script() throws Exception {
        afp = ScriptedAfp.open(dir.resolve("p.sourcemark"));
    }

    @AfterEach
    void close() {
        afp.close();
    }

    private Path export(TestProject project, ExportFormat format, long articleId, ExportOptions options) {
        ExportReport report = new ExportService(project.project()).export(new ExportRequest(format,
                List.of(articleId), dir.resolve(format.cliName()), options, false, false), ImportProgress.NONE,
                () -> false);
        assertEquals(1, report.written().size(), report.toString());
        return report.written().get(0);
    }

    /** The annotations of an expanded collection, after checking that each selector's words stand at its place. */
    private static List<JsonObject> checkedAnnotations(JsonArray expanded) {
        assertEquals(1, expanded.size());
        JsonObject collection = expanded.getJsonObject(0);
        assertTrue(isA(collection, AS + "OrderedCollection"), "an AnnotationCollection");
        String body = text(one(collection, SM + "article"), RDF_VALUE);
        List<JsonObject> annotations = list(one(collection, AS + "first"), AS + "items");
        assertEquals(Integer.parseInt(text(collection, AS + "totalItems")), annotations.size());
        for (JsonObject annotation : annotations) {
            assertTrue(isA(annotation, OA + "Annotation"));
            assertTrue(annotation.getString("@id").startsWith("urn:uuid:"));
            JsonObject target = one(annotation, OA + "hasTarget");
            List<JsonObject> selectors = values(target, OA + "hasSelector").stream().map(v -> v.asJsonObject())
                    .toList();
            JsonObject quote = selectors.stream().filter(s -> isA(s, OA + "TextQuoteSelector")).findFirst()
                    .orElseThrow();
            JsonObject position = selectors.stream().filter(s -> isA(s, OA + "TextPositionSelector")).findFirst()
                    .orElseThrow();
            int start = Integer.parseInt(text(position, OA + "start"));
            int end = Integer.parseInt(text(position, OA + "end"));
            assertEquals(text(quote, OA + "exact"), JsonLdExpansion.atCodePoints(body, start, end),
                    "the exact text stands at its position in " + annotation.getString("@id"));
            assertTrue(values(annotation, OA + "motivatedBy").stream()
                    .anyMatch(m -> m.asJsonObject().getString("@id").equals(OA + "highlighting")));
        }
        return annotations;
    }

    private static JsonObject annotation(List<JsonObject> annotations, Annotation a) {
        return annotations.stream().filter(n -> n.getString("@id").equals("urn:uuid:" + a.uid())).findFirst()
                .orElseThrow(() -> new AssertionError("no annotation " + a.uid()));
    }

    private static List<JsonObject> bodies(JsonObject annotation, String purpose) {
        return values(annotation, OA + "hasBody").stream().map(v -> v.asJsonObject())
                .filter(b -> values(b, OA + "hasPurpose").stream()
                        .anyMatch(p -> p.asJsonObject().getString("@id").equals(OA + purpose)))
                .toList();
    }

    @Test
    void theW3cExportOfTheAfpArticleExpandsAndCarriesTheAnalystsWork() throws Exception {
        List<JsonObject> annotations = checkedAnnotations(JsonLdExpansion.expand(
                export(afp.project, ExportFormat.W3C, afp.afp.id(), ExportOptions.everything())));

        int all = afp.project.read(tx -> tx.annotations().countForArticle(afp.afp.id()));
        assertEquals(all, annotations.size(), "rejected suggestions too, so that a merge does not suggest them again");
        JsonObject sullivan = annotation(annotations, afp.sullivan);
        assertEquals(afp.speakerOf(afp.sullivan), text(bodies(sullivan, "identifying").get(0), RDF_VALUE));
        JsonObject assessing = bodies(sullivan, "assessing").get(0);
        assertEquals("Mostly true", text(assessing, RDF_VALUE));
        assertEquals("MOSTLY_TRUE", text(assessing, SM + "verdict"));
        assertEquals(ScriptedAfp.RATIONALE, text(assessing, SM + "rationale"));
        assertEquals(ScriptedAfp.REVIEWED_AT.toString(), text(assessing, SM + "reviewedAt"));
        List<JsonObject> evidence = list(assessing, SM + "evidence");
        assertEquals(List.of(ScriptedAfp.EVIDENCE_URL, "ftp://archive.example.org/briefing.txt"),
                evidence.stream().map(e -> text(e, SM + "url")).toList());
        assertEquals("Arms trade", text(bodies(sullivan, "tagging").get(0), RDF_VALUE));
        JsonObject cites = bodies(sullivan, "linking").get(0);
        assertEquals("urn:uuid:" + afp.gdanskClaim.uid(), text(cites, OA + "hasSource"));
        assertEquals("CITES", text(cites, SM + "relation"));
        JsonObject peskov = annotation(annotations, afp.peskov);
        assertEquals("Asked twice by reporters.", text(bodies(peskov, "commenting").get(0), RDF_VALUE));
        assertEquals("REJECTED", text(annotation(annotations, afp.rejected), SM + "origin"));
    }

    @Test
    void positionsAreInCodePointsForTextWithEmojiAndOtherAstralCharacters() throws Exception {
        Path file = dir.resolve("emoji.txt");
        Files.writeString(file, "Title: Emoji 🙂 test\n\n🙂 Smiles 👍🏽 all round: “We 𝒲𝒾𝓃 again,” said Ms 𝔸lice 😀 "
                + "today.\n\nShe added: “🎉 for everyone.”\n", StandardCharsets.UTF_8);
        afp.project.imports().importPaths(List.of(file), ImportProgress.NONE, () -> false);
        Article article = afp.project.read(tx -> tx.articles().list().stream()
                .filter(a -> a.title().startsWith("Emoji")).findFirst().flatMap(a -> tx.articles().find(a.id())))
                .orElseThrow();
        Annotation quote = afp.project.write(tx -> tx.annotations().insert(ScriptedAfp.mark(article,
                Kind.DIRECT_QUOTE, "“We 𝒲𝒾𝓃 again,”")));
        afp.project.run(tx -> {
            tx.annotations().insert(ScriptedAfp.mark(article, Kind.SPEAKER, "Ms 𝔸lice"));
            tx.annotations().insert(ScriptedAfp.mark(article, Kind.DIRECT_QUOTE, "“🎉 for everyone.”"));
        });

        Path export = export(afp.project, ExportFormat.W3C, article.id(), ExportOptions.everything());
        List<JsonObject> annotations = checkedAnnotations(JsonLdExpansion.expand(export));

        assertEquals(3, annotations.size());
        JsonObject position = values(one(annotation(annotations, quote), OA + "hasTarget"), OA + "hasSelector")
                .stream().map(v -> v.asJsonObject()).filter(s -> isA(s, OA + "TextPositionSelector")).findFirst()
                .orElseThrow();
        int start = Integer.parseInt(text(position, OA + "start"));
        assertEquals(article.body().codePointCount(0, quote.range().start()), start);
        assertNotEquals(quote.range().start(), start, "the emoji before the quote count once each");
        try (TestProject other = TestProject.open(dir.resolve("other.sourcemark"))) {
            new AnnotationImportService(other.project()).importFiles(List.of(export), ImportProgress.NONE,
                    () -> false);
            Annotation back = other.read(tx -> tx.annotations().findByUid(quote.uid())).orElseThrow();
            assertEquals(quote.range(), back.range(), "back in UTF-16 indices");
            assertEquals("“We 𝒲𝒾𝓃 again,”", back.exact());
        }
    }

    @Test
    void theClaimReviewExportReviewsEveryStatementWithAVerdict() throws Exception {
        Path export = export(afp.project, ExportFormat.CLAIMREVIEW, afp.afp.id(),
                ExportOptions.everything().signedBy("Desk Reviewer", "Fact Desk").publishedAt(PUBLISHED));
        String json = Files.readString(export, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"@context\" : \"https://schema.org\""), json);

        JsonArray expanded = JsonLdExpansion.expand(export);

        List<JsonObject> reviews = expanded.stream().map(v -> v.asJsonObject())
                .filter(n -> isA(n, SCHEMA + "ClaimReview")).toList();
        assertEquals(3, reviews.size(), "the checked quotes of Sullivan and Peskov, and the claim");
        JsonObject sullivan = reviews.stream().filter(r -> text(r, SCHEMA + "claimReviewed")
                .contains(ScriptedAfp.SULLIVAN_WORDS)).findFirst().orElseThrow();
        assertTrue(text(sullivan, SCHEMA + "url").startsWith(PUBLISHED + "#statement-"));
        JsonObject rating = one(sullivan, SCHEMA + "reviewRating");
        assertEquals("4", text(rating, SCHEMA + "ratingValue"));
        assertEquals("5", text(rating, SCHEMA + "bestRating"));
        assertEquals("1", text(rating, SCHEMA + "worstRating"));
        assertEquals("Mostly true", text(rating, SCHEMA + "alternateName"));
        JsonObject author = one(sullivan, SCHEMA + "author");
        assertEquals(ScriptedAfp.REVIEWER, text(author, SCHEMA + "name"), "the statement's own reviewer");
        assertEquals("Fact Desk", text(one(author, SCHEMA + "worksFor"), SCHEMA + "name"));
        assertEquals("2023-09-06", text(sullivan, SCHEMA + "datePublished"));
        JsonObject claim = one(sullivan, SCHEMA + "itemReviewed");
        assertTrue(isA(claim, SCHEMA + "Claim"));
        assertEquals(afp.speakerOf(afp.sullivan), text(one(claim, SCHEMA + "author"), SCHEMA + "name"));
        JsonObject appearance = one(claim, SCHEMA + "appearance");
        assertEquals(afp.afp.meta().title(), text(appearance, SCHEMA + "headline"));
        JsonObject peskov = reviews.stream().filter(r -> text(r, SCHEMA + "claimReviewed")
                .contains(ScriptedAfp.PESKOV_WORDS)).findFirst().orElseThrow();
        JsonObject unverifiable = one(peskov, SCHEMA + "reviewRating");
        assertEquals("Unverifiable", text(unverifiable, SCHEMA + "alternateName"));
        assertFalse(unverifiable.containsKey(SCHEMA + "ratingValue"), "no number for a verdict that rates nothing");
        JsonObject forum = reviews.stream().filter(r -> text(r, SCHEMA + "claimReviewed")
                .equals(ScriptedAfp.FORUM_CLAIM)).findFirst().orElseThrow();
        assertEquals("1", text(one(forum, SCHEMA + "reviewRating"), SCHEMA + "ratingValue"));
        assertFalse(one(forum, SCHEMA + "itemReviewed").containsKey(SCHEMA + "author"), "nobody made the claim");
    }

    @Test
    void anArticleWithoutAVerdictHasNoClaimReview() {
        ExportReport report = afp.export(ExportFormat.CLAIMREVIEW, List.of(afp.gdansk.id()), dir.resolve("cr"),
                ExportOptions.everything(), false, false);

        assertEquals(List.of(), report.written());
        assertEquals("No statement of it has a verdict.", report.skipped().get(0).reason());
    }

}
