package io.sourcemark.service;

import io.sourcemark.export.ExportFormat;
import io.sourcemark.export.ExportOptions;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Link;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Relation;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Stance;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import io.sourcemark.store.Repositories;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The AFP sample article with the engine's suggestions and an analyst's scripted work on them, written through
 * {@link Project#change}: accepted and rejected suggestions, a claim marked by hand, verdicts with rationale and
 * evidence, tags (one a child of another), links (one to a statement of another article) and notes.
 */
final class ScriptedAfp implements AutoCloseable {

    static final String SULLIVAN_WORDS = "they will pay the price in the international community";
    static final String PESKOV_WORDS = "No, we can’t (confirm), we have nothing to say on this matter";
    static final String FORUM_CLAIM = "Vladivostok hosts the Eastern Economic Forum from September 10 to 13, which "
            + "last year hosted representatives from 68 countries.";
    static final String WAGNER_WORDS = "private paramilitary group Wagner";
    static final String GDANSK_CLAIM = "Adamowicz was an early supporter of democracy, and has been mayor since 1998.";
    static final String REVIEWER = "Ana Analyst";
    static final String RATIONALE = "The White House said so on 5 September; the price is not quantified.";
    static final String EVIDENCE_URL = "https://www.whitehouse.gov/briefing-room/press-briefings/";
    static final String ARTICLE_NOTE = "Checked against the White House briefing of 5 September 2023.";
    static final Instant REVIEWED_AT = Instant.parse("2023-09-06T10:15:30.123456789Z");

    final TestProject project;
    final Article afp;
    final Article gdansk;
    Annotation sullivan;
    Annotation peskov;
    Annotation forum;
    Annotation wagner;
    Annotation rejected;
    Annotation gdanskClaim;
    Tag geopolitics;
    Tag arms;
    Tag group;

    private ScriptedAfp(TestProject project, Article afp, Article gdansk) {
        this.project = project;
        this.afp = afp;
        this.gdansk = gdansk;
    }

    static ScriptedAfp open(Path file) throws ProjectUnavailableException {
        TestProject project = TestProject.open(file);
        long afpId = project.imports().importBundledSamples();
        Article afp = project.read(tx -> tx.articles().find(afpId)).orElseThrow();
        Article gdansk = project.read(tx -> tx.articles().list().stream()
                .filter(a -> a.title().contains("Gdańsk")).findFirst()
                .flatMap(a -> tx.articles().find(a.id()))).orElseThrow();
        ScriptedAfp scripted = new ScriptedAfp(project, afp, gdansk);
        try {
            project.detection().detect(afp.id());
            project.run(scripted::script);
        } catch (RuntimeException | Error e) {
            project.close();
            throw e;
        }
        return scripted;
    }

    private void script(Repositories tx) {
        geopolitics = tx.tags().insert(new Tag(0, null, "Geopolitics", "#1d4ed8", null, null));
        arms = tx.tags().insert(new Tag(0, null, "Arms trade", "#b91c1c", geopolitics.id(), "a"));
        group = tx.tags().insert(new Tag(0, null, "Wagner group", "#047857", null, null));
        List<Annotation> detected = tx.annotations().forArticle(afp.id());
        sullivan = update(tx, quoteWith(detected, SULLIVAN_WORDS).withOrigin(Origin.CONFIRMED)
                .withVerification(new Verification(Verdict.MOSTLY_TRUE, ReviewStatus.DONE, RATIONALE, REVIEWER,
                        REVIEWED_AT)));
        tx.evidence().insert(new Evidence(0, null, sullivan.id(), EVIDENCE_URL, "Press briefings", "the 5 September one",
                Stance.SUPPORTS, LocalDate.of(2023, 9, 6)));
        tx.evidence().insert(new Evidence(0, null, sullivan.id(), "ftp://archive.example.org/briefing.txt", null, null,
                Stance.CONTEXT, null));
        tx.tags().assign(sullivan.id(), arms.id());
        peskov = update(tx, quoteWith(detected, PESKOV_WORDS).withOrigin(Origin.CONFIRMED)
                .withVerification(new Verification(Verdict.UNVERIFIABLE, ReviewStatus.IN_PROGRESS, null, REVIEWER,
                        null)).withNote("Asked twice by reporters."));
        forum = tx.annotations().insert(mark(afp, Kind.CLAIM, FORUM_CLAIM)
                .withVerification(new Verification(Verdict.FALSE, ReviewStatus.DONE, "The forum ran 10–13 "
                        + "September; 68 countries is the organisers' own count.", REVIEWER, REVIEWED_AT)));
        tx.evidence().insert(new Evidence(0, null, forum.id(), "https://forumvostok.ru/en/", "Eastern Economic Forum",
                null, Stance.REFUTES, LocalDate.of(2023, 9, 7)));
        wagner = tx.annotations().insert(mark(afp, Kind.TAG, WAGNER_WORDS));
        tx.tags().assign(wagner.id(), group.id());
        rejected = detected.stream().filter(a -> a.kind() == Kind.CLAIM && a.origin() == Origin.DETECTED
                && !a.range().overlaps(forum.range())).findFirst().orElseThrow();
        rejected = update(tx, rejected.withOrigin(Origin.REJECTED));
        gdanskClaim = tx.annotations().insert(mark(gdansk, Kind.CLAIM, GDANSK_CLAIM));
        tx.links().insert(new Link(0, null, forum.id(), sullivan.id(), Relation.CONTRADICTS, "Same week, other count"));
        tx.links().insert(new Link(0, null, sullivan.id(), gdanskClaim.id(), Relation.CITES, null));
        tx.articles().updateNote(afp.id(), ARTICLE_NOTE);
    }

    private static Annotation update(Repositories tx, Annotation changed) {
        tx.annotations().update(changed);
        return changed;
    }

    static Annotation quoteWith(List<Annotation> annotations, String words) {
        return annotations.stream().filter(a -> a.kind().isStatement() && a.kind() != Kind.CLAIM
                        && a.exact().contains(words))
                .findFirst().orElseThrow(() -> new AssertionError("No direct quote with “" + words + "”"));
    }

    static Annotation mark(Article article, Kind kind, String words) {
        int start = article.body().indexOf(words);
        if (start < 0) {
            throw new AssertionError("“" + words + "” is not in " + article.meta().title());
        }
        return Annotation.of(article.id(), kind, Origin.MANUAL, new TextRange(start, start + words.length()),
                article.body());
    }

    /** Runs an export of this project and waits for it. */
    ExportReport export(ExportFormat format, List<Long> articles, Path folder, ExportOptions options,
                        boolean oneFile, boolean overwrite) {
        return new ExportService(project.project()).export(new ExportRequest(format, articles, folder, options,
                oneFile, overwrite), ImportProgress.NONE, () -> false);
    }

    /** The speaker's name of a statement. */
    String speakerOf(Annotation annotation) {
        return project.read(tx -> tx.speakers().find(annotation.speakerId())).orElseThrow().name();
    }

    @Override
    public void close() {
        project.close();
    }
}
