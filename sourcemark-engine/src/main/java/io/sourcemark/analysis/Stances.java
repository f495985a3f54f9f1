package io.sourcemark.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Beliefs and doubts stated with an adjective: "residents are skeptical that …", "The developer is convinced that
 * …", "It is clear that …" (no source). The cue is the verb "be" with its adverbs and the adjective.
 */
final class Stances {

    private static final Set<String> ADJECTIVES = Set.of("skeptical", "sceptical", "convinced", "confident",
            "sure", "certain", "adamant", "optimistic", "pessimistic", "hopeful", "worried", "concerned", "aware",
            "unsure", "doubtful", "uncertain", "clear", "obvious", "evident", "likely", "unlikely", "fearful",
            "insistent", "satisfied", "persuaded", "positive", "afraid", "unconvinced", "apparent");
    /** Adjectives that state a judgement without a holder when their subject is "it" ("It is clear that …"). */
    private static final Set<String> IMPERSONAL = Set.of("clear", "obvious", "evident", "likely", "unlikely",
            "apparent", "certain");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "remain", "remains",
            "remained", "am", "'s", "’s", "seem", "seems", "seemed", "appear", "appears", "appeared");

    private Stances() {
    }

    /** The stance cue whose adjective is at i, or null. */
    static CueMatch at(List<Token> t, int i) {
        Token adjective = t.get(i);
        String w = adjective.lower();
        if (!ADJECTIVES.contains(w) || i + 1 >= t.size() || !t.get(i + 1).is("that") || i == 0) {
            return null;
        }
        int first = i - 1;
        while (first > 0 && t.get(first).isWord() && (CueFinder.ADVERBS.contains(lower(t, first))
                || lower(t, first).endsWith("ly") || lower(t, first).equals("not") || lower(t, first).equals("so"))) {
            first--;
        }
        if (!t.get(first).isWord() || !BE.contains(lower(t, first))) {
            return null;
        }
        while (first > 0 && CueFinder.AUXILIARIES.contains(lower(t, first - 1))) {
            first--;
        }
        boolean impersonal = IMPERSONAL.contains(w) && first > 0 && t.get(first - 1).is("it");
        if (IMPERSONAL.contains(w) && !impersonal) {
            return null;
        }
        return new CueMatch(first, i, i, new CueLexicon.Entry(impersonal ? "it is " + w : w, false,
                CueLexicon.Frame.CLAUSE), false, false);
    }

    /** "It is clear that …": the cue states a judgement of no one. */
    static boolean impersonal(CueMatch c) {
        return c.entry().lemma().startsWith("it is ");
    }

    private static String lower(List<Token> t, int i) {
        return t.get(i).lower();
    }
}
