package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.SpeakerStatistics;
import io.sourcemark.model.Statistics;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import io.sourcemark.store.SpeakerStatement;
import io.sourcemark.store.SpeakerTotal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatisticsServiceTest {

    @TempDir
    Path dir;
    private TestProject project;
    private StatisticsService statistics;
    private long afp;
    private List<Annotation> statements;

    @BeforeEach
    void open() throws Exception {
        project = TestProject.open(dir.resolve("statistics.sourcemark"));
        statistics = new StatisticsService(project.project());
        afp = project.imports().importBundledSamples();
        project.detection().detect(afp);
        statements = project.articles().visibleAnnotations(afp).stream().filter(a -> a.kind().isStatement())
                .toList();
    }

    @AfterEach
    void close() {
        project.close();
    }

    @Test
    void countsTheArticlesStatementsByKindVerdictAndStatus() {
        Statistics before = statistics.of(afp);
        assertEquals(statements.size(), before.statements());
        for (Kind kind : List.of(Kind.DIRECT_QUOTE, Kind.INDIRECT_QUOTE, Kind.CLAIM)) {
            assertEquals(statements.stream().filter(a -> a.kind() == kind).count(), (long) before.byKind().get(kind),
                    kind.name());
        }
        assertEquals(statements.stream().filter(Annotation::isMixedQuote).count(), before.mixedQuotes(),
                "the mixed quotes among the indirect quotes");
        assertTrue(before.mixedQuotes() > 0, "the AFP article's suggestions have mixed quotes");
        assertEquals(statements.size(), before.byVerdict().get(Verdict.NOT_CHECKED));
        assertEquals(statements.size(), before.suggested());
        assertEquals(0, before.checked());

        Annotation first = statements.get(0);
        Annotation second = statements.get(1);
        project.annotations().accept(first.id());
        project.run(tx -> {
            tx.annotations().update(tx.annotations().find(first.id()).orElseThrow().withVerification(
                    new Verification(Verdict.FALSE, ReviewStatus.DONE, "no such deal", "Ana", null)));
            tx.annotations().update(second.withVerification(
                    new Verification(Verdict.MISLEADING, ReviewStatus.IN_PROGRESS, null, null, null)));
        });
        project.annotations().reject(statements.get(2).id());

        Statistics after = statistics.of(afp);
        assertEquals(statements.size() - 1, after.statements());
        assertEquals(1, after.byVerdict().get(Verdict.FALSE));
        assertEquals(1, after.byVerdict().get(Verdict.MISLEADING));
        assertEquals(statements.size() - 3, after.byVerdict().get(Verdict.NOT_CHECKED));
        assertEquals(2, after.checked());
        assertEquals(1, after.byStatus().get(ReviewStatus.DONE));
        assertEquals(1, after.byStatus().get(ReviewStatus.IN_PROGRESS));
        assertEquals(statements.size() - 3, after.byStatus().get(ReviewStatus.TO_CHECK));
        assertEquals(statements.size() - 2, after.suggested(), "one accepted, one rejected");
        assertEquals(2.0 / (statements.size() - 1), after.progress(), 1e-9);
    }

    @Test
    void ranksTheSpeakersByStatementsWithTheirVerdictsAndTheLibraryAddsUp() {
        Statistics article = statistics.of(afp);
        assertTrue(!article.topSpeakers().isEmpty());
        SpeakerStatistics top = article.topSpeakers().get(0);
        long said = statements.stream().filter(a -> Long.valueOf(top.speakerId()).equals(a.speakerId())).count();
        assertEquals(said, top.statements());
        assertEquals(top.statements(), top.byVerdict().values().stream().mapToInt(Integer::intValue).sum());
        for (int i = 1; i < article.topSpeakers().size(); i++) {
            assertTrue(article.topSpeakers().get(i - 1).statements() >= article.topSpeakers().get(i).statements());
        }
        assertEquals(1, top.articles());

        long other = project.detection().allArticleIds().stream().filter(id -> id != afp).findFirst().orElseThrow();
        project.detection().detect(other);
        int otherStatements = (int) project.articles().visibleAnnotations(other).stream()
                .filter(a -> a.kind().isStatement()).count();
        Statistics library = statistics.library();
        assertEquals(0, library.articleId());
        assertEquals(statements.size() + otherStatements, library.statements());
    }

    @Test
    void listsEverySpeakerWithCountsAndWhatEachSaid() {
        List<SpeakerTotal> totals = statistics.speakerTotals();
        SpeakerTotal top = totals.get(0);
        List<SpeakerStatement> said = statistics.statementsOf(top.speakerId());
        assertEquals(top.statements(), said.size());
        for (SpeakerStatement statement : said) {
            Annotation stored = project.read(tx -> tx.annotations().find(statement.annotationId())).orElseThrow();
            assertEquals(stored.exact(), statement.exact());
            assertEquals(top.speakerId(), stored.speakerId());
            assertTrue(stored.origin() != Origin.REJECTED);
        }
        assertEquals(project.read(tx -> tx.speakers().list()).size(), totals.size());
    }
}
