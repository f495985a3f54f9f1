package io.sourcemark.export;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Link;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Relation;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An article in brat standoff: the body as {@code .txt}; in {@code .ann}, T lines for speakers, quotes, claims, cues
 * and tags (an interrupted quote as {@code s1 e1;s2 e2}, offsets in code points as brat counts them), R lines for
 * links and for who said each statement, A lines for verdicts, review status and unreviewed suggestions, and
 * {@code #} notes; with {@code annotation.conf} and {@code visual.conf} so that brat shows it in colour.
 */
public final class BratExport {

    /** Between a speaker's name and the analyst's note on one note line, as exports before one line a part wrote. */
    static final String NOTE_SEPARATOR = " · ";

    public BratDocument write(ReportModel model, ExportOptions options) {
        ReportView view = ReportView.of(model, options);
        String body = model.article().body();
        CodePoints offsets = CodePoints.of(body);
        Lines lines = new Lines(body, offsets);
        Map<Long, String> ids = new HashMap<>();
        Map<String, String> tagColours = new LinkedHashMap<>();
        // each tag its own type: "Economy & Trade" and "Economy / Trade" would both be Economy_Trade
        Map<Long, String> typeOfTag = new HashMap<>();
        Map<String, String> tagLabels = new LinkedHashMap<>();
        for (Annotation a : view.shown()) {
            List<Tag> tags = model.tagsOf(a.id());
            if (a.kind() != Kind.TAG || tags.isEmpty()) {
                ids.put(a.id(), lines.entity(BratTypes.of(a.kind()), a.parts()));
            }
            for (Tag tag : tags) {
                String type = typeOfTag.computeIfAbsent(tag.id(), id -> {
                    String base = BratTypes.ofTag(tag.name());
                    String unique = base;
                    for (int n = 2; tagLabels.containsKey(unique); n++) {
                        unique = base + "_" + n;
                    }
                    tagLabels.put(unique, tag.name());
                    return unique;
                });
                tagColours.putIfAbsent(type, SafeValues.colour(tag.color()).orElse("#6ee7b7"));
                String id = lines.entity(type, a.parts());
                ids.putIfAbsent(a.id(), id);
            }
        }
        for (Annotation a : view.shown()) {
            String id = ids.get(a.id());
            if (a.cue() != null && a.kind().isStatement()) {
                lines.relation(BratTypes.CUE, id, lines.entity(BratTypes.CUE, List.of(a.cue())));
            }
            attributes(lines, a, id, options);
            // a line for each part, so that a rationale or a note with any words in it is read back whole
            note(view, a).forEach(part -> lines.note(id, part));
        }
        for (Link link : model.links()) {
            String from = ids.get(link.fromAnnotationId());
            String to = ids.get(link.toAnnotationId());
            if (from != null && to != null) {
                lines.relation(BratTypes.of(link.relation()), from, to);
            }
        }
        saidBy(view, ids, lines);
        return new BratDocument(body, lines.toString(), BratConfiguration.annotationConf(tagColours.keySet()),
                BratConfiguration.visualConf(tagColours, tagLabels));
    }

    private static void attributes(Lines lines, Annotation a, String id, ExportOptions options) {
        if (a.origin() == Origin.DETECTED) {
            lines.attribute(BratTypes.SUGGESTION, id, null);
        }
        Verification v = a.verification();
        if (options.verdicts() && v != null && a.kind().isStatement() && v.verdict() != Verdict.NOT_CHECKED) {
            lines.attribute(BratTypes.VERDICT, id, BratTypes.of(v.verdict()));
            lines.attribute(BratTypes.STATUS, id, BratTypes.of(v.status()));
        }
    }

    /** The speaker's name on a mention, the rationale and evidence on a statement, and the analyst's note. */
    private static List<String> note(ReportView view, Annotation a) {
        List<String> parts = new ArrayList<>();
        Speaker speaker = view.speaker(a);
        if (a.kind() == Kind.SPEAKER && speaker != null) {
            parts.add(BratTypes.SPEAKER_NOTE + speaker.name());
        } else if (speaker != null && view.shown().stream().noneMatch(m -> m.kind() == Kind.SPEAKER
                && Long.valueOf(speaker.id()).equals(m.speakerId()))) {
            // no mention of the speaker in the text for a Said_by line to point at: the note names them
            parts.add(BratTypes.SPEAKER_NOTE + speaker.name());
        }
        Verification v = a.verification();
        if (view.options().verdicts() && v != null && v.rationale() != null) {
            parts.add(BratReader.RATIONALE + v.rationale());
        }
        List<Evidence> evidence = view.options().verdicts() ? view.model().evidenceOf(a.id()) : List.of();
        if (!evidence.isEmpty()) {
            parts.add(BratReader.EVIDENCE + evidence.stream().map(Evidence::url).collect(Collectors.joining(" ")));
        }
        if (view.options().notes() && a.note() != null) {
            parts.add(BratTypes.analystNote(a.note()));
        }
        return parts;
    }

    /**
     * Who said each statement: its SAID_BY links, else its speaker's mention nearest to it, as brat users draw an
     * attribution.
     */
    private static void saidBy(ReportView view, Map<Long, String> ids, Lines lines) {
        List<Annotation> mentions = view.shown().stream().filter(a -> a.kind() == Kind.SPEAKER).toList();
        for (StatementRow row : view.statements()) {
            Annotation statement = row.annotation();
            boolean linked = view.model().links().stream().anyMatch(l -> l.relation() == Relation.SAID_BY
                    && l.fromAnnotationId() == statement.id() && ids.containsKey(l.toAnnotationId()));
            if (linked || statement.speakerId() == null) {
                continue;
            }
            Annotation nearest = null;
            for (Annotation mention : mentions) {
                if (statement.speakerId().equals(mention.speakerId())
                        && (nearest == null || distance(mention, statement) < distance(nearest, statement))) {
                    nearest = mention;
                }
            }
            if (nearest != null) {
                lines.relation(BratTypes.of(Relation.SAID_BY), ids.get(statement.id()), ids.get(nearest.id()));
            }
        }
    }

    private static int distance(Annotation mention, Annotation statement) {
        TextRange m = mention.range();
        TextRange s = statement.range();
        return m.overlaps(s) ? 0 : Math.min(Math.abs(m.start() - s.end()), Math.abs(s.start() - m.end()));
    }

    /** The lines of an .ann file, numbered per kind of line as brat expects. */
    private static final class Lines {
        private final String body;
        private final CodePoints offsets;
        private final StringBuilder out = new StringBuilder();
        private int entities;
        private int relations;
        private int attributes;
        private int notes;

        Lines(String body, CodePoints offsets) {
            this.body = body;
            this.offsets = offsets;
        }

        String entity(String type, List<TextRange> parts) {
            String id = "T" + ++entities;
            String spans = parts.stream().map(p -> offsets.fromUtf16(p.start()) + " " + offsets.fromUtf16(p.end()))
                    .collect(Collectors.joining(";"));
            String text = parts.stream().map(p -> p.of(body)).collect(Collectors.joining(" "));
            out.append(id).append('\t').append(type).append(' ').append(spans).append('\t').append(oneLine(text))
                    .append('\n');
            return id;
        }

        void relation(String type, String from, String to) {
            out.append('R').append(++relations).append('\t').append(type).append(" Arg1:").append(from)
                    .append(" Arg2:").append(to).append('\n');
        }

        void attribute(String type, String id, String value) {
            out.append('A').append(++attributes).append('\t').append(type).append(' ').append(id)
                    .append(value == null ? "" : " " + value).append('\n');
        }

        void note(String id, String text) {
            if (!text.isEmpty()) {
                out.append('#').append(++notes).append('\t').append(BratTypes.NOTES).append(' ').append(id)
                        .append('\t').append(oneLine(text)).append('\n');
            }
        }

        /** brat keeps a line's text on one line: breaks (of a quote over paragraphs) become spaces. */
        private static String oneLine(String text) {
            return text.replaceAll("[\\r\\n\\t\\u2028\\u2029]", " ");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
