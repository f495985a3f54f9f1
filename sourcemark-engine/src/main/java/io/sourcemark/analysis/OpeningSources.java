package io.sourcemark.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A source named in a phrase that opens the sentence, the rest being its content: "To harbour master Brannock
 * Ashgrove, the refit was overdue", "In the view of the island's traders, …", "In Lomax’s view, …", "In a survey by
 * the riders' forum, 71 percent of riders said …".
 */
final class OpeningSources {

    private static final Set<String> VIEW_NOUNS = Set.of("view", "opinion", "eyes", "words", "estimation",
            "judgment", "judgement", "mind", "assessment", "reckoning");
    private static final Set<String> FINDINGS = Set.of("survey", "poll", "study", "report", "analysis", "census",
            "review", "audit", "assessment", "investigation", "inquiry", "paper", "statement", "letter");
    private static final Set<String> PLURAL_FINDINGS = Set.of("findings", "results", "data", "figures",
            "documents", "records", "surveys", "polls", "studies", "reports", "statistics", "estimates");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us");
    private static final Set<String> GROUPS = Set.of("residents", "voters", "critics", "officials", "supporters",
            "fans", "experts", "analysts", "investors", "economists", "scientists", "locals", "parents", "teachers",
            "doctors", "nurses", "workers", "farmers", "traders", "opponents", "many", "most", "some");
    /** Longest source phrase followed, in tokens. */
    private static final int MAX_SOURCE = 48;

    private OpeningSources() {
    }

    static Draft match(List<Token> t) {
        if (t.size() < 5 || !t.get(0).isWord()) {
            return null;
        }
        String first = t.get(0).text();
        if (CueSenses.SPEECH_PARTICIPLES.contains(first.toLowerCase(Locale.ROOT))) {
            return participle(t);
        }
        if (first.equals("To")) {
            return to(t);
        }
        if (first.equals("In")) {
            return in(t);
        }
        return null;
    }

    /** "To harbour master Brannock Ashgrove, the refit was overdue." */
    private static Draft to(List<Token> t) {
        int comma = closingComma(t, 1, false);
        if (comma < 0 || !personLike(t, 1, comma)) {
            return null;
        }
        return build(t, 1, sourceEnd(t, 1, comma), ClauseAttributor.range(t, new int[] {0, 1}), comma, false);
    }

    /** "Lamenting the “endless delays” in storm repairs, Mbeki closed the meeting": the subject after the comma. */
    private static Draft participle(List<Token> t) {
        int comma = closingComma(t, 1, true);
        if (comma < 2) {
            return null;
        }
        int[] subject = MentionFinder.subjectBefore(t, verbAfter(t, comma + 1), comma + 1);
        if (subject == null || subject[0] != comma + 1) {
            return null;
        }
        Draft d = new ContentShaper().shape(t, 1, comma, true);
        if (d == null) {
            return null;
        }
        d.source = ClauseAttributor.range(t, subject);
        d.cue = ClauseAttributor.range(t, new int[] {0, 1});
        return d;
    }

    /** The first verb of the main clause starting at from (past, finite or "-s"), or from when there is none. */
    private static int verbAfter(List<Token> t, int from) {
        for (int i = from + 1; i < Math.min(t.size(), from + 8); i++) {
            Token tok = t.get(i);
            String w = tok.lower();
            if (!tok.isWord()) {
                return from;
            }
            if (!tok.isCapitalized() && (InnerCue.isFinite(w) || BareClause.isPast(w) || w.endsWith("ed"))) {
                return i;
            }
        }
        return from;
    }

    private static Draft in(List<Token> t) {
        int comma = closingComma(t, 1, false);
        if (comma < 0) {
            return null;
        }
        String second = t.get(1).lower();
        // "In the view of X,"
        if (second.equals("the") && comma > 4 && VIEW_NOUNS.contains(lower(t, 2)) && t.get(3).is("of")) {
            return build(t, 4, sourceEnd(t, 4, comma), ClauseAttributor.range(t, new int[] {0, 4}), comma, false);
        }
        // "In Lomax’s view,"
        int view = comma - 1;
        if (view >= 2 && VIEW_NOUNS.contains(lower(t, view)) && possessive(t.get(view - 1))) {
            return build(t, 1, view, ClauseAttributor.range(t, new int[] {view, view + 1}), comma, false);
        }
        // "In a survey by X,", "In findings published Tuesday by X,"
        int head = Set.of("a", "an", "the", "its", "their", "new").contains(second) ? 2 : 1;
        boolean plural = head == 1 && PLURAL_FINDINGS.contains(second);
        if ((head == 2 && FINDINGS.contains(lower(t, 2)) || plural) && comma > head + 1) {
            for (int i = head + 1; i < comma; i++) {
                if (Set.of("by", "of", "from", "for").contains(lower(t, i))) {
                    return build(t, 1, comma, ClauseAttributor.range(t, new int[] {0, 1}), comma, false);
                }
            }
        }
        return null;
    }

    private static Draft build(List<Token> t, int sourceFrom, int sourceTo, io.sourcemark.model.TextRange cue,
                               int comma, boolean speech) {
        int from = sourceTo < t.size() && t.get(sourceTo - 1).isPunct(',') ? sourceTo : comma + 1;
        int end = CueAdjuncts.contentEnd(t, from);
        Draft d = new ContentShaper().shape(t, from, end, speech);
        if (d == null || sourceTo <= sourceFrom) {
            return null;
        }
        d.source = ClauseAttributor.range(t, new int[] {sourceFrom, sourceTo});
        d.cue = cue;
        return d;
    }

    /** The comma that closes the opening phrase. */
    private static int closingComma(List<Token> t, int from, boolean quotes) {
        for (int i = from; i < Math.min(t.size() - 2, from + MAX_SOURCE); i++) {
            Token tok = t.get(i);
            if (tok.isPunct(',')) {
                return i;
            }
            if (tok.kind() == Token.Kind.QUOTE && !quotes || tok.kind() == Token.Kind.PUNCT && !tok.isPunct('.')
                    && !tok.isPunct('\'') && !tok.isPunct('’') && !tok.isPunct('(') && !tok.isPunct(')')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The source ends at the comma, or after a relative clause or a name set off by commas ("X, who runs it,",
     * "the fire chief, Vasquez Park,").
     */
    private static int sourceEnd(List<Token> t, int from, int comma) {
        int name = comma + 1;
        while (name < t.size() && name - comma <= 4 && t.get(name).isCapitalized()) {
            name++;
        }
        if (name > comma + 1 && name + 1 < t.size() && t.get(name).isPunct(',')) {
            return name + 1;
        }
        if (comma + 2 < t.size() && (t.get(comma + 1).is("who") || t.get(comma + 1).is("whose"))) {
            for (int i = comma + 2; i < Math.min(t.size() - 1, comma + MAX_SOURCE); i++) {
                if (t.get(i).isPunct(',')) {
                    return i + 1;
                }
            }
        }
        return comma;
    }

    /** A person, a group or a body: a title or a name of two words, a pronoun, a group noun, an institution. */
    private static boolean personLike(List<Token> t, int from, int to) {
        int capitals = 0;
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            String w = tok.lower();
            if (to - from == 1 && OBJECT_PRONOUNS.contains(w)) {
                return true;
            }
            if (SourceWords.isTitle(w) || GROUPS.contains(w) || SourceWords.isInstitutional(w)) {
                return true;
            }
            capitals += tok.isCapitalized() ? 1 : 0;
        }
        return capitals >= 2;
    }

    private static boolean possessive(Token t) {
        String w = t.lower();
        return t.isWord() && (w.endsWith("'s") || w.endsWith("’s") || w.endsWith("s'") || w.endsWith("s’")
                || Set.of("his", "her", "their", "its", "my", "our").contains(w));
    }

    private static String lower(List<Token> t, int i) {
        return t.get(i).lower();
    }
}
