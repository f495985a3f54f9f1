package io.sourcemark.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sources after a preposition: "…, according to the county auditor, Frank Thornfield", "According to the harbour
 * authority, …", "… — according to X", "according to figures from the health board" (the figures belong to the
 * cue), and ", per the operator, Ivanov Marine".
 */
final class AccordingTo {

    private static final Set<String> DATA = Set.of("figures", "data", "statistics", "estimates", "records",
            "documents", "report", "study", "survey", "poll", "research", "numbers", "analysis", "projections",
            "reports", "filings", "tallies", "count", "census");
    private static final Set<String> UNITS = Set.of("cent", "capita", "day", "hour", "week", "month", "year",
            "person", "head", "mile", "kilometre", "kilometer", "gallon", "litre", "liter", "unit", "share",
            "annum", "se", "minute", "second", "night", "game", "match", "household", "pupil", "student", "kilo",
            "kg", "tonne", "ton", "barrel", "metre", "meter", "acre", "hectare", "square", "cubic", "serving");
    private static final String DASHES = "\u2014\u2013";
    private static final int MAX_APPOSITION = 16;
    /** A source phrase is a noun phrase: longer runs before a comma are not followed. */
    private static final int MAX_SOURCE = 30;

    private AccordingTo() {
    }

    /** ", per the operator" or "Per the rules, …": "per" naming a source, not "per cent" or "per day". */
    static boolean isPer(List<Token> t, int i) {
        if (!t.get(i).is("per") || i + 1 >= t.size() || !t.get(i + 1).isWord()) {
            return false;
        }
        boolean opens = i == 0 || t.get(i - 1).isPunct(',') || isDash(t.get(i - 1));
        String next = t.get(i + 1).lower();
        if (!opens || UNITS.contains(next) || i + 2 < t.size() && UNITS.contains(
                t.get(i + 2).lower()) && (next.equals("a") || next.equals("the"))) {
            return false;
        }
        return Set.of("the", "a", "an", "his", "her", "its", "their").contains(next) || t.get(i + 1).isCapitalized();
    }

    /**
     * {content from, content to, source from, source to, cue end} for an according-to cue, or null. The content
     * is the clause before the cue, or the one after the opening phrase.
     */
    static int[] parts(List<Token> t, CueMatch c, int lo) {
        int n = t.size();
        int cueEnd = c.last() + 1;
        int data = dataPhraseEnd(t, cueEnd);
        if (data > cueEnd) {
            cueEnd = data;
        }
        int before = c.first() - 1;
        if (before > lo && (t.get(before).isPunct(',') || isDash(t.get(before)))) {
            int[] src = MentionFinder.phraseAfter(t, cueEnd, n);
            return src == null ? null : new int[] {lo, before, src[0], src[1], cueEnd};
        }
        if (before > lo + 2 && t.get(before).isWord()) {
            int[] src = MentionFinder.phraseAfter(t, cueEnd, n);
            if (src == null || CueAdjuncts.atEnd(t, src[1])) {
                return src == null ? new int[] {lo, before + 1, 0, 0, cueEnd}
                        : new int[] {lo, before + 1, src[0], src[1], cueEnd};
            }
        }
        int[] src = opening(t, cueEnd);
        if (src == null || src[1] >= n - 1) {
            return null;
        }
        int from = t.get(src[1]).isPunct(',') ? src[1] + 1 : src[1];
        return new int[] {from, CueAdjuncts.contentEnd(t, from), src[0], src[1], cueEnd};
    }

    /** "figures from", "data released by": where the artifact part of the cue ends, or start when there is none. */
    private static int dataPhraseEnd(List<Token> t, int start) {
        int i = start;
        if (i < t.size() && Set.of("the", "a", "an", "new", "official", "latest").contains(lower(t, i))) {
            i++;
        }
        if (i + 1 >= t.size() || !DATA.contains(lower(t, i))) {
            return start;
        }
        i++;
        return i < t.size() && Set.of("from", "by", "of").contains(lower(t, i)) ? i + 1 : start;
    }

    /** The source of "According to X, …": up to the comma, with a name set off after it ("the operator, Y,"). */
    private static int[] opening(List<Token> t, int start) {
        int n = t.size();
        int i = start;
        while (i < n && !t.get(i).isPunct(',')) {
            if (i - start > MAX_SOURCE) {
                return null;
            }
            Token tok = t.get(i);
            if (tok.kind() == Token.Kind.QUOTE || tok.kind() == Token.Kind.PUNCT && !tok.isPunct('.')
                    && !tok.isPunct('(') && !tok.isPunct(')') && !tok.isPunct('-')) {
                return null;
            }
            i++;
        }
        if (i == start || i >= n) {
            return null;
        }
        int close = appositionClose(t, i + 1);
        return close > 0 ? new int[] {start, close + 1} : new int[] {start, i};
    }

    /**
     * The comma closing an apposition that starts at i ("Cho Han-bum, a researcher at the institute, …", "the
     * mayor, Dee Tillery, …"), or -1 when what follows the comma is the content itself ("…, the ferry will resume").
     */
    private static int appositionClose(List<Token> t, int i) {
        for (int j = i; j < Math.min(t.size() - 1, i + MAX_APPOSITION); j++) {
            Token tok = t.get(j);
            if (tok.isPunct(',')) {
                return j > i ? j : -1;
            }
            String w = tok.lower();
            if (tok.kind() != Token.Kind.WORD && !tok.isPunct('.') && !tok.isPunct('-') || InnerCue.isFinite(w)
                    || w.endsWith("ed") && w.length() > 3 && !tok.isCapitalized() && j > i
                    && !Set.of("a", "an", "the").contains(lower(t, j - 1))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isDash(Token t) {
        return t.kind() == Token.Kind.PUNCT && DASHES.indexOf(t.text().charAt(0)) >= 0;
    }

    private static String lower(List<Token> t, int i) {
        return t.get(i).lower();
    }
}
