package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.List;
import java.util.Set;

/**
 * Passive cues: "The attacker is reported to have jumped …", "X were reported by local media to have visited …",
 * "Turkey was condemned … by Egypt, Greece and Cyprus". The subject belongs to the content, the "by" phrase
 * names the source (none when there is no such phrase).
 */
final class PassiveCue {

    private static final Set<String> BE = Set.of("is", "was", "were", "are", "been", "be", "being");

    /** Verbs whose passive reports what someone says or holds ("is said to", "was reported that", "is believed"). */
    private static final Set<String> REPORTING = Set.of("say", "report", "tell", "inform", "warn", "advise", "ask",
            "urge", "order", "believe", "think", "expect", "know", "consider", "understand", "allege", "claim",
            "fear", "estimate", "suppose", "suspect", "assume", "presume", "deem", "describe", "call", "quote",
            "predict", "confirm", "accuse", "find", "show", "deny", "condemn", "criticize", "criticise", "praise",
            "reject", "dub", "label", "brand", "project", "feel", "see", "view", "rumour", "rumor", "reveal",
            "announce", "cite", "identify", "remind", "notify", "assure", "promise", "blame");

    private PassiveCue() {
    }

    static boolean isPassive(List<Token> t, CueMatch c) {
        return passiveForm(t, c) && REPORTING.contains(c.entry().lemma());
    }

    /** A passive that reports nothing ("is allowed to", "was signed", "is aimed at"): not a cue at all. */
    static boolean reportsNothing(List<Token> t, CueMatch c) {
        return passiveForm(t, c) && !REPORTING.contains(c.entry().lemma());
    }

    private static boolean passiveForm(List<Token> t, CueMatch c) {
        String verb = t.get(c.verb()).text().toLowerCase();
        if (!CueFinder.isPast(verb) || c.verb() == 0) {
            return false;
        }
        for (int i = c.verb() - 1; i >= c.first(); i--) {
            if (BE.contains(t.get(i).text().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** The passive attribution, or null when the clause has no subject to report on. */
    static Draft build(List<Token> t, CueMatch c, int lo, TextRange cue) {
        int[] subj = MentionFinder.subjectBefore(t, c.first(), lo);
        int n = t.size();
        int i = c.last() + 1;
        TextRange source = null;
        if (i < n && t.get(i).is("in") || i < n && t.get(i).is("on")) {
            while (i < n && !t.get(i).is("by") && t.get(i).isWord() && i - c.last() < 6) {
                i++;
            }
        }
        if (i < n && t.get(i).is("by")) {
            int from = i + 1;
            int j = from;
            while (j < n && !t.get(j).is("to") && !t.get(j).is("on") && t.get(j).kind() != Token.Kind.QUOTE
                    && !(t.get(j).kind() == Token.Kind.PUNCT && !t.get(j).isPunct(',') && !t.get(j).isPunct('.'))) {
                j++;
            }
            while (j > from && t.get(j - 1).kind() == Token.Kind.PUNCT) {
                j--;
            }
            if (j > from) {
                source = new TextRange(t.get(from).start(), t.get(j - 1).end());
                i = j;
            }
        }
        if (subj == null) {
            return null;
        }
        Draft d = new Draft(QuoteKind.INDIRECT, 0.5);
        d.fragments.add(new TextRange(t.get(subj[0]).start(), t.get(subj[1] - 1).end()));
        if (i < n && t.get(i).is("to")) {
            int end = CueAdjuncts.contentEnd(t, i);
            while (end > i && t.get(end - 1).kind() == Token.Kind.PUNCT) {
                end--;
            }
            if (end > i) {
                d.fragments.add(new TextRange(t.get(i).start(), t.get(end - 1).end()));
            }
        }
        d.source = source;
        d.cue = cue;
        d.speech = c.entry().speech();
        return d;
    }
}
