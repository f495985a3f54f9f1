package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attributions without a source that name or qualify something: "The so-called “smart tolls”", "The tunnel is known
 * locally as “the Drain.”", "The green, long known as “the Commons,”", "a tool called video2commons", "the alleged
 * overcharging". The content is the thing named and its name, or the qualified noun phrase.
 */
final class NamingCues {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "these", "this", "those", "that", "its",
            "his", "her", "their", "our", "such");
    private static final Set<String> NP_STOPS = Set.of("that", "which", "who", "whom", "after", "before", "during",
            "since", "on", "at", "to", "for", "with", "when", "while", "as", "and", "or", "but", "than", "because");
    private static final int MAX_NP = 8;

    private NamingCues() {
    }

    static List<Draft> match(List<Token> t) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i + 1 < t.size(); i++) {
            Token tok = t.get(i);
            if (!tok.isWord()) {
                continue;
            }
            String w = tok.lower();
            Draft d = switch (w) {
                case "so-called" -> soCalled(t, i);
                case "known" -> knownAs(t, i);
                case "called", "named", "dubbed", "nicknamed" -> calledName(t, i);
                case "alleged" -> alleged(t, i);
                default -> null;
            };
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** "The so-called “smart tolls”": the determiner and the name. */
    private static Draft soCalled(List<Token> t, int i) {
        int end = Naming.nameEnd(t, i + 1);
        if (end < 0 && i + 1 < t.size() && t.get(i + 1).isWord()) {
            end = nounPhraseEnd(t, i + 1);
        }
        if (end <= i + 1) {
            return null;
        }
        int det = i > 0 && DETERMINERS.contains(lower(t, i - 1)) ? i - 1 : -1;
        return draft(t, det < 0 ? -1 : det, det < 0 ? -1 : det + 1, i + 1, end, i, i + 1);
    }

    /** "X is known (locally) as “…”", "X, long known as “…”,": the thing and its name. */
    private static Draft knownAs(List<Token> t, int i) {
        int as = i + 1;
        while (as < t.size() && as - i <= 2 && !t.get(as).is("as") && t.get(as).isWord()
                && lower(t, as).endsWith("ly")) {
            as++;
        }
        if (as >= t.size() || !t.get(as).is("as")) {
            return null;
        }
        int end = Naming.nameEnd(t, as + 1);
        if (end < 0) {
            return null;
        }
        int cueFrom = i;
        while (cueFrom > 0 && t.get(cueFrom - 1).isWord() && (CueFinder.AUXILIARIES.contains(lower(t, cueFrom - 1))
                || Set.of("long", "widely", "also", "locally", "commonly", "better", "still").contains(
                lower(t, cueFrom - 1)))) {
            cueFrom--;
        }
        int subjectEnd = cueFrom > 0 && t.get(cueFrom - 1).isPunct(',') ? cueFrom - 1 : cueFrom;
        int[] subject = MentionFinder.subjectBefore(t, subjectEnd, 0);
        if (subject == null || subject[1] != subjectEnd) {
            return null;
        }
        return draft(t, subject[0], subject[1], as + 1, end, cueFrom, as + 1);
    }

    /** "a larger near-Earth asteroid called Didymos", "a tool called video2commons". */
    private static Draft calledName(List<Token> t, int i) {
        if (i < 2 || !t.get(i - 1).isWord() || t.get(i - 1).isCapitalized()
                || CueFinder.AUXILIARIES.contains(lower(t, i - 1)) || CueSenses.PRONOUNS.contains(lower(t, i - 1))) {
            return null;
        }
        int end = Naming.nameEnd(t, i + 1);
        if (end < 0 && i + 1 < t.size() && t.get(i + 1).isWord() && !t.get(i + 1).is("for")
                && !t.get(i + 1).is("on") && !t.get(i + 1).is("the") && CueAdjuncts.atEnd(t, i + 2)) {
            end = i + 2;
        }
        if (end < 0) {
            return null;
        }
        int from = i - 1;
        while (from > 0 && i - from < MAX_NP && t.get(from - 1).isWord() && !NP_STOPS.contains(lower(t, from - 1))
                && !CueFinder.AUXILIARIES.contains(lower(t, from - 1))) {
            from--;
            if (DETERMINERS.contains(lower(t, from))) {
                break;
            }
        }
        if (!DETERMINERS.contains(lower(t, from))) {
            return null;
        }
        return draft(t, from, i, i + 1, end, i, i + 1);
    }

    /** "the alleged overcharging", "alleged misconduct by …": the noun phrase qualified. */
    private static Draft alleged(List<Token> t, int i) {
        if (i > 0 && !DETERMINERS.contains(lower(t, i - 1)) && t.get(i - 1).isWord()
                || i + 1 >= t.size() || !t.get(i + 1).isWord() || t.get(i + 1).is("that") || t.get(i + 1).is("to")) {
            return null;
        }
        int end = nounPhraseEnd(t, i + 1);
        return end > i + 1 ? draft(t, -1, -1, i + 1, end, i, i + 1) : null;
    }

    private static int nounPhraseEnd(List<Token> t, int from) {
        int j = from;
        while (j < t.size() && j - from < MAX_NP && t.get(j).isWord()) {
            String w = lower(t, j);
            if (j > from && (NP_STOPS.contains(w) || InnerCue.isFinite(w) || BareClause.isPast(w)
                    || w.endsWith("ed") && !t.get(j).isCapitalized())) {
                break;
            }
            j++;
        }
        return j;
    }

    private static Draft draft(List<Token> t, int thingFrom, int thingTo, int nameFrom, int nameTo, int cueFrom,
                               int cueTo) {
        Draft d = new Draft(QuoteKind.INDIRECT, 0.5);
        if (thingFrom >= 0 && thingTo > thingFrom) {
            d.fragments.add(ClauseAttributor.range(t, new int[] {thingFrom, thingTo}));
        }
        d.fragments.add(ClauseAttributor.range(t, new int[] {nameFrom, nameTo}));
        for (int q = nameFrom; q < nameTo; q++) {
            if (t.get(q).kind() == Token.Kind.QUOTE) {
                d.quoted.add(new TextRange(t.get(q).start(), t.get(q).end()));
                d.kind = QuoteKind.MIXED;
            }
        }
        d.cue = ClauseAttributor.range(t, new int[] {cueFrom, cueTo});
        // a name keeps its quotation marks: it is not a technical term flagged inside a finding
        d.speech = true;
        return d;
    }

    private static String lower(List<Token> t, int i) {
        return t.get(i).lower();
    }
}
