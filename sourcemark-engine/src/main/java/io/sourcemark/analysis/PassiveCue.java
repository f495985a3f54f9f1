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

    /** Verbs that name: the passive gives the subject and its name ("has been nicknamed “…” by X"). */
    private static final Set<String> NAMING = Set.of("call", "dub", "label", "brand", "nickname", "name");

    /** Verbs whose passive reports what someone says or holds ("is said to", "was reported that", "is believed"). */
    private static final Set<String> REPORTING = Set.of("say", "report", "tell", "inform", "warn", "advise", "ask",
            "urge", "order", "believe", "think", "expect", "know", "consider", "understand", "allege", "claim",
            "fear", "estimate", "suppose", "suspect", "assume", "presume", "deem", "describe", "call", "quote",
            "predict", "confirm", "accuse", "find", "show", "deny", "condemn", "criticize", "criticise", "praise",
            "reject", "dub", "label", "brand", "project", "feel", "see", "view", "rumour", "rumor", "reveal",
            "announce", "cite", "identify", "remind", "notify", "assure", "promise", "blame", "nickname", "name");

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
        String verb = t.get(c.verb()).lower();
        if (!CueFinder.isPast(verb) || c.verb() == 0) {
            return false;
        }
        for (int i = c.verb() - 1; i >= c.first(); i--) {
            if (BE.contains(t.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The passive attribution, or null when the clause has no subject to report on or says nothing of it: "It was
     * reported last week that …" gives the that-clause, as does "Staff were told that …" (the hearers are left out
     * like an addressee); "X is expected to …" gives the subject and the infinitive; "The bypass has been
     * nicknamed “…” by local cyclists" gives the subject and the name.
     */
    static Draft build(List<Token> t, CueMatch c, int lo, TextRange cue) {
        int[] subj = MentionFinder.subjectBefore(t, c.first(), lo);
        int n = t.size();
        int i = CueAdjuncts.skipTime(t, c.last() + 1);
        String lemma = c.entry().lemma();
        int complementEnd = -1;
        if (NAMING.contains(lemma) && i < n && !t.get(i).is("by") && !t.get(i).is("to")) {
            complementEnd = Naming.nameEnd(t, i);
        }
        int byAt = complementEnd > i ? complementEnd : i;
        TextRange source = null;
        if (byAt < n && (t.get(byAt).is("in") || t.get(byAt).is("on"))) {
            while (byAt < n && !t.get(byAt).is("by") && t.get(byAt).isWord() && byAt - c.last() < 6) {
                byAt++;
            }
        }
        if (byAt < n && t.get(byAt).is("by")) {
            int from = byAt + 1;
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
                if (complementEnd < 0) {
                    i = j;
                }
            }
        }
        if (subj == null) {
            return null;
        }
        boolean expletive = subj[1] - subj[0] == 1 && t.get(subj[0]).is("it");
        boolean addressee = c.entry().frame() == CueLexicon.Frame.ADDRESSEE;
        Draft d = new Draft(QuoteKind.INDIRECT, 0.5);
        if (i < n && t.get(i).is("that") && (expletive || addressee)) {
            int end = trimmedEnd(t, i, CueAdjuncts.contentEnd(t, i));
            if (end <= i + 1) {
                return null;
            }
            d.fragments.add(new TextRange(t.get(i).start(), t.get(end - 1).end()));
        } else if (expletive) {
            return null;
        } else {
            d.fragments.add(new TextRange(t.get(subj[0]).start(), t.get(subj[1] - 1).end()));
            int end = complementEnd > i ? complementEnd
                    : i < n && (t.get(i).is("to") || t.get(i).is("as")) ? trimmedEnd(t, i, CueAdjuncts.contentEnd(t, i))
                    : -1;
            if (end > i) {
                d.fragments.add(new TextRange(t.get(i).start(), t.get(end - 1).end()));
                for (int q = i; q < end; q++) {
                    if (t.get(q).kind() == Token.Kind.QUOTE) {
                        d.quoted.add(new TextRange(t.get(q).start(), t.get(q).end()));
                        d.kind = QuoteKind.MIXED;
                    }
                }
            } else if (source == null) {
                // "was found alive": a passive with neither complement nor source reports nothing
                return null;
            }
        }
        d.source = source;
        d.cue = cue;
        d.speech = c.entry().speech();
        return d;
    }

    private static int trimmedEnd(List<Token> t, int from, int end) {
        while (end > from && t.get(end - 1).kind() == Token.Kind.PUNCT) {
            end--;
        }
        return end;
    }
}
