package io.sourcemark.analysis;

import java.util.List;

/** The name given by a naming cue: a quotation ("“the road to nowhere”") or a capitalised run ("Didymos"). */
final class Naming {

    private static final int MAX_NAME = 6;

    private Naming() {
    }

    /** The end of the name starting at i, or -1 when no name starts there. */
    static int nameEnd(List<Token> t, int i) {
        int n = t.size();
        if (i >= n) {
            return -1;
        }
        if (t.get(i).kind() == Token.Kind.QUOTE) {
            return i + 1;
        }
        int j = i;
        while (j < n && j - i < MAX_NAME && t.get(j).isCapitalized()) {
            j++;
        }
        return j > i ? j : -1;
    }
}
