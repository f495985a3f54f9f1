package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import io.sourcemark.store.DatabaseSnapshot;

import java.nio.file.Path;
import java.util.List;

/**
 * A project of two short articles about the same talks, with their speakers, mentions and statements stored as
 * detection and an analyst would leave them: the fixture of the speaker and link services' tests.
 */
final class TwoArticles implements AutoCloseable {

    static final String TALKS = "Jake Sullivan said the talks were over. \"We will not negotiate,\" Mr. Sullivan "
            + "told reporters. Kim Jong Un said the sanctions had failed.";
    static final String BRIEFING = "Sullivan repeated that the talks were over. The ministry said 40 ships had "
            + "been seized.";

    final TestProject project;
    final long talksId;
    final long briefingId;
    final Speaker sullivan;
    final Speaker kim;
    final Annotation talksOver;
    final Annotation negotiate;
    final Annotation sanctions;
    final Annotation mentionJake;
    final Annotation mentionMr;
    final Annotation repeated;
    final Annotation ships;

    TwoArticles(Path dir) throws Exception {
        project = TestProject.open(dir.resolve("speakers.sourcemark"));
        talksId = project.write(tx -> tx.articles().insert(meta("Talks are over, says Sullivan"), TALKS, "h1")).id();
        briefingId = project.write(tx -> tx.articles().insert(meta("Briefing on the seized ships"), BRIEFING, "h2"))
                .id();
        sullivan = project.write(tx -> tx.speakers().insert(new Speaker(0, null, "Jake Sullivan", SpeakerKind.PERSON,
                "National Security Adviser", null, List.of("Mr. Sullivan"))));
        kim = project.write(tx -> tx.speakers().insert(new Speaker(0, null, "Kim Jong Un", SpeakerKind.PERSON, null,
                "North Korea", List.of())));
        mentionJake = store(talksId, TALKS, Kind.SPEAKER, "Jake Sullivan", sullivan.id(), null);
        talksOver = store(talksId, TALKS, Kind.INDIRECT_QUOTE, "the talks were over", sullivan.id(), Verdict.TRUE);
        negotiate = store(talksId, TALKS, Kind.DIRECT_QUOTE, "We will not negotiate,", sullivan.id(), null);
        mentionMr = store(talksId, TALKS, Kind.SPEAKER, "Mr. Sullivan", sullivan.id(), null);
        sanctions = store(talksId, TALKS, Kind.INDIRECT_QUOTE, "the sanctions had failed", kim.id(), Verdict.FALSE);
        repeated = store(briefingId, BRIEFING, Kind.INDIRECT_QUOTE, "the talks were over", null, null);
        ships = store(briefingId, BRIEFING, Kind.CLAIM, "40 ships had been seized", null, Verdict.MOSTLY_TRUE);
    }

    private static ArticleMeta meta(String title) {
        return new ArticleMeta(title, "Test Wire", "2023-09-05", null, null, null, null, null);
    }

    private Annotation store(long articleId, String body, Kind kind, String words, Long speakerId, Verdict verdict) {
        int start = body.indexOf(words);
        Annotation a = Annotation.of(articleId, kind, Origin.CONFIRMED, new TextRange(start, start + words.length()),
                body).withSpeaker(speakerId);
        Annotation stored = verdict == null ? a
                : a.withVerification(new Verification(verdict, Verification.UNCHECKED.status(), null, null, null));
        return project.write(tx -> tx.annotations().insert(stored));
    }

    Annotation find(Annotation annotation) {
        return project.read(tx -> tx.annotations().find(annotation.id())).orElseThrow();
    }

    Speaker find(Speaker speaker) {
        return project.read(tx -> tx.speakers().find(speaker.id())).orElseThrow();
    }

    DatabaseSnapshot snapshot() throws Exception {
        return DatabaseSnapshot.of(project.project().file());
    }

    String undoLabel() {
        return project.history().undoLabel().orElse(null);
    }

    @Override
    public void close() {
        project.close();
    }
}
