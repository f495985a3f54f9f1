package io.sourcemark.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a noun-phrase content ends: before the adjuncts of the act ("condemned anti-semitism after vandalism …",
 * "signed the budget on Friday", "announced the measure at the daily briefing"), while what is wanted or planned
 * keeps its time ("wants a floor vote before the summer recess"). Clauses ("that …", "to …") are left whole.
 */
final class ObjectContent {

    private static final Set<String> INTENTIONS = Set.of("want", "plan", "seek", "need", "propose", "demand",
            "urge", "promise", "pledge", "vow", "request", "call", "intend", "recommend", "ask", "support", "oppose",
            "back", "endorse", "favor", "favour", "prefer", "threaten", "offer", "aim");
    private static final Set<String> CLAUSE_STARTS = Set.of("that", "to", "whether", "how", "why", "what", "when",
            "where", "who", "if", "which");
    private static final Set<String> ACT_ADJUNCTS = Set.of("during", "after", "again", "yesterday", "today",
            "tonight", "while", "amid", "following", "when");
    private static final Set<String> EVENT_NOUNS = Set.of("briefing", "conference", "meeting", "rally", "summit",
            "hearing", "session", "event", "ceremony", "debate", "speech", "interview", "news", "press", "launch",
            "forum", "dinner", "gathering", "service", "vigil");
    /** Agreements have their content in a complement ("signed an agreement to export gas"). */
    private static final Set<String> AGREEMENTS = Set.of("agreement", "agreements", "deal", "deals", "memorandum",
            "accord", "accords", "treaty", "pact", "contract", "intent", "understanding", "protocol", "declaration");

    private ObjectContent() {
    }

    /** Verbs whose object is mostly a clause without "that" ("said the gunman surrendered after …"). */
    private static final Set<String> CLAUSE_TAKERS = Set.of("say", "tell", "add", "think", "believe", "insist",
            "argue", "explain", "claim", "write", "report", "note", "warn", "state", "acknowledge", "admit",
            "conclude", "suggest", "predict", "fear", "hope", "expect", "feel", "doubt", "agree", "reckon", "assert",
            "confirm", "recall", "estimate", "know", "see", "understand", "realise", "realize", "recognise",
            "recognize", "suspect", "assume", "concede", "contend", "maintain", "reiterate", "stress", "emphasise",
            "emphasize", "tweet", "post", "remark", "reply", "respond", "answer", "testify", "complain");

    /**
     * The content [from, to) of a cue whose object starts at from, or null when the object holds no content (an
     * agreement signed with nothing said of what it agrees).
     */
    static int[] shape(List<Token> t, CueMatch c, int from, int end) {
        if (from >= end || !t.get(from).isWord() || CLAUSE_STARTS.contains(t.get(from).lower())
                || BareClause.startsAt(t, from)) {
            return new int[] {from, end};
        }
        String lemma = c.entry().lemma();
        if (lemma.equals("sign")) {
            return signed(t, from, end);
        }
        if (CLAUSE_TAKERS.contains(lemma)) {
            return new int[] {from, end};
        }
        boolean intention = INTENTIONS.contains(lemma);
        for (int i = from + 1; i < end; i++) {
            Token tok = t.get(i);
            if (!tok.isWord()) {
                continue;
            }
            String w = tok.lower();
            if (CLAUSE_STARTS.contains(w) || w.equals("whose")) {
                break;
            }
            if (w.equals("during") || w.equals("at") && eventAhead(t, i, end)
                    || !intention && (ACT_ADJUNCTS.contains(w) || timePhrase(t, i))) {
                return new int[] {from, i};
            }
        }
        return new int[] {from, end};
    }

    /** "signed the budget" gives the budget; "signed an agreement to export gas" gives what was agreed. */
    private static int[] signed(List<Token> t, int from, int end) {
        if (Set.of("on", "onto", "off", "up", "with", "for", "in", "out", "away").contains(
                t.get(from).lower())) {
            // "signed off", "signed up", "signed onto the treaty": an act, not a decree with content
            return null;
        }
        for (int i = from; i < Math.min(end, from + 14); i++) {
            String w = t.get(i).lower();
            if (AGREEMENTS.contains(w)) {
                int j = i + 1;
                while (j < end && t.get(j).isWord() && Set.of("of", "intent", "understanding")
                        .contains(t.get(j).lower())) {
                    j++;
                }
                if (j + 1 < end && t.get(j).is("to")) {
                    return new int[] {j, end};
                }
                if (j + 1 < end && (t.get(j).is("on") || t.get(j).is("for") || t.get(j).is("that"))) {
                    return new int[] {t.get(j).is("that") ? j : j + 1, end};
                }
                return null;
            }
        }
        for (int i = from + 1; i < end; i++) {
            if (timePhrase(t, i) || ACT_ADJUNCTS.contains(t.get(i).lower())) {
                return new int[] {from, i};
            }
        }
        return new int[] {from, end};
    }

    private static boolean timePhrase(List<Token> t, int i) {
        String w = t.get(i).lower();
        if (w.equals("on") && i + 1 < t.size() && CueAdjuncts.isTimeWord(t.get(i + 1))) {
            return true;
        }
        return (w.equals("last") || w.equals("this") || w.equals("earlier")) && i + 1 < t.size()
                && Set.of("week", "month", "year", "weekend", "morning", "evening", "night")
                .contains(t.get(i + 1).lower());
    }

    private static boolean eventAhead(List<Token> t, int i, int end) {
        for (int j = i + 1; j < Math.min(end, i + 7); j++) {
            if (EVENT_NOUNS.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }
}
