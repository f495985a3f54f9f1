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
        long id = new ImportService(project, ImporterRegistry.standard()).importBundledSamples();
        afp = project.store().articles().find(id).orElseThrow();
        detection = new DetectionService(project, () -> analyzer);
    }

    @AfterEach
    void closeProject() {
        project.close();
    }

    private List<Annotation> annotations() {
        return project.store().annotations().forArticle(afp.id());
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
        Speaker speaker = project.store().speakers().find(quote.speakerId()).orElseThrow();
        assertTrue(speaker.name().contains("Peskov"), speaker.name());
        assertTrue(annotations().stream().anyMatch(a -> a.kind() == Kind.SPEAKER
                && a.origin() == Origin.DETECTED && speaker.id() == a.speakerId()
                && a.exact().contains("Peskov")), "a speaker mention of Peskov tied to the same speaker");
    }

    @Test
    void detectingAgainNeverBringsBackARejectedSuggestion() {
        detection.detect(afp.id());
        Annotation rejected = peskovQuote().withOrigin(Origin.REJECTED);
        project.store().annotations().update(rejected);

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
        project.store().annotations().update(confirmed);
        int before = annotations().size();

        DetectionReport again = detection.detect(afp.id());

        assertEquals(before, annotations().size());
        assertTrue(again.keptReviewed() >= 1);
        assertEquals(1, annotations().stream()
                .filter(a -> a.kind() == Kind.DIRECT_QUOTE && a.range().equals(confirmed.range())).count());
        assertEquals(Origin.CONFIRMED, project.store().annotations().find(confirmed.id()).orElseThrow().origin());
    }

    @Test
    void detectingAgainKeepsASuggestionTheAnalystHasWorkedOn() {
        detection.detect(afp.id());
        Annotation quote = peskovQuote();
        Annotation checked = new Annotation(quote.id(), quote.articleId(), quote.kind(), quote.origin(), quote.range(),
                quote.exact(), quote.prefix(), quote.suffix(), quote.speakerId(), quote.cue(), quote.score(),
                new Verification(Verdict.MOSTLY_TRUE, ReviewStatus.DONE, "Kremlin transcript", "ana", null),
                "asked twice");
        project.store().annotations().update(checked);
        Annotation sourced = annotations().stream().filter(a -> a.kind() == Kind.DIRECT_QUOTE && a.id() != quote.id())
                .findFirst().orElseThrow();
        Evidence evidence = project.store().evidence().insert(new Evidence(0, sourced.id(), "https://example.org/a",
                null, null, Stance.SUPPORTS, null));

        detection.detect(afp.id());

        assertEquals(checked, project.store().annotations().find(quote.id()).orElseThrow());
        assertEquals(1, annotations().stream().filter(a -> a.range().equals(quote.range())
                && a.kind() == Kind.DIRECT_QUOTE).count());
        assertEquals(List.of(evidence), project.store().evidence().forAnnotation(sourced.id()));
        assertEquals(1, annotations().stream().filter(a -> a.range().equals(sourced.range())
                && a.kind() == Kind.DIRECT_QUOTE).count());
    }

    @Test
    void aSpeakerFoundInTwoArticlesIsOneProjectSpeaker() {
        long borderWall = articleTitled("President Trump says he 'can' and 'may' put US into state of emergency");
        long impeachment = articleTitled("US Speaker Pelosi announces Trump impeachment investigation");

        detection.detect(borderWall);
        detection.detect(impeachment);

        List<Speaker> pelosi = project.store().speakers().list().stream()
                .filter(s -> s.name().equals("Nancy Pelosi")).toList();
        assertEquals(1, pelosi.size(), "speakers: " + project.store().speakers().list());
        for (long article : List.of(borderWall, impeachment)) {
            assertTrue(project.store().annotations().forArticle(article).stream().anyMatch(a -> a.kind() == Kind.SPEAKER
                    && Long.valueOf(pelosi.get(0).id()).equals(a.speakerId())), "a mention of Pelosi in " + article);
        }
    }

    private long articleTitled(String titleStart) {
        return project.store().articles().list().stream().filter(a -> a.title().startsWith(titleStart))
                .findFirst().orElseThrow().id();
    }

    @Test
    void detectingTheSameArticleAgainAddsNoSpeaker() {
        detection.detect(afp.id());
        int speakers = project.store().speakers().list().size();
        detection.detect(afp.id());

        assertEquals(speakers, project.store().speakers().list().size());
        assertFalse(project.store().speakers().findByNameOrAlias(
                project.store().speakers().find(peskovQuote().speakerId()).orElseThrow().name()).isEmpty());
    }

    @Test
    void detectsInEveryArticleOfABatchInOrderAndStopsWhenCancelled() {
        List<Long> ids = detection.allArticleIds();
        List<Integer> seen = new java.util.ArrayList<>();

        DetectionReport report = detection.detectEach(ids, (done, total, current) -> seen.add(done), () -> false);

        assertEquals(30, ids.size());
        assertTrue(report.suggested() > 300, "suggestions: " + report.suggested());
        for (long id : ids) {
            assertFalse(project.store().annotations().forArticle(id).isEmpty(), "article " + id);
        }
        assertEquals(java.util.stream.IntStream.rangeClosed(0, 30).boxed().toList(), seen);

        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        DetectionReport stopped = detection.detectEach(ids, ImportProgress.NONE, () -> asked.incrementAndGet() > 2);
        assertTrue(stopped.suggested() + stopped.keptReviewed() < report.suggested(), "stopped after two articles");
        assertTrue(stopped.articles() < ids.size());
        assertEquals(ids.size(), report.articles());
    }

    @Test
    void wordsInQuotationMarksInsideAParaphraseAreDirectQuotesToo() {
        detection.detect(afp.id());

        List<String> direct = annotations().stream().filter(a -> a.kind() == Kind.DIRECT_QUOTE)
                .map(Annotation::exact).toList();
        assertTrue(direct.contains("“image”"), direct.toString());
        assertTrue(direct.contains("“they will pay the price in the international community,”"), direct.toString());
        assertTrue(annotations().stream().anyMatch(a -> a.kind() == Kind.INDIRECT_QUOTE
                && a.exact().startsWith("Such arms delivery will not improve")), "the paraphrase around them");
    }

    @Test
    void detectingAgainDropsUnreviewedSuggestionsTheEngineNoLongerMakes() {
        io.sourcemark.model.TextRange odd = new io.sourcemark.model.TextRange(0, 9);
        project.store().annotations().insert(Annotation.of(afp.id(), Kind.CLAIM, Origin.DETECTED, odd, afp.body()));

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
        project.store().annotations().update(any.withOrigin(Origin.REJECTED));
        assertFalse(detection.articlesNeverAnalysed().contains(afp.id()), "a rejected suggestion shows it was done");
    }

    @Test
    void undoAfterDetectingAgainNeverOverwritesTheSuggestionThatGotTheOldId() {
        detection.detect(afp.id());
        UndoHistory history = new UndoHistory();
        AnnotationService edits = new AnnotationService(project, history);
        List<Annotation> byId = annotations().stream()
                .sorted(Comparator.comparingLong(Annotation::id)).toList();
        Annotation second = byId.get(1);
        Annotation fifth = byId.get(4);
        edits.reject(second.id());
        edits.changeKind(fifth.id(), fifth.kind() == Kind.CLAIM ? Kind.INDIRECT_QUOTE : Kind.CLAIM);
        // The rejected suggestion stays; every other one is deleted and stored again, reusing the freed ids.
        detection.detect(afp.id());
        List<Annotation> detectedAgain = annotations();

        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, history::undo);

        assertTrue(refused.getMessage().contains("detecting again replaced"), refused.getMessage());
        assertEquals(detectedAgain, annotations());
        assertEquals(Optional.of("Reject suggestion"), history.undoLabel());
        history.undo();
        assertEquals(Origin.DETECTED, project.store().annotations().find(second.id()).orElseThrow().origin());
    }

    @Test
    void redoOfAnAcceptWhoseSuggestionDetectingAgainReplacedIsDroppedNotStuck() {
        detection.detect(afp.id());
        UndoHistory history = new UndoHistory();
        AnnotationService edits = new AnnotationService(project, history);
        Annotation quote = peskovQuote();
        Annotation last = annotations().stream().max(Comparator.comparingLong(Annotation::id)).orElseThrow();
        edits.accept(last.id());
        edits.accept(quote.id());
        history.undo();
        detection.detect(afp.id());
        List<Annotation> detectedAgain = annotations();

        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, history::redo);

        assertTrue(refused.getMessage().startsWith("“Accept suggestion” cannot be redone"), refused.getMessage());
        assertEquals(detectedAgain, annotations());
        assertFalse(history.canRedo());
        assertEquals(Origin.DETECTED, peskovQuote().origin());
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
