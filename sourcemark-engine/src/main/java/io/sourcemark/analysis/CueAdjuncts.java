package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.List;
import java.util.Set;

/** The parts around a cue: its manner phrase and addressee ("told AFP in an interview"), and where content ends. */
final class CueAdjuncts {

    private CueAdjuncts() {
    }

    private static final Set<String> MANNER_START = Set.of("in", "on", "via", "during", "through");

    private static final Set<String> MANNER_NOUNS = Set.of("interview", "statement", "tv", "television", "twitter",
            "x", "facebook", "instagram", "radio", "podcast", "briefing", "conference", "letter", "post", "video",
            "speech", "email", "e-mail", "release", "message", "tweet", "blog", "remarks", "address", "broadcast",
            "channel", "show", "programme", "program", "station", "website", "newsletter", "column", "op-ed");

    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "you", "reporters",
            "journalists", "lawmakers", "parliament", "congress", "officials");

    /** Reported content longer than this many tokens is a run-on text, not one statement. */
    static final int MAX_CONTENT = 400;

    private static final Set<String> ADDRESSEE_STOPS = Set.of("against", "about", "of", "on", "over", "in", "at",
            "for", "with", "not", "after", "before", "during");

    private static final Set<String> NEW_SUBJECTS = Set.of("the", "he", "she", "they", "it", "we", "i", "his",
            "her", "their", "its", "this", "that", "these", "those");

    private static final Set<String> WH = Set.of("whether", "how", "why", "what", "when", "where", "if");

    private static final Set<String> CONTENT_BREAKS = Set.of("which", "who", "where", "ahead", "meaning",
            "while", "but", "whereas", "although", "despite", "prompting", "sparking");

    /** Index after the cue's manner phrase, addressee and time adjunct ("told AFP on Tuesday"). */
    static int skipAdjuncts(List<Token> t, CueMatch c) {
        int i = c.last() + 1;
        int n = t.size();
        i = skipManner(t, i);
        if (c.entry().frame() == CueLexicon.Frame.ADDRESSEE && i < n && t.get(i).isWord()
                && !t.get(i).is("that") && !t.get(c.last()).is("for")) {
            int j = i;
            while (j < n && j - i < 6 && t.get(j).isWord() && !t.get(j).is("that") && !t.get(j).is("to")
                    && !ADDRESSEE_STOPS.contains(t.get(j).lower())
                    && !WH.contains(t.get(j).lower())
                    && !(j > i && NEW_SUBJECTS.contains(t.get(j).lower()) && BareClause.startsAt(t, j))) {
                j++;
            }
            boolean bounded = j >= n || !t.get(j).isWord() || ADDRESSEE_STOPS.contains(t.get(j).lower())
                    || WH.contains(t.get(j).lower()) || j > i && BareClause.startsAt(t, j);
            boolean short1 = OBJECT_PRONOUNS.contains(t.get(i).lower()) || t.get(i).isCapitalized();
            boolean obligee = CueLexicon.OBLIGATIONS.contains(c.entry().lemma());
            if (obligee) {
                i = j < n && t.get(j).is("to") ? j : i;
            } else if (j < n && (t.get(j).is("that") || t.get(j).is("to")) || bounded) {
                i = j;
            } else if (short1) {
                i++;
            }
        }
        i = skipManner(t, i);
        i = skipToAddressee(t, i);
        i = skipTime(t, i);
        // "said daily that", "said afterwards that": an adverb before the clause belongs to neither cue nor content
        if (i + 1 < n && t.get(i).isWord() && isAdverb(t.get(i)) && (t.get(i + 1).is("that")
                || t.get(i + 1).isPunct(':'))) {
            i++;
        }
        return i;
    }

    /** "announcing to journalists Pemberton remained alive": "to" and the hearers before a clause. */
    private static int skipToAddressee(List<Token> t, int i) {
        int n = t.size();
        if (i + 2 >= n || !t.get(i).is("to") || !t.get(i + 1).isWord()) {
            return i;
        }
        for (int j = i + 2; j < Math.min(n, i + 6); j++) {
            if (!t.get(j - 1).isWord()) {
                return i;
            }
            if (t.get(j).is("that") || BareClause.startsAt(t, j) && !t.get(j).is("the")) {
                return j;
            }
        }
        return i;
    }

    private static boolean isAdverb(Token t) {
        String w = t.lower();
        return Set.of("daily", "afterwards", "afterward", "again", "later", "earlier", "repeatedly", "often",
                "once", "also", "privately", "publicly", "separately", "recently", "yesterday", "today", "tonight")
                .contains(w) || w.endsWith("ly") && w.length() > 4 && !t.isCapitalized();
    }

    /** Index after a time adjunct at i ("on Tuesday", "late on Monday", "last week", "yesterday"), or i. */
    static int skipTime(List<Token> t, int i) {
        int n = t.size();
        if (i + 2 < n && t.get(i).is("late") && t.get(i + 1).is("on") && isTimeWord(t.get(i + 2))) {
            i++;
        }
        if (i + 1 < n && t.get(i).is("on") && isTimeWord(t.get(i + 1))) {
            return i + 2;
        }
        if (i < n && (isTimeWord(t.get(i)) || t.get(i).is("yesterday") || t.get(i).is("today"))) {
            return i + 1;
        }
        if (i + 1 < n && (t.get(i).is("last") || t.get(i).is("this")) && (t.get(i + 1).is("week")
                || t.get(i + 1).is("month") || t.get(i + 1).is("year") || isTimeWord(t.get(i + 1)))) {
            return i + 2;
        }
        return i;
    }

    static boolean isTimeWord(Token t) {
        return Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
                .contains(t.lower());
    }

    static int skipManner(List<Token> t, int i) {
        int n = t.size();
        if (i + 1 < n && t.get(i).isWord() && MANNER_START.contains(t.get(i).lower())) {
            for (int j = i + 1; j < Math.min(n, i + 4); j++) {
                if (MANNER_NOUNS.contains(t.get(j).lower())) {
                    return nameOfMedium(t, j + 1);
                }
            }
        }
        return i;
    }

    /** "on Radio Vell’s “Morning Line”": the name and programme of the medium stay in the manner phrase. */
    private static int nameOfMedium(List<Token> t, int i) {
        int n = t.size();
        int j = i;
        while (j < n && (t.get(j).isCapitalized() || t.get(j).kind() == Token.Kind.QUOTE && j > i
                && QuotedTitle.isTitle(t.get(j)))) {
            j++;
        }
        return j;
    }

    /** At the end of the sentence, or at a dash or semicolon that closes the clause. */
    static boolean atEnd(List<Token> t, int i) {
        int n = t.size();
        if (i < n && (t.get(i).isPunct('\u2014') || t.get(i).isPunct(';') || t.get(i).isPunct('\u2013'))) {
            return true;
        }
        while (i < n && t.get(i).kind() == Token.Kind.PUNCT && ".!?)".contains(t.get(i).text())) {
            i++;
        }
        return i >= n;
    }

    /** Content runs to the sentence end, but stops at a background clause (", which …", ", ahead of …"). */
    static int contentEnd(List<Token> t, int from) {
        int n = Math.min(t.size(), from + MAX_CONTENT);
        for (int i = from + 1; i + 1 < n; i++) {
            Token tok = t.get(i);
            if (i >= from + 3 && (tok.isPunct(';') || tok.isPunct('\u2014') && i + 1 < n && t.get(i + 1).isWord())) {
                return i;
            }
            if (tok.isPunct(',') && t.get(i + 1).isWord()
                    && CONTENT_BREAKS.contains(t.get(i + 1).lower()) && !embedded(t, i + 1)) {
                return i;
            }
            if (tok.isPunct(',') && t.get(i + 1).is("and") && i + 2 < n
                    && NEW_SUBJECTS.contains(t.get(i + 2).lower())) {
                return i;
            }
        }
        return n;
    }

    static TextRange cueRange(List<Token> t, CueMatch c, int rest) {
        int end = t.get(c.last()).end();
        int i = c.last() + 1;
        int afterManner = skipManner(t, i);
        if (afterManner > i) {
            end = t.get(afterManner - 1).end();
            i = afterManner;
        }
        if (i < t.size() && t.get(i).isPunct(':')) {
            end = t.get(i).end();
        }
        return new TextRange(t.get(c.first()).start(), end);
    }

    /** ", which are usually absorbed by water, weakened …": a relative clause closed by a comma is embedded. */
    private static boolean embedded(List<Token> t, int i) {
        String w = t.get(i).lower();
        if (!Set.of("which", "who", "where").contains(w)) {
            return false;
        }
        for (int j = i + 1; j < t.size(); j++) {
            if (t.get(j).isPunct(',')) {
                return true;
            }
        }
        return false;
    }
}
