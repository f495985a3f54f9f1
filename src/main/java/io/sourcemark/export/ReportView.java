package io.sourcemark.export;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Link;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the reports (HTML, PDF, Markdown, CSV, ClaimReview) show of a model under the export's options: the highlights
 * drawn and the statements, numbered in reading order.
 */
final class ReportView {

    private static final int LINKED_TEXT_LENGTH = 80;

    private final ReportModel model;
    private final ExportOptions options;
    private final List<Annotation> shown;
    private final List<StatementRow> statements;

    private ReportView(ReportModel model, ExportOptions options) {
        this.model = model;
        this.options = options;
        this.shown = model.annotations().stream().filter(options::shows).toList();
        Map<Long, Integer> numbers = new HashMap<>();
        for (Annotation a : shown) {
            if (a.kind().isStatement()) {
                numbers.put(a.id(), numbers.size() + 1);
            }
        }
        Map<Long, Annotation> byId = new HashMap<>();
        model.annotations().forEach(a -> byId.put(a.id(), a));
        List<StatementRow> rows = new ArrayList<>();
        for (Annotation a : shown) {
            if (a.kind().isStatement()) {
                List<Evidence> evidence = options.verdicts() ? model.evidenceOf(a.id()) : List.of();
                rows.add(new StatementRow(numbers.get(a.id()), a, text(a), speaker(a), model.tagsOf(a.id()),
                        evidence, links(a, numbers, byId)));
            }
        }
        this.statements = List.copyOf(rows);
    }

    static ReportView of(ReportModel model, ExportOptions options) {
        return new ReportView(model, options);
    }

    ReportModel model() {
        return model;
    }

    ExportOptions options() {
        return options;
    }

    /** The highlights drawn, in reading order. */
    List<Annotation> shown() {
        return shown;
    }

    List<StatementRow> statements() {
        return statements;
    }

    /** The words of a statement: the parts of an interrupted quote joined by an ellipsis. */
    String text(Annotation annotation) {
        String body = model.article().body();
        return annotation.parts().stream().map(part -> part.of(body)).collect(Collectors.joining(" … "));
    }

    Speaker speaker(Annotation annotation) {
        return annotation.speakerId() == null ? null : model.speakers().get(annotation.speakerId());
    }

    /** Each speaker of a shown highlight, the most quoted first. */
    List<SpeakerSummary> speakers() {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, Map<Verdict, Integer>> verdicts = new HashMap<>();
        for (Annotation a : shown) {
            Speaker speaker = speaker(a);
            if (speaker == null) {
                continue;
            }
            int[] count = counts.computeIfAbsent(speaker.id(), id -> new int[2]);
            if (a.kind() == Kind.SPEAKER) {
                count[0]++;
            } else if (a.kind().isStatement()) {
                count[1]++;
                Verdict verdict = a.verification() == null ? Verdict.NOT_CHECKED : a.verification().verdict();
                if (options.verdicts() && verdict != Verdict.NOT_CHECKED) {
                    verdicts.computeIfAbsent(speaker.id(), id -> new EnumMap<>(Verdict.class)).merge(verdict, 1,
                            Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new SpeakerSummary(model.speakers().get(e.getKey()), e.getValue()[0], e.getValue()[1],
                        verdictWords(verdicts.getOrDefault(e.getKey(), Map.of()))))
                .sorted(Comparator.comparingInt((SpeakerSummary s) -> -s.statements())
                        .thenComparing(s -> s.speaker().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private List<LinkRow> links(Annotation statement, Map<Long, Integer> numbers, Map<Long, Annotation> byId) {
        List<LinkRow> rows = new ArrayList<>();
        for (Link link : model.links()) {
            boolean outgoing = link.fromAnnotationId() == statement.id();
            if (!outgoing && link.toAnnotationId() != statement.id()) {
                continue;
            }
            long other = outgoing ? link.toAnnotationId() : link.fromAnnotationId();
            Annotation here = byId.get(other);
            LinkedStatement there = model.elsewhere().get(other);
            String text = here != null ? here.exact() : there != null ? there.exact() : "";
            rows.add(new LinkRow(link.relation(), outgoing, numbers.get(other), abbreviated(text),
                    here == null && there != null ? there.articleTitle() : null,
                    here != null ? here.uid() : there != null ? there.uid() : null,
                    options.notes() ? link.note() : null));
        }
        return rows;
    }

    private static String verdictWords(Map<Verdict, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getValue() + " " + VerdictScale.name(e.getKey()).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    static String abbreviated(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= LINKED_TEXT_LENGTH) {
            return flat;
        }
        int cut = LINKED_TEXT_LENGTH - 1;
        if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
            cut--;
        }
        return flat.substring(0, cut) + "…";
    }
}
