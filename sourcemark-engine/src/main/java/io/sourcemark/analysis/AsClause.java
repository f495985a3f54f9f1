package io.sourcemark.analysis;

import java.util.List;

/**
 * An attribution in an as-clause, whose content is the main clause: "The fire started in a cabinet, as police
 * have said since Tuesday.", "As the farmer told magistrates, the sheds were never locked.", "“…,” as the chief
 * engineer, Ylva McAllister, put it on Tuesday."
 */
final class AsClause {

    /** Tokens looked back from "put it" for the "as" that opens the clause. */
    private static final int MAX_SOURCE = 16;

    private AsClause() {
    }

    /** "as X put it": the idiom is a cue only in an as-clause. */
    static boolean putsIt(List<Token> t, int i) {
        if (!t.get(i).is("put") || i + 1 >= t.size() || !t.get(i + 1).is("it")) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - MAX_SOURCE); j--) {
            if (t.get(j).is("as")) {
                return j < i - 1;
            }
            if (t.get(j).kind() == Token.Kind.QUOTE) {
                return false;
            }
        }
        return false;
    }

    /**
     * The main clause [from, to) when the subject at index subject follows an "as" that opens the sentence or
     * follows a comma, and the as-clause ends at rest with the sentence or a comma; null otherwise.
     */
    static int[] mainClause(List<Token> t, int subject, int rest, int lo) {
        int as = subject - 1;
        if (as < lo || !t.get(as).is("as")) {
            return null;
        }
        int n = t.size();
        int end = rest;
        while (end < n && !t.get(end).isPunct(',') && !CueAdjuncts.atEnd(t, end) && end - rest < MAX_SOURCE) {
            if (t.get(end).kind() == Token.Kind.QUOTE || t.get(end).is("that")) {
                return null;
            }
            end++;
        }
        if (as == lo) {
            if (end >= n - 1 || !t.get(end).isPunct(',')) {
                return null;
            }
            return new int[] {end + 1, CueAdjuncts.contentEnd(t, end + 1)};
        }
        Token before = t.get(as - 1);
        boolean afterQuote = before.kind() == Token.Kind.QUOTE;
        if (!(before.isPunct(',') || afterQuote) || !CueAdjuncts.atEnd(t, end) || as - 1 <= lo) {
            return null;
        }
        return new int[] {lo, afterQuote ? as : as - 1};
    }
}
