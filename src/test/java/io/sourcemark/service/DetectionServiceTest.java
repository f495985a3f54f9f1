package io.sourcemark.service;

import io.sourcemark.analysis.Analyzer;
import io.sourcemark.importer.ImporterRegistry;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.Stance;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DetectionServiceTest {

    private static final String PESKOV_QUOTE =
            "“No, we can’t (confirm), we have nothing to say on this matter,”";

    private static Analyzer analyzer;

    @TempDir
    Path dir;
    private Project project;
    private DetectionService detection;
    private Article afp;

    @BeforeAll
    static void loadEngine() {
        analyzer = Analyzer.load();
    }

    @BeforeEach
    void importAfpArticle() throws Exception {
        project = Project.open(dir.resolve("detect.sourcemark"));
        long id = new ImportService(project, ImporterRegistry.standard(), new ComputePool(2)).importBundledSamples();
        afp = project.read(tx -> tx.articles().find(id)).orElseThrow();
        detection = new DetectionService(project, () -> analyzer, new ComputePool(2));
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private List<Annotation> annotations() {
        return project.read(tx -> tx.annotations().forArticle(afp.id()));
    }

    private Annotation peskovQuote() {
        return annotations().stream()
                .filter(a -> a.kind() == Kind.DIRECT_QUOTE && a.exact().equals(PESKOV_QUOTE))
                .findFirst().orElseThrow(() -> new AssertionError("Peskov's quote was not detected"));
    }

    @Test
    void storesQuotesAsSuggestionsTiedToTheirSpeakerAndCue() {
        DetectionReport report = detection.detect(afp.id());

        assertTrue(report.suggested() > 14, "suggestions: " + report.suggested());
        Annotation quote = peskovQuote();
        assertEquals(Origin.DETECTED, quote.origin());
        assertEquals("told", quote.cue().of(afp.body()), "the cue excludes the addressee, as the gold guidelines say");
        Speaker speaker = project.read(tx -> tx.speakers().find(quote.speakerId())).orElseThrow();
        assertTrue(speaker.name().contains("Peskov"), speaker.name());
        assertTrue(annotations().stream().anyMatch(a -> a.kind() == Kind.SPEAKER
                && a.origin() == Origin.DETECTED && speaker.id() == a.speakerId()
                && a.exact().contains("Peskov")), "a speaker mention of Peskov tied to the same speaker");
    }

    @Test
    void detectingAgainNeverBringsBackARejectedSuggestion() {
        detection.detect(afp.id());
        Annotation rejected = peskovQuote().withOrigin(Origin.REJECTED);
        project.change("Test", tx -> { tx.annotations().update(rejected); return null; });

        detection.detect(afp.id());

        List<Annotation> same = annotations().stream()
                .filter(a -> a.kind() == Kind.DIRECT_QUOTE && a.range().equals(rejected.range())).toList();
        assertEquals(1, same.size());
        assertEquals(Origin.REJECTED, same.get(0).origin());
    }

    @Test
    void detectingAgainNeverDuplicatesAConfirmedOrManualAnnotation() {
        detection.detect(afp.id());
        Annotation confirmed = peskovQuote().withOrigin(Origin.CONFIRMED);
        project.change("Test", tx -> { tx.annotations().update(confirmed); return null; });
        int before = annotations().size();

        DetectionReport again = detection.detect(afp.id());

        assertEquals(before, annotations().size());
        assertTrue(again.keptReviewed() >= 1);
        assertEquals(1, annotations().stream()
                .filter(a -> a.kind() == Kind.DIRECT_QUOTE && a.range().equals(confirmed.range())).count());
        assertEquals(Origin.CONFIRMED,
                project.read(tx -> tx.annotations().find(confirmed.id())).orElseThrow().origin());
    }

    @Test
    void detectingAgainKeepsTheEdgesTheAnalystMovedOfASuggestionOrOfAnAcceptedHighlight() {
        detection.detect(afp.id());
        String words = "against selling arms to Russia in support of its war in Ukraine";
        TextRange engine = new TextRange(afp.body().indexOf(words), afp.body().indexOf(words) + words.length());
        Annotation suggestion = annotations().stream().filter(a -> a.kind() == Kind.INDIRECT_QUOTE
                && a.range().equals(engine) && a.origin() == Origin.DETECTED).findFirst().orElseThrow();
        AnnotationService annotations = new AnnotationService(project);
        for (int i = 0; i < 4; i++) {
            annotations.adjustByWord(suggestion.id(), SpanEdge.END, false);
        }
        Annotation moved = project.read(tx -> tx.annotations().find(suggestion.id())).orElseThrow();
        assertEquals("against selling arms to Russia in support of", moved.exact());
        assertEquals(Origin.CONFIRMED, moved.origin(), "moving a suggestion's edges reviews it");

        detection.detect(afp.id());

        assertEquals(moved, project.read(tx -> tx.annotations().find(suggestion.id())).orElseThrow());
        assertEquals(List.of(moved.id()), annotations().stream().filter(a -> a.kind() == Kind.INDIRECT_QUOTE
                && a.range().overlaps(engine) && a.origin().isVisible()).map(Annotation::id).toList(),
                "the engine's range is not suggested beside the analyst's");
    }

    @Test
    void theSpeakerTheAnalystGaveASuggestionReviewsItAndDetectingAgainKeepsIt() {
        detection.detect(afp.id());
        Annotation quote = peskovQuote();
        Annotation corrected = new SpeakerService(project).setSpeakerByName(quote.id(), "Maria Zakharova");
        assertEquals(Origin.CONFIRMED, corrected.origin(), "saying who speaks reviews the suggestion");

        detection.detect(afp.id());

        Annotation after = project.read(tx -> tx.annotations().find(quote.id())).orElseThrow();
        assertEquals(corrected, after);
        assertEquals("Maria Zakharova", project.read(tx -> tx.speakers().find(after.speakerId())).orElseThrow()
                .name());
    }

    @Test
    void detectingAgainKeepsASuggestionTheAnalystHasWorkedOn() {
        detection.detect(afp.id());
        Annotation quote = peskovQuote();
        Annotation checked = quote.withVerification(new Verification(Verdict.MOSTLY_TRUE, ReviewStatus.DONE,
                "Kremlin transcript", "ana", null)).withNote("asked twice");
        project.change("Test", tx -> { tx.annotations().update(checked); return null; });
        Annotation sourced = annotations().stream().filter(a -> a.kind() == Kind.DIRECT_QUOTE && a.id() != quote.id())
                .findFirst().orElseThrow();
        Evidence evidence = project.change("Test", tx -> tx.evidence().insert(new Evidence(0, null, sourced.id(),
                "https://example.org/a", null, null, Stance.SUPPORTS, null)));

        detection.detect(afp.id());

        assertEquals(checked, project.read(tx -> tx.annotations().find(quote.id())).orElseThrow());
        assertEquals(1, annotations().stream().filter(a -> a.range().equals(quote.range())
                && a.kind() == Kind.DIRECT_QUOTE).count());
        assertEquals(List.of(evidence), project.read(tx -> tx.evidence().forAnnotation(sourced.id())));
        assertEquals(1, annotations().stream().filter(a -> a.range().equals(sourced.range())
                && a.kind() == Kind.DIRECT_QUOTE).count());
    }

    @Test
    void aSpeakerFoundInTwoArticlesIsOneProjectSpeaker() {
        long borderWall = articleTitled("President Trump says he 'can' and 'may' put US into state of emergency");
        long impeachment = articleTitled("US Speaker Pelosi announces Trump impeachment investigation");

        detection.detect(borderWall);
        detection.detect(impeachment);

        List<Speaker> pelosi = project.read(tx -> tx.speakers().list()).stream()
                .filter(s -> s.name().equals("Nancy Pelosi")).toList();
        assertEquals(1, pelosi.size(), "speakers: " + project.read(tx -> tx.speakers().list()));
        for (long article : List.of(borderWall, impeachment)) {
            assertTrue(project.read(tx -> tx.annotations().forArticle(article)).stream()
                    .anyMatch(a -> a.kind() == Kind.SPEAKER && Long.valueOf(pelosi.get(0).id()).equals(a.speakerId())),
                    "a mention of Pelosi in " + article);
        }
    }

    private long articleTitled(String titleStart) {
        return project.read(tx -> tx.articles().list()).stream().filter(a -> a.title().startsWith(titleStart))
                .findFirst().orElseThrow().id();
    }

    @Test
    void theShortFormsOfASpeakersNameReadInTheArticleBecomeTheirAliasesButPronounsAndRolesDoNot() {
        detection.detect(afp.id());

        Speaker sullivan = project.read(tx -> tx.speakers().findByNameOrAlias("Jake Sullivan")).orElseThrow();
        assertEquals("Jake Sullivan", sullivan.name());
        assertTrue(sullivan.aliases().contains("Mr. Sullivan"), sullivan.aliases().toString());
        assertEquals(List.of("Mr. Sullivan"), sullivan.aliases(), "not the surname alone, which could be anyone's");
        // typed in the speaker field, the short form finds the same person
        assertEquals(sullivan.id(), project.read(tx -> tx.speakers().findByNameOrAlias("mr. sullivan"))
                .orElseThrow().id());
        for (Speaker speaker : project.read(tx -> tx.speakers().list())) {
            for (String alias : speaker.aliases()) {
                assertTrue(Character.isUpperCase(alias.charAt(0)) && alias.split(" ").length >= 2
                        && alias.split(" ").length <= 3 && !alias.equals(alias.toUpperCase()), speaker.name() + ": "
                        + alias);
            }
        }

        detection.detect(afp.id());
        assertEquals(sullivan.aliases(), project.read(tx -> tx.speakers().find(sullivan.id())).orElseThrow()
                .aliases(), "detecting again adds nothing");
    }

    @Test
    void detectingTheSameArticleAgainAddsNoSpeaker() {
        detection.detect(afp.id());
        int speakers = project.read(tx -> tx.speakers().list()).size();
        detection.detect(afp.id());

        assertEquals(speakers, project.read(tx -> tx.speakers().list()).size());
        String peskov = project.read(tx -> tx.speakers().find(peskovQuote().speakerId())).orElseThrow().name();
        assertFalse(project.read(tx -> tx.speakers().findByNameOrAlias(peskov)).isEmpty());
    }

    @Test
    void detectsInEveryArticleOfABatchInOrderAndStopsWhenCancelled() {
        List<Long> ids = detection.allArticleIds();
        List<Integer> seen = new java.util.ArrayList<>();

        DetectionReport report = detection.detectEach(ids, (done, total, current) -> seen.add(done), () -> false);

        assertEquals(30, ids.size());
        assertTrue(report.suggested() > 300, "suggestions: " + report.suggested());
        for (long id : ids) {
            assertFalse(project.read(tx -> tx.annotations().forArticle(id)).isEmpty(), "article " + id);
        }
        assertEquals(java.util.stream.IntStream.rangeClosed(0, 30).boxed().toList(), seen);

        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        DetectionReport stopped = detection.detectEach(ids, ImportProgress.NONE, () -> asked.incrementAndGet() > 2);
        assertTrue(stopped.suggested() + stopped.keptReviewed() < report.suggested(), "stopped after two articles");
        assertTrue(stopped.articles() < ids.size());
        assertEquals(ids.size(), report.articles());
    }

    @Test
    void aParaphraseWithQuotedWordsIsOneMixedQuoteWhosePiecesAreTheQuotedWords() {
        detection.detect(afp.id());
        String body = afp.body();

        Annotation mixed = annotations().stream().filter(a -> a.kind() == Kind.INDIRECT_QUOTE
                && a.exact().startsWith("Such arms delivery will not improve")).findFirst().orElseThrow();

        assertTrue(mixed.isMixedQuote());
        assertEquals(List.of("“image”", "“they will pay the price in the international community,”",
                "“active discussions”"),
                mixed.pieces().stream().map(p -> p.of(body)).toList());
        assertTrue(annotations().stream().noneMatch(a -> a.kind() == Kind.DIRECT_QUOTE
                && a.exact().equals("“image”")), "the quoted words are not a statement of their own");
    }

    @Test
    void anInterruptedDirectQuoteIsOneStatementOfSeveralPieces() {
        detection.detect(afp.id());

        Annotation watson = annotations().stream().filter(a -> a.kind() == Kind.DIRECT_QUOTE
                && a.exact().startsWith("“As we have previously stated")).findFirst().orElseThrow();

        assertEquals(2, watson.pieces().size(), watson.toString());
        assertTrue(watson.pieces().get(1).of(afp.body()).startsWith("“we know that Kim Jong Un"));
        assertEquals(watson.parts(), watson.pieces());
    }

    @Test
    void detectingAgainDropsUnreviewedSuggestionsTheEngineNoLongerMakes() {
        io.sourcemark.model.TextRange odd = new io.sourcemark.model.TextRange(0, 9);
        project.change("Test", tx -> { tx.annotations().insert(Annotation.of(afp.id(), Kind.CLAIM, Origin.DETECTED, odd, afp.body())); return null; });

        detection.detect(afp.id());

        assertTrue(annotations().stream().noneMatch(a -> a.kind() == Kind.CLAIM && a.range().equals(odd)),
                "an unchecked suggestion is replaced");
    }

    @Test
    void findsTheArticlesNeverAnalysed() {
        detection.detect(afp.id());
        Annotation any = annotations().get(0);
        List<Long> never = detection.articlesNeverAnalysed();

        assertEquals(29, never.size());
        assertFalse(never.contains(afp.id()));
        project.change("Test", tx -> { tx.annotations().update(any.withOrigin(Origin.REJECTED)); return null; });
        assertFalse(detection.articlesNeverAnalysed().contains(afp.id()), "a rejected suggestion shows it was done");
    }

    @Test
    void detectingAgainUpdatesSuggestionsInPlaceAndKeepsWhatTheAnalystDid() {
        detection.detect(afp.id());
        List<Annotation> first = annotations();
        AnnotationService edits = new AnnotationService(project);
        Annotation quote = peskovQuote();
        Annotation reported = first.stream().filter(a -> a.kind() == Kind.INDIRECT_QUOTE).findFirst().orElseThrow();
        edits.changeKind(reported.id(), Kind.CLAIM);

        detection.detect(afp.id());

        List<Annotation> again = annotations();
        assertEquals(first.size(), again.size());
        assertEquals(first.stream().map(Annotation::id).sorted().toList(),
                again.stream().map(Annotation::id).sorted().toList(), "every suggestion keeps its row");
        Annotation changed = project.read(tx -> tx.annotations().find(reported.id())).orElseThrow();
        assertEquals(Kind.CLAIM, changed.kind());
        assertEquals(Origin.CONFIRMED, changed.origin(), "changing the kind reviews a suggestion");
        assertEquals(Kind.INDIRECT_QUOTE, changed.suggestedKind());
        assertEquals(0, again.stream().filter(a -> a.kind() == Kind.INDIRECT_QUOTE
                && a.range().equals(reported.range())).count(), "the first kind is not suggested again");
        assertEquals(quote, peskovQuote());
    }

    @Test
    void detectingAgainWithNothingNewLeavesTheAnalystsLastStepOnTopOfTheHistory() {
        detection.detect(afp.id());
        UndoHistory history = new UndoHistory(project);
        new AnnotationService(project).reject(peskovQuote().id());

        detection.detect(afp.id());

        assertEquals(Optional.of("Reject suggestion"), history.undoLabel());
        history.undo();
        assertEquals(Origin.DETECTED, peskovQuote().origin());
        assertEquals(Optional.of("Detect in “" + afp.meta().title() + "”"), history.undoLabel());
    }

    @Test
    void oneUndoReversesADetectionInEveryArticle() {
        List<Long> all = detection.allArticleIds();
        DetectionReport report = detection.detectEach(all, ImportProgress.NONE, () -> false);
        UndoHistory history = new UndoHistory(project);
        assertEquals(Optional.of("Detect in 30 articles"), history.undoLabel());
        assertTrue(report.suggested() > 1000, "suggestions: " + report.suggested());

        history.undo();

        for (long id : all) {
            assertEquals(0, (int) project.read(tx -> tx.annotations().countForArticle(id)), "article " + id);
        }
        assertEquals(Optional.of("Detect in 30 articles"), history.redoLabel());
        history.redo();
        assertEquals(report.suggested(), all.stream()
                .mapToInt(id -> project.read(tx -> tx.annotations().countForArticle(id))).sum());
    }

    @Test
    void cancellingWhileTheEngineRunsStoresNothingOfThatArticle() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();

        DetectionReport stopped = detection.detectEach(List.of(afp.id()), ImportProgress.NONE,
                () -> asked.incrementAndGet() > 1);

        assertEquals(new DetectionReport(0, 0, 0, 0), stopped);
        assertTrue(annotations().isEmpty(), annotations().toString());
        assertEquals(30, detection.detectEach(detection.allArticleIds(), ImportProgress.NONE, () -> false)
                .articles());
    }
}
