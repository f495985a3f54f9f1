package io.sourcemark.analysis;

import java.util.List;
import java.util.Set;

/**
 * Finds the source mention next to a cue in the tokens of a sentence: the subject before the verb ("Kremlin
 * spokesman Dmitry Garrow told", "Adrienne Greta, a spokesperson for …, told") or the noun phrase after it
 * ("said Tom Keller, lead scientist …", "according to police").
 */
final class MentionFinder {

    private static final Set<String> CLAUSE_STOPS = Set.of("that", "when", "while", "because", "if", "after",
            "before", "since", "but", "although", "though", "where", "so", "than", "whether", "what", "how",
            "said", "says", "told", "as", "once", "until", "unless", "however", "meanwhile", "whom", "then", "during",
            "amid", "following");
    private static final Set<String> INTRODUCTIONS = Set.of("on", "in", "at", "during", "after", "before",
            "since", "following", "last", "earlier", "later", "yesterday", "today", "by", "for", "with",
            "without", "despite", "amid", "under", "as", "when", "while", "speaking", "asked", "meanwhile");
    private static final Set<String> LEADING_DROPS = Set.of("yesterday", "today", "tonight", "and", "but", "so",
            "yet", "however", "meanwhile",
            "also", "now", "instead", "still", "then", "later", "earlier");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "yesterday", "today", "tonight", "week", "month", "year", "morning", "evening",
            "afternoon", "night", "weekend", "earlier", "later", "recently");
    static final Set<String> RELATIVES = Set.of("who", "which");
    /** A subject holds no finite auxiliary: "has hosted the summer | show" is no source. */
    private static final Set<String> FINITE_AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are",
            "will", "would", "can", "could", "shall", "should", "must", "might", "does", "did");
    /** A source mention is a noun phrase: longer runs are not followed further. */
    private static final int MAX_TOKENS = 30;
    private static final Set<String> FUNCTION_WORDS = Set.of("this", "these", "those", "it", "he", "she", "they",
            "we", "i", "you", "there", "its", "his", "her", "their", "our", "in", "on", "at", "for", "as", "by",
            "with", "after", "before", "and", "or", "not", "no", "some", "many", "most", "all", "both", "such",
            "several", "any", "each", "every", "international", "more", "less", "only", "over", "under", "about",
            "nearly", "almost", "around", "roughly", "up", "down", "just", "least");

    private MentionFinder() {
    }

    /** Token range [from, to) of the subject ending right before index end, or null. */
    static int[] subjectBefore(List<Token> t, int end, int lo) {
        int i = end - 1;
        if (i >= lo && t.get(i).isWord() && RELATIVES.contains(t.get(i).lower())) {
            return new int[] {i, end};
        }
        boolean apposition = i >= lo && t.get(i).isPunct(',');
        int commas = 0;
        if (apposition) {
            i--;
        }
        while (i >= lo) {
            Token tok = t.get(i);
            if (tok.kind() == Token.Kind.QUOTE) {
                break;
            }
            if (tok.kind() == Token.Kind.PUNCT) {
                char c = tok.text().charAt(0);
                if (c == ',' && apposition && commas == 0) {
                    commas++;
                } else if (c == ',' && inNameList(t, i, end)) {
                    i--;
                    continue;
                } else if (c == '.' && i > lo && isAbbreviation(t.get(i - 1))) {
                    i--;
                    continue;
                } else if (",;:!?\"“”«»—–[]".indexOf(c) >= 0 || c == '.') {
                    break;
                }
            } else if ((CLAUSE_STOPS.contains(tok.lower()) || RELATIVES.contains(tok.lower())
                    || FINITE_AUXILIARIES.contains(tok.lower()) && i < end - 1)
                    && !(apposition && commas == 0 && hasCommaBefore(t, i, lo))) {
                break;
            }
            i--;
        }
        int from = i + 1;
        int to = end;
        if (apposition && commas == 1) {
            int open = openingComma(t, from, end - 1);
            if (open > from && open + 1 < end && Set.of("quoted", "cited", "speaking", "writing", "citing")
                    .contains(t.get(open + 1).lower())) {
                to = open;
            }
        }
        to = dropTrailingTime(t, from, to);
        from = afterIntroduction(t, from, to);
        while (from < to && t.get(from).isWord() && LEADING_DROPS.contains(t.get(from).lower())) {
            from++;
        }
        while (from < to && t.get(from).kind() == Token.Kind.PUNCT && !t.get(from).isPunct('(')) {
            from++;
        }
        if (from >= to) {
            return null;
        }
        if (to - from > 25) {
            from = to - 25;
        }
        return new int[] {from, to};
    }

    /** The subject of the nearest finite verb group before index end ("X was met … upon announcing"), or null. */
    static int[] subjectOfVerbBefore(List<Token> t, int end, int lo) {
        for (int i = end - 1; i > lo; i--) {
            Token tok = t.get(i);
            if (tok.kind() != Token.Kind.WORD) {
                return null;
            }
            String w = tok.lower();
            if (CueFinder.AUXILIARIES.contains(w) || w.endsWith("ed") && !tok.isCapitalized() && w.length() > 3) {
                int first = i;
                while (first > lo && CueFinder.AUXILIARIES.contains(t.get(first - 1).text().toLowerCase(
                        java.util.Locale.ROOT))) {
                    first--;
                }
                return subjectBefore(t, first, lo);
            }
        }
        return null;
    }

    /** "On Monday morning, Director Anthony Fauci …": an opening time or place phrase is not the source. */
    private static int afterIntroduction(List<Token> t, int from, int to) {
        if (from >= to || !t.get(from).isWord() || !INTRODUCTIONS.contains(t.get(from).lower())) {
            return from;
        }
        int time = CueAdjuncts.skipTime(t, from);
        if (time > from && time < to && t.get(time).isCapitalized()) {
            return time;
        }
        for (int i = from + 1; i < Math.min(to - 1, from + 8); i++) {
            if (t.get(i).isPunct(',')) {
                return i + 1;
            }
        }
        return from;
    }

    /** Inside "Name, a rapporteur … who had investigated the case," the opening comma is still ahead. */
    private static boolean hasCommaBefore(List<Token> t, int i, int lo) {
        for (int k = i - 1; k >= lo && i - k < 30; k--) {
            if (t.get(k).isPunct(',')) {
                return true;
            }
            if (t.get(k).kind() == Token.Kind.QUOTE) {
                return false;
            }
        }
        return false;
    }

    /** "Washington, London, Seoul and Tokyo said": a comma between single capitalised names of a list. */
    private static boolean inNameList(List<Token> t, int comma, int end) {
        if (comma == 0 || !t.get(comma - 1).isCapitalized() || comma + 1 >= end || !t.get(comma + 1).isCapitalized()) {
            return false;
        }
        for (int k = comma + 1; k < end; k++) {
            if (t.get(k).is("and")) {
                return true;
            }
        }
        return false;
    }

    private static int openingComma(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.get(i).isPunct(',')) {
                return i;
            }
        }
        return -1;
    }

    /** Token range of the noun phrase starting at index start ("police", "Cho Han-bum, a researcher at …,"). */
    static int[] phraseAfter(List<Token> t, int start, int hi) {
        hi = Math.min(hi, start + MAX_TOKENS);
        int i = start;
        boolean apposed = false;
        while (i < hi) {
            Token tok = t.get(i);
            if (tok.kind() == Token.Kind.QUOTE) {
                break;
            }
            if (tok.kind() == Token.Kind.PUNCT) {
                char c = tok.text().charAt(0);
                if (c == '.' && i > start && isAbbreviation(t.get(i - 1))) {
                    i++;
                    continue;
                }
                if (c == ',') {
                    if (!apposed && i + 1 < hi && t.get(i + 1).isWord() && isAppositionStart(t, i + 1, hi)) {
                        apposed = true;
                        i++;
                        continue;
                    }
                    if (apposed) {
                        i++;
                    }
                    break;
                }
                if (";:!?.—–".indexOf(c) >= 0) {
                    break;
                }
            } else if (i > start && (CLAUSE_STOPS.contains(tok.lower())
                    || RELATIVES.contains(tok.lower()) || CueAdjuncts.skipManner(t, i) > i)) {
                break;
            }
            i++;
        }
        return i > start ? new int[] {start, i} : null;
    }

    private static boolean isAppositionStart(List<Token> t, int i, int hi) {
        String w = t.get(i).text();
        if (t.get(i).isCapitalized() && nameToEnd(t, i, hi)) {
            return true;
        }
        if (!(w.equals("a") || w.equals("an") || w.equals("the"))) {
            if (!Character.isLowerCase(w.charAt(0)) || CLAUSE_STOPS.contains(w) || RELATIVES.contains(w)
                    || FUNCTION_WORDS.contains(w) || w.endsWith("ing") || w.endsWith("ed")) {
                return false;
            }
            for (int j = i + 1; j < Math.min(hi, i + 4); j++) {
                if (Set.of("of", "at", "for", "with", "from", "in").contains(t.get(j).lower())) {
                    return true;
                }
            }
            return false;
        }
        return i + 1 < hi && t.get(i + 1).isWord() && Character.isLowerCase(t.get(i + 1).text().charAt(0));
    }

    /** "…, per the operator, Ivanov Marine.": a short capitalised name closing the sentence or the phrase. */
    private static boolean nameToEnd(List<Token> t, int i, int hi) {
        int j = i;
        while (j < hi && j - i < 5 && t.get(j).isCapitalized()) {
            j++;
        }
        return j > i && (j >= t.size() || CueAdjuncts.atEnd(t, j) || t.get(j).isPunct(','));
    }

    static int dropTrailingTime(List<Token> t, int from, int to) {
        while (to - from >= 2) {
            String last = t.get(to - 1).lower();
            if (!TIME_WORDS.contains(last)) {
                break;
            }
            int k = to - 1;
            while (k > from && t.get(k - 1).isWord() && Set.of("on", "last", "this", "earlier", "late", "early",
                    "in", "the").contains(t.get(k - 1).lower())) {
                k--;
            }
            to = k;
        }
        return to;
    }

    static boolean isAbbreviation(Token t) {
        return t.isWord() && Abbreviations.inName(t.text());
    }
}
