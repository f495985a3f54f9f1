package io.sourcemark.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A clause without "that" after a verb: "agree the weight limit should stay", "doubts the budget will hold". */
final class BareClause {

    private static final Set<String> OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "some", "many", "most", "all", "no", "every", "each", "both",
            "there", "such", "any", "none", "few", "several", "more", "other");
    private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "will", "would", "could", "can",
            "may", "might", "should", "must", "shall", "has", "have", "had", "does", "do", "did", "needs", "remains",
            "remain", "won't", "wouldn't", "can't", "cannot", "isn't", "aren't", "wasn't", "weren't");
    /** Irregular past forms, finite after a subject ("the blaze took six hours"). */
    private static final Set<String> PAST = Set.of("took", "made", "came", "went", "gave", "got", "ran", "saw",
            "said", "told", "found", "left", "kept", "held", "began", "became", "brought", "bought", "built", "fell",
            "felt", "grew", "knew", "led", "lost", "met", "paid", "rose", "sent", "sold", "spent", "stood", "struck",
            "thought", "won", "wrote", "broke", "caught", "chose", "drove", "flew", "forgot", "hid", "hit", "hurt",
            "meant", "rang", "shook", "shot", "slept", "spoke", "stole", "swam", "taught", "threw", "understood",
            "woke", "wore", "sank", "dug", "fought", "fled", "froze", "sought");
    /** Words of a subject noun phrase before its verb, at most. */
    private static final int SUBJECT_WORDS = 7;

    private BareClause() {
    }

    static boolean isPast(String lowerWord) {
        return PAST.contains(lowerWord);
    }

    /** A determiner, pronoun or name opening a short subject followed by a finite verb or modal. */
    static boolean startsAt(List<Token> t, int i) {
        if (i >= t.size() || !t.get(i).isWord()) {
            return false;
        }
        String w = t.get(i).lower();
        if (!OPENERS.contains(w) && !t.get(i).isCapitalized()) {
            return false;
        }
        for (int j = i + 1; j < Math.min(t.size(), i + 1 + SUBJECT_WORDS); j++) {
            Token tok = t.get(j);
            if (!tok.isWord()) {
                return false;
            }
            String x = tok.lower();
            if (FINITE.contains(x) || PAST.contains(x) || x.endsWith("ed") && x.length() > 4 && j > i && Character.isLowerCase(
                    tok.text().charAt(0))) {
                return true;
            }
            if (Set.of("to", "that", "and", "or", "but", "for", "with", "on", "at", "by").contains(x)) {
                return false;
            }
        }
        return false;
    }
}
