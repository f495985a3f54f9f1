package io.sourcemark.ui.reader;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verdict;
import io.sourcemark.ui.VerdictLook;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the annotations of an article into one style per run of characters, every layer combined, so that nested
 * spans all stay visible: the innermost quote keeps its fill and a quote around it shows as an underline in its own
 * colour; a speaker mention underlines, a claim draws a box, a tag colours the text, the selected highlight is boxed in
 * the selection colour. A checked statement takes its verdict's colour: its fill, and a claim's box. A highlight
 * carrying tags of the codebook colours its text in its first tag's colour (a tag span also gets a faint fill of it),
 * while the Tags layer is shown. The pieces of an interrupted quote are filled, not the attribution between them; the quoted
 * words of a mixed quote are filled as direct quotes inside it. A pure function of its inputs, callable from any
 * thread (about 8 ms for 5,000 overlapping annotations on 100,000 characters).
 */
final class HighlightStyles {

    private HighlightStyles() {
    }

    static StyleSpans<Highlight> compute(int textLength, List<Annotation> annotations, Set<Layer> visible,
                                         long selectedId, HighlightPalette palette) {
        return compute(textLength, annotations, Map.of(), visible, selectedId, palette);
    }

    /** With the tags of the highlights, by annotation id, each list ordered as the inspector shows it. */
    static StyleSpans<Highlight> compute(int textLength, List<Annotation> annotations, Map<Long, List<Tag>> tags,
                                         Set<Layer> visible, long selectedId, HighlightPalette palette) {
        List<Mark> marks = new ArrayList<>();
        TreeSet<Integer> boundaries = new TreeSet<>();
        boundaries.add(0);
        boundaries.add(textLength);
        for (Annotation a : annotations) {
            if (!a.origin().isVisible() || !visible.contains(Layer.of(a.kind())) || a.range().end() > textLength) {
                continue;
            }
            Color tagColour = visible.contains(Layer.TAGS) ? firstColour(tags.get(a.id())) : null;
            for (Mark mark : marksOf(a, visible, tagColour)) {
                if (!mark.range().isEmpty() && mark.range().end() <= textLength) {
                    marks.add(mark);
                    boundaries.add(mark.range().start());
                    boundaries.add(mark.range().end());
                }
            }
        }
        StyleSpansBuilder<Highlight> builder = new StyleSpansBuilder<>();
        if (textLength == 0) {
            builder.add(Highlight.NONE, 0);
            return builder.create();
        }
        // A sweep over the boundaries: only the marks covering the current run are looked at.
        marks.sort(Comparator.comparingInt((Mark m) -> m.range().start()));
        List<Mark> active = new ArrayList<>();
        int next = 0;
        Integer from = boundaries.first();
        for (Integer to : boundaries.tailSet(from, false)) {
            int runStart = from;
            active.removeIf(m -> m.range().end() <= runStart);
            while (next < marks.size() && marks.get(next).range().start() <= runStart) {
                active.add(marks.get(next++));
            }
            builder.add(styleOf(active, selectedId, palette), to - from);
            from = to;
        }
        return builder.create();
    }

    /** What an annotation draws: one mark per part, and for a mixed quote its quoted words as direct quotes. */
    private static List<Mark> marksOf(Annotation a, Set<Layer> visible, Color tagColour) {
        boolean suggested = a.origin() == Origin.DETECTED;
        Verdict verdict = a.verification() == null || a.verification().verdict() == Verdict.NOT_CHECKED ? null
                : a.verification().verdict();
        List<Mark> marks = new ArrayList<>();
        for (TextRange part : a.parts()) {
            marks.add(new Mark(a.id(), a.kind(), suggested, part, verdict, tagColour));
        }
        if (a.isMixedQuote() && visible.contains(Layer.DIRECT_QUOTES)) {
            for (TextRange quoted : a.pieces()) {
                marks.add(new Mark(a.id(), Kind.DIRECT_QUOTE, suggested, quoted, verdict, null));
            }
        }
        return marks;
    }

    /** The style of a run that no mark boundary splits, from the marks covering it. */
    private static Highlight styleOf(List<Mark> covering, long selectedId, HighlightPalette palette) {
        if (covering.isEmpty()) {
            return Highlight.NONE;
        }
        List<Mark> fills = new ArrayList<>();
        Mark speaker = null;
        Mark claim = null;
        Mark tag = null;
        Mark tagged = null;
        boolean selected = false;
        for (Mark m : covering) {
            selected |= m.annotationId() == selectedId;
            tagged = m.tagColour() == null ? tagged : closerTag(tagged, m);
            switch (m.kind()) {
                case DIRECT_QUOTE, INDIRECT_QUOTE -> fills.add(m);
                case SPEAKER -> speaker = reviewedFirst(speaker, m);
                case CLAIM -> claim = reviewedFirst(claim, m);
                case TAG -> tag = reviewedFirst(tag, m);
            }
        }
        // innermost first: the shorter part, and of two alike a direct quote before reported speech, reviewed first
        fills.sort(Comparator.comparingInt((Mark m) -> m.range().length())
                .thenComparing(m -> m.kind() != Kind.DIRECT_QUOTE)
                .thenComparing(Mark::suggested));
        Mark innermostFill = fills.isEmpty() ? null : fills.get(0);
        Mark outerFill = fills.stream().skip(1).filter(m -> !m.range().equals(fills.get(0).range())
                || m.kind() != fills.get(0).kind()).findFirst().orElse(null);
        boolean dark = palette.equals(HighlightPalette.DARK);
        Color background = innermostFill != null ? fill(innermostFill, palette)
                : tagged != null && tagged.kind() == Kind.TAG ? TagColours.fill(tagged.tagColour(), dark) : null;
        if (background == null && claim != null && claim.verdict() != null) {
            background = palette.verdictFill(claim.verdict()); // a checked claim is filled in its verdict's colour
        }
        Color underline = null;
        boolean underlineDashed = false;
        if (speaker != null) {
            underline = palette.speaker();
            underlineDashed = speaker.suggested();
        } else if (outerFill != null) {
            underline = HighlightPalette.line(fill(outerFill, palette));
            underlineDashed = outerFill.suggested();
        }
        Color box = null;
        boolean boxDashed = false;
        double boxWidth = 0;
        if (selected) {
            box = palette.selected();
            boxWidth = 2;
        } else if (claim != null) {
            box = claim.verdict() == null ? palette.claim() : palette.verdict(claim.verdict());
            boxDashed = claim.suggested();
            boxWidth = claim.verdict() == null ? 1 : 2;
        }
        List<String> names = new ArrayList<>();
        if (innermostFill != null) {
            names.add(name(innermostFill, ""));
        }
        if (outerFill != null) {
            names.add(name(outerFill, "-outer"));
        }
        for (Mark m : new Mark[] {speaker, claim, tag}) {
            if (m != null) {
                names.add(name(m, ""));
            }
        }
        for (Mark m : new Mark[] {innermostFill, outerFill, claim}) {
            if (m != null && m.verdict() != null && !names.contains(VerdictLook.styleClass(m.verdict()))) {
                names.add(VerdictLook.styleClass(m.verdict()));
            }
        }
        if (tagged != null) {
            names.add("sm-tagged");
        }
        if (selected) {
            names.add("sm-selected");
        }
        Color text = tagged != null ? TagColours.text(tagged.tagColour(), background, dark)
                : tag == null ? null : palette.tag();
        return new Highlight(background, underline, underlineDashed, box, boxDashed, boxWidth, text, names);
    }

    /** "sm-direct-quote", "sm-indirect-quote-outer-suggested": what a mark draws, by name. */
    private static String name(Mark m, String role) {
        return "sm-" + m.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + role
                + (m.suggested() ? "-suggested" : "");
    }

    /** Of two marks of one layer, a reviewed one is drawn in full: its faded twin would only blur it. */
    private static Mark reviewedFirst(Mark current, Mark candidate) {
        return current == null || current.suggested() && !candidate.suggested() ? candidate : current;
    }

    private static Color fill(Mark m, HighlightPalette palette) {
        if (m.verdict() != null) {
            return palette.verdictFill(m.verdict());
        }
        if (m.kind() == Kind.DIRECT_QUOTE) {
            return m.suggested() ? palette.directSuggested() : palette.direct();
        }
        return m.suggested() ? palette.indirectSuggested() : palette.indirect();
    }

    /** The tag colour a run shows when several tagged highlights cover it: a tag span's, else the innermost. */
    private static Mark closerTag(Mark current, Mark candidate) {
        if (current == null) {
            return candidate;
        }
        if ((candidate.kind() == Kind.TAG) != (current.kind() == Kind.TAG)) {
            return candidate.kind() == Kind.TAG ? candidate : current;
        }
        return candidate.range().length() < current.range().length() ? candidate : current;
    }

    private static Color firstColour(List<Tag> tags) {
        if (tags == null) {
            return null;
        }
        for (Tag tag : tags) {
            Color colour = TagColours.parse(tag.color());
            if (colour != null) {
                return colour;
            }
        }
        return null;
    }

    /** One drawn part of an annotation; {@code verdict} is its statement's, {@code tagColour} its first tag's, or null. */
    private record Mark(long annotationId, Kind kind, boolean suggested, TextRange range, Verdict verdict,
                        Color tagColour) {
    }
}
