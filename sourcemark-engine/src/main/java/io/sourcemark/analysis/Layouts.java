package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attributions given by the layout of a sentence rather than by a verb around its content: a dash signature
 * ("“…” ― Okonjo Calloway, 67, from Kettering Island"), a sentence opened by "Said" ("Said Gov. Kaur Renner: “…”") and a
 * possessive label before a colon ("Oduya's verdict: “…”").
 */
final class Layouts {

    private static final String DASHES = "\u2015\u2014\u2013";
    private static final int MAX_SIGNATURE = 25;
    private static final int MAX_SOURCE = 20;
    private static final Set<String> LABEL_NOUNS = Set.of("verdict", "view", "message", "reply", "response",
            "answer", "advice", "conclusion", "comment", "reaction", "words", "take", "assessment", "warning",
            "plea", "promise", "retort", "summary", "explanation", "position", "argument", "rejoinder",
            "instruction", "instructions", "demand", "defence", "defense", "excuse", "prediction", "forecast");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "my", "our", "your");

    private Layouts() {
    }

    /** "“…” ― Name, credentials": the whole signature is the source, the dash the cue. */
    static Draft signature(List<Token> t) {
        int n = t.size();
        if (n < 3 || n > MAX_SIGNATURE || t.get(0).kind() != Token.Kind.QUOTE || !isDash(t.get(1))
                || !t.get(2).isCapitalized()) {
            return null;
        }
        int end = n;
        while (end > 2 && t.get(end - 1).kind() == Token.Kind.PUNCT && t.get(end - 1).isPunct('.')) {
            end--;
        }
        for (int i = 2; i < end; i++) {
            if (t.get(i).kind() == Token.Kind.QUOTE) {
                return null;
            }
        }
        Draft d = direct(t, 0, 1);
        d.source = ClauseAttributor.range(t, new int[] {2, end});
        d.cue = ClauseAttributor.range(t, new int[] {1, 2});
        return d;
    }

    /** "Said Rep. Holm Rao (D-Lan.): “…”": the cue is "Said", the source what stands before the colon. */
    static Draft saidFirst(List<Token> t) {
        int n = t.size();
        if (n < 4 || !t.get(0).text().equals("Said")) {
            return null;
        }
        for (int k = 2; k < Math.min(n - 1, MAX_SOURCE); k++) {
            Token tok = t.get(k);
            if (tok.kind() == Token.Kind.QUOTE) {
                return null;
            }
            if ((tok.isPunct(':') || tok.isPunct(',')) && t.get(k + 1).kind() == Token.Kind.QUOTE
                    && t.get(k - 1).kind() != Token.Kind.QUOTE) {
                Draft d = direct(t, k + 1, quotesEnd(t, k + 1));
                d.source = ClauseAttributor.range(t, new int[] {1, k});
                d.cue = ClauseAttributor.range(t, new int[] {0, 1});
                return d;
            }
        }
        return null;
    }

    /** "Oduya's verdict: “…”": the possessor is the source, the label and colon the cue. */
    static Draft verdict(List<Token> t) {
        int n = t.size();
        for (int k = 2; k + 1 < n; k++) {
            if (!t.get(k).isPunct(':') || t.get(k + 1).kind() != Token.Kind.QUOTE) {
                continue;
            }
            String label = t.get(k - 1).lower();
            Token owner = t.get(k - 2);
            String o = owner.lower();
            if (!LABEL_NOUNS.contains(label) || !owner.isWord()
                    || !(o.endsWith("'s") || o.endsWith("’s") || POSSESSIVES.contains(o))) {
                return null;
            }
            int from = k - 2;
            while (from > 0 && t.get(from - 1).isWord() && (t.get(from - 1).isCapitalized()
                    || Set.of("the", "a", "an").contains(t.get(from - 1).lower()))) {
                from--;
            }
            Draft d = direct(t, k + 1, quotesEnd(t, k + 1));
            d.source = ClauseAttributor.range(t, new int[] {from, k - 1});
            d.cue = ClauseAttributor.range(t, new int[] {k - 1, k + 1});
            return d;
        }
        return null;
    }

    private static boolean isDash(Token t) {
        return t.kind() == Token.Kind.PUNCT && DASHES.indexOf(t.text().charAt(0)) >= 0;
    }

    private static int quotesEnd(List<Token> t, int from) {
        int i = from;
        while (i < t.size() && t.get(i).kind() == Token.Kind.QUOTE) {
            i++;
        }
        return i;
    }

    private static Draft direct(List<Token> t, int from, int to) {
        Draft d = new Draft(QuoteKind.DIRECT, 0.8);
        for (int i = from; i < to; i++) {
            TextRange r = new TextRange(t.get(i).start(), t.get(i).end());
            d.fragments.add(r);
            d.quoted.add(r);
        }
        return d;
    }
}
