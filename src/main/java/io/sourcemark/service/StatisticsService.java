package io.sourcemark.service;

import io.sourcemark.model.SpeakerStatistics;
import io.sourcemark.model.Statistics;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;
import io.sourcemark.store.Repositories;
import io.sourcemark.store.SpeakerCount;
import io.sourcemark.store.SpeakerStatement;
import io.sourcemark.store.SpeakerTotal;
import io.sourcemark.store.StatementCount;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The statistics of one article or of the library, read in one snapshot from the store's counts. */
public final class StatisticsService {

    /** Speakers shown in the statistics: the ones with most statements. */
    public static final int TOP_SPEAKERS = 10;

    private final Project project;

    public StatisticsService(Project project) {
        this.project = project;
    }

    /** The statistics of the library. */
    public Statistics library() {
        return of(0);
    }

    /** The statistics of one article ({@code articleId} 0: of the library). */
    public Statistics of(long articleId) {
        return project.read(tx -> read(tx, articleId));
    }

    /** Every speaker with the number of their statements and articles, most statements first. */
    public List<SpeakerTotal> speakerTotals() {
        return project.read(tx -> tx.statistics().speakerTotals());
    }

    /** The statements of one speaker across the library, by article title. */
    public List<SpeakerStatement> statementsOf(long speakerId) {
        return project.read(tx -> tx.statistics().statementsOf(speakerId));
    }

    private static Statistics read(Repositories tx, long articleId) {
        Map<Kind, Integer> byKind = zeros(Kind.class);
        byKind.keySet().removeIf(kind -> !kind.isStatement());
        Map<Verdict, Integer> byVerdict = zeros(Verdict.class);
        Map<ReviewStatus, Integer> byStatus = zeros(ReviewStatus.class);
        int statements = 0;
        int suggested = 0;
        int checked = 0;
        int mixed = 0;
        for (StatementCount count : tx.statistics().statementCounts(articleId)) {
            int n = count.count();
            statements += n;
            if (count.mixed()) {
                mixed += n;
            }
            byKind.merge(count.kind(), n, Integer::sum);
            Verdict verdict = count.verdict() == null ? Verdict.NOT_CHECKED : count.verdict();
            byVerdict.merge(verdict, n, Integer::sum);
            byStatus.merge(count.status() == null ? ReviewStatus.TO_CHECK : count.status(), n, Integer::sum);
            if (count.origin() == Origin.DETECTED) {
                suggested += n;
            }
            if (verdict != Verdict.NOT_CHECKED) {
                checked += n;
            }
        }
        return new Statistics(articleId, statements, byKind, mixed, byVerdict, byStatus, suggested, checked,
                speakers(tx.statistics().topSpeakers(articleId, TOP_SPEAKERS)));
    }

    private static List<SpeakerStatistics> speakers(List<SpeakerCount> rows) {
        Map<Long, List<SpeakerCount>> bySpeaker = new LinkedHashMap<>();
        for (SpeakerCount row : rows) {
            bySpeaker.computeIfAbsent(row.speakerId(), id -> new ArrayList<>()).add(row);
        }
        List<SpeakerStatistics> speakers = new ArrayList<>();
        for (List<SpeakerCount> counts : bySpeaker.values()) {
            Map<Verdict, Integer> byVerdict = zeros(Verdict.class);
            for (SpeakerCount count : counts) {
                byVerdict.merge(count.verdict() == null ? Verdict.NOT_CHECKED : count.verdict(), count.count(),
                        Integer::sum);
            }
            SpeakerCount first = counts.get(0);
            speakers.add(new SpeakerStatistics(first.speakerId(), first.name(), first.statements(), first.articles(),
                    byVerdict));
        }
        return speakers;
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> map = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            map.put(value, 0);
        }
        return map;
    }
}
