package io.sourcemark.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds reporting cues in the tokens of one sentence, with their verb group, and rejects noun uses. */
final class CueFinder {

    static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are", "am", "be",
            "been", "being", "will", "would", "could", "can", "may", "might", "did", "does", "do", "should", "must",
            "shall", "'s", "’s");
    static final Set<String> ADVERBS = Set.of("also", "further", "later", "again", "previously", "repeatedly",
            "once", "then", "still", "never", "not", "n't", "publicly", "already", "first", "recently", "often",
            "just", "even", "too", "now", "reportedly", "allegedly", "earlier", "subsequently", "additionally");
    /** Words before "to" that belong to the cue: "went on to add", "went as far as to say". */
    private static final Set<String> LEAD_INS = Set.of("on", "went", "go", "goes", "going", "as", "far", "so",
            "even", "has", "had", "have", "was", "were", "is", "also", "then", "later", "moved");
    private static final Set<String> INTENT_VERBS = Set.of("refused", "refuses", "declined", "declines", "wants",
            "wanted", "want", "decided", "decides", "plans", "planned", "plan", "agreed", "agrees", "continued",
            "continues", "began", "begins", "hopes", "hoped", "tried", "tries", "sought", "seeks", "failed",
            "fails", "went", "used", "chose", "vowed", "promised", "threatened", "offered", "moved", "able",
            "unable", "expected", "likely", "set", "due", "ready", "going", "prepared", "willing");
    private static final Set<String> PRONOUNS = CueSenses.PRONOUNS;
    private static final Set<String> FOR_VERBS = Set.of("ask", "call", "apologise", "apologize", "appeal",
            "press", "plead", "argue", "demand", "lobby", "campaign", "push", "vote", "hope", "wish");
    /** Forms of cue verbs that are never nouns, so no tagger is asked about them. */
    private static final Set<String> NEVER_NOUNS = Set.of("says", "adds", "tells", "explains", "insists", "argues",
            "asks", "agrees", "warns", "admits", "concedes", "acknowledges", "believes", "thinks", "predicts",
            "complains", "continues", "writes", "yells", "urges", "denies", "announces", "claimed", "insisted",
            "argued", "asked", "agreed", "warned", "admitted", "conceded", "believed", "predicted", "complained",
            "yelled", "shouted", "chanted", "urged", "denied", "announced", "blasted", "likened", "branded",
            "vowed", "pledged", "promised", "stressed", "replied", "responded", "recalled", "noted", "added");

    private final CueLexicon lexicon;
    private final PosTagger pos;

    CueFinder(CueLexicon lexicon, PosTagger pos) {
        this.lexicon = lexicon;
        this.pos = pos;
    }

    List<CueMatch> find(List<Token> t) {
        List<CueMatch> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (!tok.isWord()) {
                continue;
            }
            if (i == 0 && forViewpoint(t)) {
                out.add(new CueMatch(0, 0, 0, new CueLexicon.Entry("for", false, CueLexicon.Frame.CLAUSE), true,
                        false));
                continue;
            }
            CueMatch stance = Stances.at(t, i);
            if (stance != null) {
                out.add(stance);
                i = stance.last();
                continue;
            }
            if (AsClause.putsIt(t, i)) {
                out.add(new CueMatch(i, i + 1, i, new CueLexicon.Entry("put it", true, CueLexicon.Frame.CLAUSE),
                        false, false));
                i++;
                continue;
            }
            if (AccordingTo.isPer(t, i)) {
                out.add(new CueMatch(i, i, i, new CueLexicon.Entry("per", true, CueLexicon.Frame.CLAUSE), true,
                        false));
                continue;
            }
            if (tok.is("according") && i + 1 < t.size() && t.get(i + 1).is("to")) {
                out.add(new CueMatch(i, i + 1, i, new CueLexicon.Entry("according to", true,
                        CueLexicon.Frame.CLAUSE), true, false));
                i++;
                continue;
            }
            int phraseEnd = Character.isLowerCase(tok.text().charAt(0)) ? PhraseCues.match(t, i) : -1;
            if (phraseEnd >= i) {
                int first = i;
                while (first > 0 && isGroupWord(t.get(first - 1))) {
                    first--;
                }
                out.add(new CueMatch(first, phraseEnd, i, new CueLexicon.Entry(tok.lower(), true,
                        CueLexicon.Frame.CLAUSE), false, false));
                i = phraseEnd;
                continue;
            }
            var entry = lexicon.lookup(tok);
            if (entry.isEmpty() || !CueSenses.acceptable(t, i, entry.get()) || !taggedVerb(t, i, entry.get())) {
                continue;
            }
            int last = i;
            if (i + 2 < t.size() && t.get(i + 1).is("for") && FOR_VERBS.contains(entry.get().lemma())) {
                // "asked for later trams", "apologised for the delay": the preposition belongs to the cue
                last = i + 1;
            }
            while (last + 2 < t.size() && t.get(last + 1).is("to") && lexicon.lookup(t.get(last + 2)).isPresent()
                    && !t.get(last + 2).text().endsWith("ing")) {
                last += 2;
            }
            int first = i;
            boolean byGerund = tok.text().endsWith("ing") && i >= 2 && t.get(i - 1).is("by") && t.get(i - 2).isWord()
                    && !t.get(i - 2).isCapitalized();
            if (byGerund) {
                first -= 2;
            } else if (first >= 3 && t.get(first - 1).text().endsWith("ly") && t.get(first - 2).is("to")) {
                first -= 3;
                while (first >= 1 && t.get(first).isWord() && LEAD_INS.contains(t.get(first).lower())
                        && t.get(first - 1).isWord() && !t.get(first - 1).isCapitalized()
                        && LEAD_INS.contains(t.get(first - 1).lower())) {
                    first--;
                }
            } else if (first >= 2 && t.get(first - 1).is("to") && t.get(first - 2).isWord()
                    && !t.get(first - 2).isCapitalized() && (LEAD_INS.contains(t.get(first - 2).lower())
                    || lexicon.lookup(t.get(first - 2)).isPresent()
                    || INTENT_VERBS.contains(t.get(first - 2).lower()))) {
                first -= 2;
                while (first >= 1 && t.get(first).isWord() && LEAD_INS.contains(t.get(first).lower())
                        && t.get(first - 1).isWord() && !t.get(first - 1).isCapitalized()
                        && LEAD_INS.contains(t.get(first - 1).lower())) {
                    first--;
                }
            }
            if (first == i && i > 0 && t.get(i - 1).is("to")) {
                continue;
            }
            while (first > 0 && (isGroupWord(t.get(first - 1)))) {
                first--;
            }
            boolean participle = !byGerund && tok.text().endsWith("ing") && first > 0
                    && (t.get(first - 1).isPunct(',') || t.get(first - 1).is("and") || t.get(first - 1).is("by")
                    || t.get(first - 1).kind() == Token.Kind.QUOTE || CueSenses.beforeGerund(t.get(first - 1))
                    || first >= 2 && SourceWords.DOCUMENTS.contains(t.get(first - 1).lower()));
            CueMatch match = new CueMatch(first, last, i, entry.get(), false, participle);
            if (!PassiveCue.reportsNothing(t, match)) {
                out.add(match);
            }
            i = last;
        }
        return out;
    }

    private static boolean isGroupWord(Token t) {
        if (!t.isWord()) {
            return false;
        }
        String w = t.lower();
        return AUXILIARIES.contains(w) || ADVERBS.contains(w) || (w.endsWith("ly") && w.length() > 4
                && !Character.isUpperCase(t.text().charAt(0)));
    }

    /** "For Washington, such agreements “would violate …”": a viewpoint opening a sentence with a quote. */
    private static boolean forViewpoint(List<Token> t) {
        if (t.size() < 5 || !t.get(0).is("for") || !t.get(1).isCapitalized()) {
            return false;
        }
        int comma = -1;
        for (int j = 2; j < Math.min(t.size(), 6); j++) {
            if (t.get(j).isPunct(',')) {
                comma = j;
                break;
            }
            if (!t.get(j).isCapitalized()) {
                return false;
            }
        }
        if (comma < 0) {
            return false;
        }
        for (int j = comma + 1; j < t.size(); j++) {
            if (t.get(j).kind() == Token.Kind.QUOTE) {
                return true;
            }
        }
        return false;
    }

    /** Forms that are also nouns or adjectives ("a request", "the planned date") must be tagged as verbs. */
    private boolean taggedVerb(List<Token> t, int i, CueLexicon.Entry e) {
        String w = t.get(i).lower();
        if (isPast(w) && CueSenses.STRONG.contains(e.lemma()) || w.endsWith("ing")) {
            return true;
        }
        if (NEVER_NOUNS.contains(w) || CueSenses.afterQuotedSpeaker(t, i) || pastAfterSubject(t, i, w)
                || i > 0 && ADVERBS.contains(t.get(i - 1).lower()) || objectAhead(t, i)) {
            return true;
        }
        if (i + 1 < t.size() && InnerCue.isFinite(t.get(i + 1).lower())) {
            // "timber supports have rotted", "Refund claims are handled": a verb follows, so this is a noun
            return false;
        }
        String prev = i > 0 ? t.get(i - 1).lower() : "";
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        if (prev.equals("to") || AUXILIARIES.contains(prev) || PRONOUNS.contains(prev) || next.equals("that")
                || next.equals("to") && i + 2 < t.size() && t.get(i + 2).isWord() && !t.get(i + 2).isCapitalized()
                || BareClause.startsAt(t, i + 1) && !t.get(i + 1).isCapitalized()
                || next.equals(":") && i > 0 && t.get(i - 1).isWord()
                || (PRONOUNS.contains(next) && !next.equals("it") && !next.equals("who"))
                || (i + 1 < t.size() && t.get(i + 1).kind() == Token.Kind.QUOTE)) {
            return true;
        }
        String tag = pos.tag(t, i - 3, i + 3).at(i);
        return tag.equals("VERB") || tag.equals("AUX");
    }

    /**
     * "Smith called the", "Benin signed the", "also denounced", "Duda remarked,": a past form after a name, an
     * adverb or a comma, or before a determiner, is a verb (the tagger is asked only about the rest).
     */
    private static boolean pastAfterSubject(List<Token> t, int i, String w) {
        if (!isPast(w) && !BareClause.isPast(w)) {
            return false;
        }
        Token prev = i > 0 ? t.get(i - 1) : null;
        String p = prev == null ? "" : prev.lower();
        if (prev != null && (prev.isCapitalized() && i > 1 || prev.isPunct(',') || ADVERBS.contains(p)
                || p.endsWith("ly") && p.length() > 3 || CueSenses.contractedAuxiliary(p))) {
            return true;
        }
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        return Set.of("the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "those", "it", "him",
                "them", "us", "me").contains(next) || next.endsWith("'s") || next.endsWith("’s");
    }

    /** "the database shows a rise", "the hospital needs twelve nurses": a determiner or number opens an object. */
    private static boolean objectAhead(List<Token> t, int i) {
        if (i + 1 >= t.size() || i == 0 || !t.get(i - 1).isWord()) {
            return false;
        }
        Token next = t.get(i + 1);
        if (i + 3 < t.size() && next.isWord() && t.get(i + 2).is("to") && t.get(i + 3).isWord()
                && !t.get(i + 3).isCapitalized() && !next.isCapitalized()) {
            // "requires landlords to fit", "urges voters to stay": an object and its infinitive
            return true;
        }
        return Set.of("a", "an", "the", "every", "each", "no", "its", "his", "her", "their", "our", "some", "any",
                "all", "both", "several", "more").contains(next.lower()) || next.isWord()
                && Character.isDigit(next.text().charAt(0)) || Set.of("two", "three", "four", "five", "six", "seven",
                "eight", "nine", "ten", "twelve", "twenty", "fifty", "hundred").contains(next.lower());
    }

    static boolean isPast(String w) {
        return w.endsWith("ed") || Set.of("said", "told", "wrote", "written", "thought", "found", "felt", "learnt")
                .contains(w);
    }
}
