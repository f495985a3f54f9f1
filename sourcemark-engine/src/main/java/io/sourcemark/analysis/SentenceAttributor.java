package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The attributions of one sentence: the fixed layouts first (a dash signature, "Said X: “…”", "X's verdict:
 * “…”", an opening "To X, …"), then the clauses around each remaining cue, then a noun cue ("X's decision to …")
 * where no other attribution covers it. A cue inside a layout's content is nested and left out.
 */
final class SentenceAttributor {

    private final CueFinder cueFinder;
    private final ClauseAttributor clauses;
    private final NounCues nounCues;

    SentenceAttributor(CueLexicon lexicon, PosTagger pos) {
        this.cueFinder = new CueFinder(lexicon, pos);
        this.clauses = new ClauseAttributor(pos);
        this.nounCues = new NounCues(pos);
    }

    /** The attributions of sentence t; wholeParagraph: the sentence is its paragraph (a headline may be one). */
    List<Draft> attribute(List<Token> t, int paragraph, boolean wholeParagraph) {
        List<Draft> laid = new ArrayList<>();
        if (wholeParagraph) {
            add(laid, Headlines.match(t));
        }
        add(laid, Layouts.signature(t));
        add(laid, Layouts.saidFirst(t));
        add(laid, Layouts.verdict(t));
        add(laid, OpeningSources.match(t));
        List<CueMatch> cues = cueFinder.find(t);
        if (!laid.isEmpty()) {
            cues = new ArrayList<>(cues);
            cues.removeIf(c -> inside(laid, t.get(c.verb()).start()));
        }
        List<Draft> out = new ArrayList<>(laid);
        for (Draft d : clauses.attribute(t, cues, paragraph)) {
            if (!overlaps(laid, d)) {
                out.add(d);
            }
        }
        // a noun cue only where no verb attributes that stretch: "Ana’s promise to … has not been kept, he added."
        List<Draft> weak = new ArrayList<>(NamingCues.match(t));
        weak.add(nounCues.match(t));
        for (Draft d : weak) {
            if (d != null && !overlaps(out, d)) {
                laid.add(d);
                out.add(d);
            }
        }
        for (Draft d : laid) {
            d.paragraph = paragraph;
        }
        out.sort(Comparator.comparingInt(Draft::start));
        return out;
    }

    /** The cues of a sentence, for the steps that look at a sentence with no attribution of its own. */
    List<CueMatch> cues(List<Token> t) {
        return cueFinder.find(t);
    }

    private static void add(List<Draft> laid, Draft d) {
        if (d != null && !overlaps(laid, d)) {
            laid.add(d);
        }
    }

    private static boolean inside(List<Draft> drafts, int position) {
        for (Draft d : drafts) {
            if (d.range().contains(position) || d.cue != null && d.cue.contains(position)
                    || d.source != null && d.source.contains(position)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<Draft> drafts, Draft d) {
        for (Draft o : drafts) {
            if (overlap(o.range(), d.range()) || d.cue != null && o.cue != null && overlap(o.cue, d.cue)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlap(TextRange a, TextRange b) {
        return a.start() < b.end() && b.start() < a.end();
    }
}
