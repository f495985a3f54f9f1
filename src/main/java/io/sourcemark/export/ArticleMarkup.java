package io.sourcemark.export;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An article's body cut into paragraphs of {@link TextRun}s for the HTML report: each run carries the classes of
 * every highlight covering it, so nested highlights all stay visible (a speaker's underline inside a quote's
 * background), and each statement's numbered marker stands where it starts. Text stays text: the template escapes it.
 */
final class ArticleMarkup {

    private static final String PARAGRAPH_BREAK = "\n\n";
    static final String UNCHECKED_MARKER = "#334155";

    private ArticleMarkup() {
    }

    static List<List<TextRun>> paragraphs(ReportView view) {
        String body = view.model().article().body();
        List<Span> spans = spans(view);
        Map<Integer, List<TextRun.Marker>> markers = markers(view);
        TreeSet<Integer> boundaries = new TreeSet<>(markers.keySet());
        for (Span span : spans) {
            boundaries.add(span.range().start());
            boundaries.add(span.range().end());
        }
        List<List<TextRun>> paragraphs = new ArrayList<>();
        spans.sort(Comparator.comparingInt(s -> s.range().start()));
        int next = 0;
        List<Span> active = new ArrayList<>();
        List<TextRun.Marker> pending = new ArrayList<>();
        int textEnd = body.length();
        while (textEnd > 0 && body.charAt(textEnd - 1) == '\n') {
            textEnd--;
        }
        int paragraphStart = 0;
        while (paragraphStart < textEnd) {
            int breakAt = body.indexOf(PARAGRAPH_BREAK, paragraphStart);
            if (breakAt >= textEnd) {
                breakAt = -1;
            }
            int paragraphEnd = breakAt < 0 ? textEnd : breakAt;
            int nextStart = breakAt < 0 ? body.length() : skipBreak(body, breakAt);
            List<TextRun> runs = new ArrayList<>();
            int from = paragraphStart;
            while (from < paragraphEnd) {
                Integer boundary = boundaries.higher(from);
                int to = boundary == null ? paragraphEnd : Math.min(boundary, paragraphEnd);
                int runStart = from;
                active.removeIf(s -> s.range().end() <= runStart);
                while (next < spans.size() && spans.get(next).range().start() <= runStart) {
                    Span span = spans.get(next++);
                    if (span.range().end() > runStart) {
                        active.add(span);
                    }
                }
                pending.addAll(markers.getOrDefault(from, List.of()));
                runs.add(run(body.substring(from, to), active, pending, to, paragraphEnd, nextStart));
                pending = new ArrayList<>();
                from = to;
            }
            paragraphs.add(runs);
            paragraphStart = breakAt < 0 ? textEnd : nextStart;
            // markers of statements starting inside a paragraph break go with the next paragraph's first run
            for (int i = paragraphEnd; i < paragraphStart; i++) {
                pending.addAll(markers.getOrDefault(i, List.of()));
            }
        }
        return paragraphs;
    }

    private static int skipBreak(String body, int breakAt) {
        int i = breakAt;
        while (i < body.length() && body.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    /**
     * @param end          where the run ends in the body
     * @param paragraphEnd where its paragraph ends, before the break
     * @param nextStart    where the next paragraph starts, after the break
     */
    private static TextRun run(String text, List<Span> active, List<TextRun.Marker> markers, int end,
                               int paragraphEnd, int nextStart) {
        Set<String> classes = new TreeSet<>();
        String style = null;
        Set<String> over = new TreeSet<>();
        Set<String> ending = new TreeSet<>();
        for (Span span : active) {
            classes.add(span.styleClass());
            if (style == null && span.colour() != null) {
                style = "color:" + span.colour();
            }
            if (span.tagNames() != null) {
                over.add(span.tagNames());
                // a passage ending in the paragraph's break (or the article's last newlines) ends with the paragraph
                if (span.range().end() == end
                        || end == paragraphEnd && span.range().end() > end && span.range().end() <= nextStart) {
                    ending.add(span.tagNames());
                }
            }
        }
        // a tag's colour alone does not say which tag it is, least of all on paper: its name follows its passage
        return new TextRun(text, String.join(" ", classes), style, List.copyOf(markers),
                over.isEmpty() ? null : String.join("; ", over), ending.isEmpty() ? null : String.join("; ", ending));
    }

    /** The stretches drawn: an interrupted quote's parts, a mixed quote with its quoted words, the rest whole. */
    private static List<Span> spans(ReportView view) {
        List<Span> spans = new ArrayList<>();
        for (Annotation a : view.shown()) {
            String suffix = a.origin() == Origin.DETECTED ? "-s" : "";
            List<Tag> tags = a.kind() == Kind.TAG ? view.model().tagsOf(a.id()) : List.of();
            String colour = a.kind() == Kind.TAG ? tagColour(tags) : null;
            String names = tags.isEmpty() ? null : String.join(", ", tags.stream().map(Tag::name).toList());
            // a tag span is one stretch (only a direct quote has parts): its names go with that stretch
            for (TextRange part : a.parts()) {
                spans.add(new Span(part, styleClass(a.kind()) + suffix, colour, names));
            }
            if (a.isMixedQuote()) {
                a.pieces().forEach(piece -> spans.add(new Span(piece, "qw" + suffix, null, null)));
            }
        }
        return spans;
    }

    private static Map<Integer, List<TextRun.Marker>> markers(ReportView view) {
        Map<Integer, List<TextRun.Marker>> markers = new HashMap<>();
        for (StatementRow row : view.statements()) {
            Annotation a = row.annotation();
            Verdict verdict = a.verification() == null ? Verdict.NOT_CHECKED : a.verification().verdict();
            String colour = view.options().verdicts() && verdict != Verdict.NOT_CHECKED ? VerdictScale.colour(verdict)
                    : UNCHECKED_MARKER;
            markers.computeIfAbsent(a.parts().get(0).start(), start -> new ArrayList<>())
                    .add(new TextRun.Marker(row.number(), colour));
        }
        return markers;
    }

    static String styleClass(Kind kind) {
        return switch (kind) {
            case SPEAKER -> "sp";
            case DIRECT_QUOTE -> "dq";
            case INDIRECT_QUOTE -> "iq";
            case CLAIM -> "cl";
            case TAG -> "tg";
        };
    }

    private static String tagColour(List<Tag> tags) {
        return tags.stream().map(t -> SafeValues.colour(t.color())).flatMap(Optional::stream).findFirst()
                .orElse(null);
    }

    /** @param tagNames the names of a tag span's tags, printed after it; null for other highlights */
    private record Span(TextRange range, String styleClass, String colour, String tagNames) {
    }
}
