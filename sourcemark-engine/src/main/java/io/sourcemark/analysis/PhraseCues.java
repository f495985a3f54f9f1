package io.sourcemark.analysis;

import java.util.List;
import java.util.Set;

/**
 * Multi-word cues built on a light verb: "made a forceful case for", "offer a direct warning about", "provided an
 * overview of", "voiced support for", "raised the possibility of", "spoke about", "commented on".
 */
final class PhraseCues {

    private static final Set<String> LIGHT_VERBS = Set.of("made", "make", "makes", "making", "offer", "offered",
            "offers", "provided", "provide", "provides", "voiced", "voice", "voices", "expressed", "express",
            "expresses", "gave", "give", "gives", "raised", "raise", "raises", "issued", "issue", "issues");
    private static final Set<String> STAND_VERBS = Set.of("stand", "stands", "stood", "standing");
    private static final Set<String> TALK_VERBS = Set.of("spoke", "speak", "speaks", "talked", "talk", "talks",
            "commented", "comments", "comment", "wrote", "writes", "warned", "warns", "testified");
    private static final Set<String> NOUNS = Set.of("case", "warning", "warnings", "overview", "support",
            "concern", "concerns", "criticism", "opposition", "possibility", "doubts", "doubt", "hope", "call",
            "calls", "plea", "appeal", "assurances", "assurance", "sympathies", "condolences", "statement",
            "defense", "defence", "update", "briefing", "details", "summary", "argument", "objection",
            "objections", "fears", "questions");
    private static final Set<String> PREPOSITIONS = Set.of("for", "about", "of", "on", "that", "against", "to");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "his", "her", "their", "our",
            "strong", "direct", "clear", "forceful", "full", "public", "serious", "deep", "deepest", "brief",
            "detailed", "new", "further", "repeated", "grave", "also");

    private PhraseCues() {
    }

    /** Index of the last token of a phrase cue starting at the verb at i, or -1. */
    static int match(List<Token> t, int i) {
        String w = t.get(i).lower();
        int n = t.size();
        if (STAND_VERBS.contains(w) && i + 2 < n && t.get(i + 1).is("by")
                && Set.of("its", "his", "her", "their", "our", "my").contains(t.get(i + 2).lower())) {
            // "The agency stands by its figures": support, not a place
            return i + 1;
        }
        if (TALK_VERBS.contains(w)) {
            return i + 1 < n && Set.of("about", "of", "on").contains(t.get(i + 1).lower()) ? i + 1 : -1;
        }
        if (!LIGHT_VERBS.contains(w)) {
            return -1;
        }
        int j = i + 1;
        while (j < n && j - i <= 4 && t.get(j).isWord() && DETERMINERS.contains(t.get(j).lower())) {
            j++;
        }
        if (j > i + 1 && j < n && t.get(j).kind() == Token.Kind.QUOTE && Set.of("gave", "give", "gives", "offered",
                "expressed", "voiced").contains(w)) {
            return i;
        }
        if (j + 1 < n && NOUNS.contains(t.get(j).lower())
                && PREPOSITIONS.contains(t.get(j + 1).lower())) {
            return t.get(j + 1).is("that") ? j : j + 1;
        }
        return -1;
    }
}
