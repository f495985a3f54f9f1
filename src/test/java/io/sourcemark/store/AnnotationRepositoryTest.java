package io.sourcemark.store;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ClaimCategory;
import io.sourcemark.model.Article;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnnotationRepositoryTest {

    private static final String QUOTE = "they will pay the price in the international community";

    @TempDir
    Path folder;
    private ProjectStore store;
    private Article afp;
    private Speaker sullivan;

    @BeforeEach
    void open() throws ProjectOpenException {
        store = ProjectStore.open(folder.resolve("annotations.sourcemark"));
        afp = Samples.importAfp(store);
        sullivan = store.speakers().insert(new Speaker(0, null, "Jake Sullivan", SpeakerKind.PERSON,
                "National Security Adviser", "White House", List.of("Mr. Sullivan", "Sullivan")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void storesEveryFieldOfAVerifiedQuote() {
        int cueStart = afp.body().indexOf("said", afp.body().indexOf(QUOTE));
        Annotation quote = Samples.annotationOf(afp, Kind.DIRECT_QUOTE, Origin.CONFIRMED, QUOTE)
                .withSpeaker(sullivan.id())
                .withCue(new TextRange(cueStart, cueStart + 4))
                .withScore(0.875);
        Verification checked = new Verification(Verdict.MOSTLY_TRUE, ReviewStatus.DONE,
                "Matches the White House transcript.", "A. Analyst", Instant.parse("2026-11-27T10:15:30.123456Z"));
        quote = quote.withVerification(checked).withNote("Second half of a two-part quote")
                .withCategory(ClaimCategory.QUOTED);

        Annotation stored = store.annotations().insert(quote);

        assertTrue(stored.id() > 0);
        assertEquals(36, stored.uid().length(), stored.uid());
        assertEquals(quote.withId(stored.id()).withUid(stored.uid()), stored);
        Annotation found = store.annotations().find(stored.id()).orElseThrow();
        assertEquals(stored, found);
        assertEquals(QUOTE, found.exact());
        assertEquals("said", found.cue().of(afp.body()));
        assertEquals(QUOTE, found.range().of(afp.body()));
        assertTrue(found.prefix().endsWith("“image” and “"), found.prefix());
    }

    @Test
    void storesASpeakerMentionWithoutCueScoreOrVerification() {
        Annotation mention = Samples.annotationOf(afp, Kind.SPEAKER, Origin.MANUAL, "Jake Sullivan");
        Annotation stored = store.annotations().insert(mention);
        Annotation found = store.annotations().find(stored.id()).orElseThrow();
        assertEquals(mention.withId(stored.id()).withUid(stored.uid()), found);
        assertEquals(null, found.speakerId());
        assertEquals(null, found.cue());
        assertEquals(null, found.score());
        assertEquals(null, found.verification());
        assertEquals(null, found.note());
    }

    @Test
    void updatesEveryMutableField() {
        Annotation detected = store.annotations().insert(
                Samples.annotationOf(afp, Kind.CLAIM, Origin.DETECTED, "North Korea against selling arms"));
        String wider = "warned North Korea against selling arms to Russia";
        Annotation edited = Samples.annotationOf(afp, Kind.INDIRECT_QUOTE, Origin.CONFIRMED, wider);
        int cue = afp.body().indexOf("warned");
        Annotation changed = new Annotation(detected.id(), detected.uid(), afp.id(), edited.kind(), edited.origin(),
                edited.range(), List.of(edited.range()), edited.exact(), edited.prefix(), edited.suffix(),
                sullivan.id(), new TextRange(cue, cue + 6), 0.5, ClaimCategory.EVENT, Kind.CLAIM,
                new Verification(Verdict.UNVERIFIABLE, ReviewStatus.IN_PROGRESS, null, "B. Checker", null),
                "reported speech, not a claim");

        store.annotations().update(changed);

        assertEquals(Optional.of(changed), store.annotations().find(detected.id()));
        Annotation cleared = new Annotation(detected.id(), detected.uid(), afp.id(), Kind.SPEAKER, Origin.MANUAL,
                edited.range(), List.of(), edited.exact(), edited.prefix(), edited.suffix(), null, null, null, null,
                null, null, null);
        store.annotations().update(cleared);
        assertEquals(Optional.of(cleared), store.annotations().find(detected.id()));
    }

    @Test
    void updatingAnAnnotationThatIsGoneFails() {
        Annotation stored = store.annotations().insert(
                Samples.annotationOf(afp, Kind.CLAIM, Origin.MANUAL, "North Korea"));
        store.annotations().delete(stored.id());
        StoreException failure = assertThrows(StoreException.class,
                () -> store.annotations().update(stored.withOrigin(Origin.CONFIRMED)));
        assertTrue(failure.getMessage().contains("no annotation with id " + stored.id()), failure.getMessage());
    }

    @Test
    void listsAnArticlesAnnotationsOfEveryOriginByStartThenEnd() {
        Annotation late = store.annotations().insert(Samples.annotationOf(afp, Kind.DIRECT_QUOTE, Origin.REJECTED,
                "It remains an open question"));
        Annotation wide = store.annotations().insert(Samples.annotationOf(afp, Kind.CLAIM, Origin.DETECTED,
                "The White House on Tuesday warned North Korea"));
        Annotation narrow = store.annotations().insert(Samples.annotationOf(afp, Kind.SPEAKER, Origin.MANUAL,
                "The White House"));
        Article other = Samples.importGdansk(store);
        store.annotations().insert(Samples.annotationOf(other, Kind.SPEAKER, Origin.MANUAL, "Paweł Adamowicz"));

        assertEquals(List.of(narrow, wide, late), store.annotations().forArticle(afp.id()));
        assertEquals(3, store.annotations().countForArticle(afp.id()));
        assertEquals(1, store.annotations().countForArticle(other.id()));
    }

    @Test
    void restoresADeletedAnnotationUnderItsId() {
        Annotation stored = store.annotations().insert(
                Samples.annotationOf(afp, Kind.CLAIM, Origin.MANUAL, "joint military exercises"));
        store.annotations().delete(stored.id());
        assertEquals(Optional.empty(), store.annotations().find(stored.id()));
        assertEquals(stored, store.annotations().insert(stored));
        assertEquals(Optional.of(stored), store.annotations().find(stored.id()));
    }

    @Test
    void refusesAScoreAboveOneAndAnUnknownArticle() {
        Annotation claim = Samples.annotationOf(afp, Kind.CLAIM, Origin.DETECTED, "joint military exercises");
        assertThrows(StoreException.class, () -> store.annotations().insert(claim.withScore(1.5)));
        assertThrows(StoreException.class, () -> store.annotations().insert(
                new Annotation(0, null, afp.id() + 99, claim.kind(), claim.origin(), claim.range(), List.of(),
                        claim.exact(), claim.prefix(), claim.suffix(), null, null, null, null, null,
                        claim.verification(), null)));
        assertEquals(0, store.annotations().countForArticle(afp.id()));
    }
}
