package io.sourcemark.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cue set inside its content: "The first repair, the mayor said, would start in May." The piece before the
 * comma is a short subject without a verb; the piece after the cue's comma opens with the verb of that subject.
 */
final class InnerCue {

    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "will", "would", "could", "can",
            "may", "might", "should", "must", "shall", "has", "have", "had", "does", "do", "did", "remains",
            "remain", "won't", "wouldn't", "can't", "cannot", "isn't", "aren't", "wasn't", "weren't", "hasn't",
            "haven't", "hadn't", "needs", "need", "depends", "depend", "looks", "seems", "appears");
    private static final int SUBJECT_TOKENS = 10;

    private InnerCue() {
    }

    static boolean isFinite(String lowerWord) {
        return FINITE.contains(lowerWord);
    }

    /** Tokens [from1, to1) are a subject and the content goes on at from2 with its verb. */
    static boolean continues(List<Token> t, int from1, int to1, int from2) {
        if (to1 - from1 < 1 || to1 - from1 > SUBJECT_TOKENS || from2 >= t.size() || !t.get(from2 - 1).isPunct(',')) {
            return false;
        }
        for (int i = from1; i < to1; i++) {
            Token tok = t.get(i);
            if (tok.kind() == Token.Kind.PUNCT || FINITE.contains(tok.lower())) {
                return false;
            }
        }
        if (t.get(from1).kind() == Token.Kind.QUOTE || !t.get(from2).isWord()) {
            return false;
        }
        String w = t.get(from2).text();
        String lw = w.toLowerCase(Locale.ROOT);
        return Character.isLowerCase(w.charAt(0)) && (FINITE.contains(lw) || lw.endsWith("ed")
                && !lw.equals("need"));
    }
}
