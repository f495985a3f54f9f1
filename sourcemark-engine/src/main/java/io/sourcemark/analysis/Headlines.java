package io.sourcemark.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A title-case headline reporting what someone says: "Mayor Says Harbour Wall Will Be Finished By Autumn",
 * "Council Vows To Fight Toll Ruling". The words before the capitalised verb are the source, those after it the
 * content.
 */
final class Headlines {

    private static final Set<String> VERBS = Set.of("says", "say", "vows", "vow", "fears", "fear", "denies", "deny",
            "warns", "warn", "urges", "urge", "insists", "insist", "admits", "admit", "rejects", "reject", "backs",
            "back", "slams", "slam", "blasts", "blast", "wants", "want", "seeks", "seek", "pledges", "pledge",
            "promises", "promise", "predicts", "predict", "believes", "believe", "hopes", "hope", "demands", "demand",
            "accuses", "accuse", "confirms", "confirm", "announces", "announce", "doubts", "doubt", "questions",
            "question", "threatens", "threaten", "agrees", "agree", "rules", "orders", "order", "suggests",
            "suggest", "expects", "expect", "tells", "tell", "asks", "ask", "defends", "defend", "blames", "blame",
            "praises", "praise", "condemns", "condemn", "criticises", "criticizes", "criticise", "criticize",
            "supports", "support", "opposes", "oppose", "concedes", "concede", "argues", "argue", "claims",
            "thinks", "think", "sees", "see", "plans");
    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "in", "on", "to", "for", "and", "by",
            "at", "as", "or", "with", "from", "over", "into");
    private static final int MAX_WORDS = 16;

    private Headlines() {
    }

    /** The headline's attribution when the paragraph t is a title-case headline with a reporting verb, or null. */
    static Draft match(List<Token> t) {
        int n = t.size();
        if (n < 3 || n > MAX_WORDS + 4 || endsLikeSentence(t)) {
            return null;
        }
        int words = 0;
        int capitals = 0;
        for (Token tok : t) {
            if (tok.isWord() && !SMALL.contains(tok.lower())) {
                words++;
                capitals += tok.isCapitalized() || Character.isDigit(tok.text().charAt(0)) ? 1 : 0;
            } else if (tok.isWord() && tok.isCapitalized()) {
                capitals++;
                words++;
            }
        }
        if (words < 3 || words > MAX_WORDS || capitals < words) {
            return null;
        }
        for (int i = 1; i + 1 < n; i++) {
            Token tok = t.get(i);
            if (!tok.isWord() || !VERBS.contains(tok.lower())) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (!t.get(j).isWord()) {
                    return null;
                }
            }
            Draft d = new ContentShaper().shape(t, i + 1, n, true);
            if (d == null) {
                return null;
            }
            d.source = ClauseAttributor.range(t, new int[] {0, i});
            d.cue = ClauseAttributor.range(t, new int[] {i, i + 1});
            return d;
        }
        return null;
    }

    private static boolean endsLikeSentence(List<Token> t) {
        Token last = t.get(t.size() - 1);
        return last.kind() == Token.Kind.PUNCT && ".!?:;,".contains(last.text());
    }
}
