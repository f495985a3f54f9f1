package io.sourcemark.analysis;

import java.util.List;

/** Where one attribution ends and the next begins in a sentence: ", adding that …", "… but denied that …". */
final class Coordination {

    private Coordination() {
    }

    /** Where a coordinated cue cuts the content before it (", adding", "but denied", "and added"), or -1. */
    static int coordinationPoint(List<Token> t, CueMatch c, int contentStart) {
        int b = c.first() - 1;
        if (b <= contentStart) {
            return -1;
        }
        boolean coordinatedVerb = (t.get(b).is("but") || t.get(b).is("and"))
                && CueFinder.isPast(t.get(c.verb()).lower()) && c.first() == c.verb();
        if (c.participle() || coordinatedVerb) {
            int cut = c.first();
            if (t.get(cut - 1).is("but") || t.get(cut - 1).is("and")) {
                cut--;
            }
            if (cut - 1 > contentStart && t.get(cut - 1).isPunct(',')) {
                cut--;
            }
            return cut;
        }
        if (c.accordingTo() && t.get(b).isPunct(',')) {
            return b;
        }
        if (t.get(b).isPunct(',') && t.get(c.verb()).text().endsWith("ed") && c.verb() + 1 < t.size()
                && !t.get(c.verb() + 1).isCapitalized() && !t.get(c.verb() + 1).is("by")
                && !t.get(c.verb() + 1).is("as")) {
            return b;
        }
        if (t.get(b).isWord() && MentionFinder.RELATIVES.contains(t.get(b).lower())) {
            return b - 1 > contentStart && t.get(b - 1).isPunct(',') ? b - 1 : b;
        }
        return -1;
    }

    /** ", adding that …", ", saying …", "and added …" right after the attribution. */
    static boolean followedByCoordinatedCue(List<Token> t, int i) {
        int n = t.size();
        if (i >= n || !(t.get(i).isPunct(',') || t.get(i).is("and") || t.get(i).is("but"))) {
            return false;
        }
        int j = i + 1;
        while (j < n && t.get(j).isWord() && CueFinder.ADVERBS.contains(t.get(j).lower())) {
            j++;
        }
        return j < n && t.get(j).isWord() && t.get(j).text().endsWith("ing");
    }

    /** "“…,” Garrow told reporters of this possibility.": what follows holds no clause or quotation. */
    static boolean onlyAdjuncts(List<Token> t, int from) {
        if (t.size() - from > 8) {
            return false;
        }
        for (int i = from; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.kind() == Token.Kind.QUOTE || tok.is("that") || tok.isPunct(':')) {
                return false;
            }
        }
        return t.size() - from <= 8;
    }

    static boolean hasWords(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).kind() != Token.Kind.PUNCT) {
                return true;
            }
        }
        return false;
    }
}
