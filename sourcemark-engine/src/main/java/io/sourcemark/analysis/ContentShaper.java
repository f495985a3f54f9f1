package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Shapes a content token range into a draft: trims punctuation outside quotation marks, and decides the kind —
 * direct when only quotations (and connectors) remain, mixed when a paraphrase holds quoted words, indirect
 * otherwise. Short quoted terms inside a finding ("a “rubble pile” object") are not listed as quotations.
 */
final class ContentShaper {

    private static final Set<String> CONNECTORS = Set.of("and", "but", "then", "or");

    Draft shape(List<Token> t, int from, int to, boolean speech) {
        from = Math.max(from, to - CueAdjuncts.MAX_CONTENT);
        while (from < to && t.get(from).kind() == Token.Kind.PUNCT && !t.get(from).isPunct('(')) {
            from++;
        }
        while (to > from && t.get(to - 1).kind() == Token.Kind.PUNCT && !t.get(to - 1).isPunct(')')) {
            to--;
        }
        if (from >= to) {
            return null;
        }
        List<Token> quotes = new ArrayList<>();
        int words = 0;
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            if (tok.kind() == Token.Kind.QUOTE) {
                quotes.add(tok);
            } else if (tok.isWord() && !CONNECTORS.contains(tok.lower())) {
                words++;
            }
        }
        if (quotes.isEmpty() && words < 2 && !(words == 1 && t.get(from).isWord())) {
            return null;
        }
        Draft d;
        if (!quotes.isEmpty() && words == 0) {
            d = new Draft(QuoteKind.DIRECT, 0.9);
            for (Token q : quotes) {
                TextRange r = new TextRange(q.start(), q.end());
                d.fragments.add(r);
                d.quoted.add(r);
            }
        } else {
            boolean listQuotes = !quotes.isEmpty();
            d = new Draft(listQuotes ? QuoteKind.MIXED : QuoteKind.INDIRECT, listQuotes ? 0.8 : 0.6);
            d.fragments.add(new TextRange(t.get(from).start(), t.get(to - 1).end()));
            if (listQuotes) {
                for (Token q : quotes) {
                    d.quoted.add(new TextRange(q.start(), q.end()));
                }
            }
        }
        d.speech = speech;
        return d;
    }

    /**
     * Quoted terms of three words or fewer in a finding by a non-human source ("Observations … suggest it is a
     * “rubble pile” object") flag a technical term, not someone's words: the content is then indirect.
     */
    void demoteTerms(Draft d, String text) {
        if (d.speech || d.kind != QuoteKind.MIXED) {
            return;
        }
        for (TextRange q : d.quoted) {
            if (wordCount(new Token(q.start(), q.end(), q.of(text), Token.Kind.QUOTE)) > 3) {
                return;
            }
        }
        if (d.source != null) {
            String s = d.source.of(text);
            if (!s.contains(" ") && !s.isEmpty() && Character.isUpperCase(s.charAt(0))) {
                return;
            }
            for (int i = 1; i < s.length(); i++) {
                if (Character.isUpperCase(s.charAt(i)) && !Character.isLetter(s.charAt(i - 1))) {
                    return;
                }
            }
        }
        d.kind = QuoteKind.INDIRECT;
        d.quoted.clear();
    }

    /**
     * Adds the quotations that follow an attribution in the same sentence ("“A,” he said, “B.”", "“A,” he said,
     * pointing to the wall, “B.”"): each right after a comma or colon, before the next cue.
     */
    void addTrailingQuotes(List<Token> t, int i, Draft d, int stop) {
        if (d.kind != QuoteKind.DIRECT) {
            return;
        }
        int n = Math.min(t.size(), stop);
        for (; i < n; i++) {
            Token tok = t.get(i);
            if (tok.kind() == Token.Kind.QUOTE && i > 0 && (t.get(i - 1).isPunct(',') || t.get(i - 1).isPunct(':')
                    || t.get(i - 1).kind() == Token.Kind.QUOTE) && CueAdjuncts.atEnd(t, i + 1)) {
                TextRange r = new TextRange(tok.start(), tok.end());
                d.fragments.add(r);
                d.quoted.add(r);
                if (i + 1 < n && t.get(i + 1).kind() == Token.Kind.QUOTE) {
                    continue;
                }
                return;
            }
        }
    }

    /** A content in two pieces around its cue; null when either piece holds nothing. */
    Draft shapeSplit(List<Token> t, int from1, int to1, int from2, int to2, boolean speech) {
        Draft first = shape(t, from1, to1, speech);
        Draft second = shape(t, from2, to2, speech);
        if (first == null || second == null) {
            return null;
        }
        boolean quoted = !first.quoted.isEmpty() || !second.quoted.isEmpty();
        boolean direct = first.kind == QuoteKind.DIRECT && second.kind == QuoteKind.DIRECT;
        Draft d = new Draft(direct ? QuoteKind.DIRECT : quoted ? QuoteKind.MIXED : QuoteKind.INDIRECT,
                second.confidence);
        d.fragments.addAll(first.fragments);
        d.fragments.addAll(second.fragments);
        d.quoted.addAll(first.quoted);
        d.quoted.addAll(second.quoted);
        d.speech = speech;
        return d;
    }

    static int wordCount(Token q) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < q.text().length(); i++) {
            boolean letter = Character.isLetterOrDigit(q.text().charAt(i));
            if (letter && !in) {
                words++;
            }
            in = letter;
        }
        return words;
    }
}
