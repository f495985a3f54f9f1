package io.sourcemark.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a word form of the cue lexicon is used as a cue where it stands: verbs that report only with a clause
 * ("commented on the matter" is not a report), literal senses ("found a way", "learned to swim", "All told"),
 * permissions that only a rule or a body gives ("the charter obligates the town to …"), noun uses ("the press
 * statement"), and present forms before a comma or stop ("she says.", "He adds, “…”").
 */
final class CueSenses {

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it", "who");

    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "his", "her", "its", "their",
            "our", "your", "my", "this", "that", "these", "those", "no", "any", "some", "every", "each", "such",
            "same", "of", "for", "in", "on", "with", "without", "whose", "first", "last", "new", "and", "or",
            "public", "official", "initial", "formal", "written", "by", "from", "about", "into", "phone", "news",
            "press", "final", "annual", "state", "deliver", "delivered", "delivers", "made", "make", "gave", "give",
            "prepared", "issued");
    static final Set<String> STRONG = Set.of("say", "tell", "write", "tweet", "claim", "deny", "announce",
            "acknowledge", "warn", "insist", "add", "admit", "argue", "explain", "believe", "think", "find",
            "conclude", "reiterate", "reaffirm", "underline", "emphasize", "emphasise", "stress", "report");

    /** Verbs that report only with a clause, a quotation or a colon ("commented on the matter" is not). */
    private static final Set<String> CLAUSE_ONLY = Set.of("respond", "reply", "comment", "continue", "testify",
            "agree", "complain", "joke", "speculate", "elaborate", "answer", "echo", "counter", "post", "project",
            "estimate", "state", "question", "request", "demand", "plan", "call", "report", "note",
            "remark", "maintain", "observe", "boast", "lament", "quip", "decline", "refuse", "speak", "see", "know",
            "recognise", "recognize", "realise", "realize", "understand", "learn", "wonder", "publish", "detail",
            "imagine", "foresee", "anticipate", "read", "shout", "yell", "chant", "scream", "exclaim",
            "whisper", "mutter", "apologise", "apologize");
    /** Frames that characterise only with a quotation: "compared the finances to “a ship …”" (not a study's). */
    private static final Set<String> QUOTE_FRAMES = Set.of("compare", "attack");
    /** "It seems that …": only with a that-clause. */
    private static final Set<String> THAT_ONLY = Set.of("seem", "appear");
    /** Permissions and obligations reported of a rule or a body, not of anyone ("they allow everyone to …"). */
    private static final Set<String> BY_RULE = Set.of("allow", "permit", "require", "obligate", "oblige", "compel",
            "authorise", "authorize", "forbid", "ban", "grant");
    private static final Set<String> RULE_WORDS = Set.of("charter", "law", "laws", "act", "bill", "rule", "rules",
            "constitution", "code", "treaty", "agreement", "ordinance", "regulation", "regulations", "statute",
            "licence", "license", "contract", "order", "ruling", "policy", "guidelines", "decree", "directive",
            "court", "judge", "council", "government", "parliament", "congress", "legislature", "board", "ministry",
            "commission", "authority", "department", "senate", "house", "assembly", "regulator", "agency");
    /** Present forms that are never nouns, so "she says." and "He adds, “…”" are cues. */
    private static final Set<String> PRESENT_BEFORE_STOP = Set.of("say", "add", "tell", "write", "explain",
            "insist", "argue", "ask", "agree", "shout", "yell", "recall", "continue", "warn", "admit", "concede",
            "chant", "scream", "acknowledge", "stress", "believe", "think", "predict", "complain", "reply", "read");
    static final Set<String> SPEECH_PARTICIPLES = Set.of("adding", "saying", "telling", "noting",
            "calling", "warning", "insisting", "claiming", "arguing", "explaining", "stressing", "asking",
            "urging", "describing", "announcing", "accusing", "denying", "writing", "remarking", "citing",
            "emphasizing", "emphasising", "acknowledging", "admitting", "promising", "vowing", "stating",
            "tweeting", "shouting", "yelling", "chanting", "lamenting", "blaming", "praising", "criticising",
            "criticizing", "condemning", "questioning", "demanding", "pledging", "threatening", "suggesting",
            "recalling", "replying", "responding", "complaining", "blasting", "branding", "likening",
            "dismissing", "predicting", "declaring", "proclaiming", "confirming", "conceding");
    private static final Set<String> WH = Set.of("whether", "how", "why", "what", "when", "where", "who", "if",
            "which");
    /** Objects that make a cue verb literal: "found a way", "found time", "found himself". */
    private static final Set<String> LITERAL_OBJECTS = Set.of("way", "ways", "time", "itself", "himself", "herself",
            "themselves", "ourselves", "myself", "yourself", "work", "job", "home", "shelter", "refuge", "room",
            "space", "body", "bodies", "remains", "up", "off", "around", "out");

    private CueSenses() {
    }

    static boolean acceptable(List<Token> t, int i, CueLexicon.Entry e) {
        String w = t.get(i).text();
        String lw = w.toLowerCase(Locale.ROOT);
        String lemma = e.lemma();
        if (Character.isUpperCase(w.charAt(0)) || literal(t, i, lemma)) {
            return false;
        }
        if (lemma.equals("call") && !callsSomething(t, i)
                || QUOTE_FRAMES.contains(lemma) && !(callsSomething(t, i) && !t.get(i + 1).is("for"))) {
            return false;
        }
        String prev = i > 0 ? t.get(i - 1).lower() : "";
        boolean ing = lw.endsWith("ing");
        if (ing && !SPEECH_PARTICIPLES.contains(lw)) {
            return false;
        }
        String after = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        if (THAT_ONLY.contains(lemma)) {
            return after.equals("that");
        }
        if (BY_RULE.contains(lemma) && !byRule(t, i)) {
            return false;
        }
        if (lemma.equals("read") && !readFromDocument(t, i)) {
            return false;
        }
        boolean passive = i > 0 && Set.of("is", "was", "were", "are", "been", "be").contains(
                t.get(i - 1).lower());
        if (CLAUSE_ONLY.contains(lemma) && !clauseFollows(t, i, lemma, passive)
                && !clauseFollows(t, CueAdjuncts.skipTime(t, i + 1) - 1, lemma, passive)
                && !(lemma.equals("call") && callsSomething(t, i)) && !afterQuotedSpeaker(t, i) && !closing(t, i)
                && !(i > 0 && t.get(i - 1).kind() == Token.Kind.QUOTE) && !(i > 0 && t.get(i - 1).isPunct(',') && !ing)) {
            return false;
        }
        boolean governed = prev.equals("to") || CueFinder.AUXILIARIES.contains(prev)
                || CueFinder.ADVERBS.contains(prev) || contractedAuxiliary(prev);
        if (ing) {
            return i > 0 && (t.get(i - 1).isPunct(',') || prev.equals("and") || prev.equals("by")
                    || t.get(i - 1).kind() == Token.Kind.QUOTE || governed || beforeGerund(t.get(i - 1))
                    || SourceWords.DOCUMENTS.contains(prev) && i >= 2);
        }
        boolean past = CueFinder.isPast(lw);
        if (NOUN_MARKERS.contains(prev) && !(past && (prev.equals("and") || prev.equals("or")))
                || pluralPossessive(t, i - 1)
                || (prev.endsWith("'s") || prev.endsWith("’s")) && !contractedAuxiliary(prev)) {
            return false;
        }
        if (!past && !governed && i >= 2 && t.get(i - 1).isWord() && !t.get(i - 1).isCapitalized()
                && NOUN_MARKERS.contains(t.get(i - 2).lower())
                && !PRONOUNS.contains(prev) && !lw.endsWith("s") && !PRESENT_BEFORE_STOP.contains(lemma)) {
            // "the summer show", "a weekly report": a noun after a modifier
            return false;
        }
        if (past && !lw.equals("said") && !lw.equals("told") && reducedRelative(t, i) && !afterQuotedSpeaker(t, i)) {
            return false;
        }
        if (after.equals("tank") || after.equals("piece")) {
            return false;
        }
        boolean punctuationNext = i + 1 >= t.size()
                || (t.get(i + 1).kind() == Token.Kind.PUNCT && !t.get(i + 1).isPunct(':'));
        if (!past && !governed && punctuationNext && !(PRESENT_BEFORE_STOP.contains(lemma) && i > 0)) {
            return false;
        }
        if (i + 1 < t.size() && t.get(i + 1).is("by") && !STRONG.contains(lemma)) {
            return false;
        }
        if (!STRONG.contains(lemma)) {
            return i + 1 < t.size() && (t.get(i + 1).is("that") || t.get(i + 1).kind() == Token.Kind.QUOTE
                    || t.get(i + 1).isPunct(':') || t.get(i + 1).isWord() || t.get(i + 1).isPunct(',')
                    || t.get(i + 1).isPunct('.'));
        }
        return true;
    }

    /** "“Keep it running!” the crowd chanted": a quotation, then the speaker, then the verb. */
    static boolean afterQuotedSpeaker(List<Token> t, int i) {
        if (i + 1 < t.size() && t.get(i + 1).isWord() && !t.get(i + 1).lower().endsWith("ly")
                && !SentenceJoins.opensAdjunct(t.get(i + 1))) {
            // "“…,” said X, PACE project scientist": a noun follows, so "project" is no verb
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
            Token tok = t.get(j);
            if (tok.kind() == Token.Kind.QUOTE) {
                return j < i - 1;
            }
            if (!tok.isWord() && !tok.isPunct(',') && !tok.isPunct('.')) {
                return false;
            }
        }
        return false;
    }

    /** "Operators’ demand": an apostrophe after a plural noun marks a possessor, so a noun follows. */
    static boolean pluralPossessive(List<Token> t, int i) {
        return i >= 1 && (t.get(i).isPunct('\u2019') || t.get(i).isPunct('\'')) && t.get(i - 1).isWord()
                && t.get(i - 1).text().endsWith("s") && t.get(i).start() == t.get(i - 1).end();
    }

    /** "after saying that …", "for saying …", "despite admitting …": the gerund reports its clause's subject. */
    static boolean beforeGerund(Token t) {
        return t.isWord() && Set.of("after", "for", "before", "despite", "without", "while", "upon", "on")
                .contains(t.lower());
    }

    /** "…, the Westbay Courier reported on Saturday.": a cue that closes the sentence after a comma and its subject. */
    private static boolean closing(List<Token> t, int i) {
        if (!CueAdjuncts.atEnd(t, CueAdjuncts.skipTime(t, i + 1))) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
            Token tok = t.get(j);
            if (tok.isPunct(',') || tok.kind() == Token.Kind.QUOTE) {
                return j < i - 1;
            }
            if (!tok.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "he’s claiming", "she's said": a pronoun with a contracted auxiliary. */
    static boolean contractedAuxiliary(String w) {
        return (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'ve") || w.endsWith("’ve") || w.endsWith("'d")
                || w.endsWith("’d")) && PRONOUNS.contains(w.substring(0, w.length() - (w.endsWith("s") || w.endsWith("d") ? 2 : 3)));
    }

    private static boolean clauseFollows(List<Token> t, int i, String lemma, boolean passive) {
        int n = t.size();
        String after = i + 1 < n ? t.get(i + 1).lower() : "";
        boolean aspectTo = after.equals("to") && !passive && Set.of("continue", "respond", "reply", "speak",
                "testify", "comment", "answer", "post", "report", "learn", "apologise", "apologize").contains(lemma);
        if (after.equals("that") || after.equals(":") || after.equals("to") && !aspectTo
                || after.equals("for") && lemma.startsWith("apologi")
                || WH.contains(after) && !lemma.equals("call")
                || (PRONOUNS.contains(after) && !after.equals("it") && !after.equals("who"))
                || (after.endsWith("ing") && after.length() > 5 && i + 1 < n && t.get(i + 1).isWord())
                || (i + 2 == n && ".!?".contains(after)) || i + 1 == n
                || (i + 1 < n && t.get(i + 1).kind() == Token.Kind.QUOTE)
                || (after.equals(",") && i + 2 < n && t.get(i + 2).kind() == Token.Kind.QUOTE)
                || BareClause.startsAt(t, i + 1)) {
            return true;
        }
        for (int j = i + 1; j < Math.min(n, i + 12); j++) {
            if (t.get(j).isPunct(':') && j + 1 < n && t.get(j + 1).kind() == Token.Kind.QUOTE) {
                return true;
            }
        }
        return false;
    }

    /** "found a way", "learned to swim", "learned from", "showed up", "All told,", "known as" (a naming). */
    private static boolean literal(List<Token> t, int i, String lemma) {
        int n = t.size();
        String next = i + 1 < n ? t.get(i + 1).lower() : "";
        String next2 = i + 2 < n ? t.get(i + 2).lower() : "";
        if (lemma.equals("know") && (next.equals("as") || next.endsWith("ly") && next2.equals("as"))) {
            return true;
        }
        if ((lemma.equals("find") || lemma.equals("show")) && (LITERAL_OBJECTS.contains(next)
                || Set.of("a", "the", "no", "some", "more").contains(next) && LITERAL_OBJECTS.contains(next2))) {
            return true;
        }
        if (lemma.equals("learn") && (next.equals("from") || next.equals("to") && i + 2 < n
                && !t.get(i + 2).isCapitalized())) {
            return true;
        }
        return lemma.equals("tell") && i > 0 && t.get(i - 1).is("all") && next.equals(",");
    }

    /** The subject of a permission names a rule or a body ("The harbour charter of 1887 obligates …"). */
    private static boolean byRule(List<Token> t, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
            Token tok = t.get(j);
            if (!tok.isWord()) {
                return false;
            }
            if (RULE_WORDS.contains(tok.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "the letter reads", "“…,” the sign read": only documents read out their words. */
    private static boolean readFromDocument(List<Token> t, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 5; j--) {
            Token tok = t.get(j);
            if (!tok.isWord()) {
                return false;
            }
            if (SourceWords.DOCUMENTS.contains(tok.lower())) {
                return true;
            }
        }
        return false;
    }

    /** "a script written in Python", "the data released by the agency": a participle after a common noun. */
    private static boolean reducedRelative(List<Token> t, int i) {
        if (i == 0 || i + 1 >= t.size()) {
            return false;
        }
        Token prev = t.get(i - 1);
        String p = prev.lower();
        String next = t.get(i + 1).lower();
        boolean npBefore = i >= 2 && t.get(i - 2).isWord();
        return npBefore && prev.isWord() && !prev.isCapitalized() && !PRONOUNS.contains(p)
                && !CueFinder.AUXILIARIES.contains(p) && !CueFinder.ADVERBS.contains(p) && !p.endsWith("ly")
                && !p.equals("and") && !p.equals("but")
                && (Set.of("in", "by", "on", "at", "for", "with", "from").contains(next)
                || CueAdjuncts.isTimeWord(t.get(i + 1))) && (objectBefore(t, i) || mainVerbLater(t, i + 1));
    }

    /** "is a script written in …": the noun phrase before the participle follows a verb or preposition. */
    private static boolean objectBefore(List<Token> t, int i) {
        int j = i - 1;
        while (j > 0 && t.get(j - 1).isWord() && !t.get(j - 1).isCapitalized() && i - j < 5
                && !NOUN_MARKERS.contains(t.get(j).lower())) {
            j--;
        }
        if (j == 0 || !t.get(j - 1).isWord()) {
            return false;
        }
        String before = t.get(j - 1).lower();
        return CueFinder.AUXILIARIES.contains(before) || Set.of("in", "of", "on", "at", "for", "with", "by", "from",
                "to", "into", "about").contains(before) || before.endsWith("ed");
    }

    /** "the data released by the agency show …": the sentence's own verb comes later, before any clause. */
    private static boolean mainVerbLater(List<Token> t, int from) {
        for (int j = from; j < Math.min(t.size(), from + 15); j++) {
            Token tok = t.get(j);
            String w = tok.lower();
            if (tok.kind() != Token.Kind.WORD || w.equals("that") || WH.contains(w)) {
                return false;
            }
            if (InnerCue.isFinite(w) || BareClause.isPast(w) || !tok.isCapitalized() && j > from
                    && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss"))
                    && !NOUN_MARKERS.contains(t.get(j - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "called it “…”", "called for", "called on", "called the plan, in a long speech, “…”": not "a phone call". */
    static boolean callsSomething(List<Token> t, int i) {
        if (i + 1 < t.size() && t.get(i + 1).kind() == Token.Kind.QUOTE) {
            return false;
        }
        if (i + 1 < t.size() && (t.get(i + 1).is("for") || t.get(i + 1).is("on") || t.get(i + 1).is("upon"))) {
            return true;
        }
        for (int j = i + 1; j < Math.min(t.size(), i + 14); j++) {
            Token tok = t.get(j);
            if (tok.kind() == Token.Kind.QUOTE) {
                return true;
            }
            if (tok.isPunct('.') || tok.isPunct(';') || tok.isPunct(':')) {
                return false;
            }
        }
        return false;
    }
}
