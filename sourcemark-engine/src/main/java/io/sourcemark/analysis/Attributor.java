package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the sentences of an article and collects attributions: cue-based ones per sentence, quotations that
 * continue the previous speaker (next sentence or next paragraph, no new cue), and quotations under a short
 * heading naming the speaker ("National Grid President Quist Khan:").
 */
final class Attributor {

    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("but", "and", "yet", "still", "so",
            "then", "now", "also", "however", "again", "or", "plus");

    private final SentenceAttributor sentenceAttributor;
    private final ContentShaper shaper = new ContentShaper();

    Attributor(CueLexicon lexicon, PosTagger pos) {
        this.sentenceAttributor = new SentenceAttributor(lexicon, pos);
    }

    List<Draft> attribute(String text, List<TextRange> paragraphs, boolean[] skipParagraph,
                          List<TextRange> sentences, List<QuoteSpan> quotes) {
        List<Draft> out = new ArrayList<>();
        Draft open = null;
        List<TextRange> pending = null;
        int pendingParagraph = -1;
        int para = 0;
        int lastParagraphWithSentence = -1;
        Draft lead = null;
        for (TextRange s : sentences) {
            while (para < paragraphs.size() && paragraphs.get(para).end() <= s.start()) {
                para++;
            }
            if (para >= paragraphs.size() || skipParagraph[para]) {
                open = null;
                continue;
            }
            boolean firstInParagraph = lastParagraphWithSentence != para;
            lastParagraphWithSentence = para;
            List<Token> tokens = Tokenizer.tokens(text, s.start(), s.end(), quotes);
            TextRange paragraph = paragraphs.get(para);
            List<Draft> found = sentenceAttributor.attribute(tokens, para,
                    s.start() == paragraph.start() && s.end() == paragraph.end());
            for (Draft d : found) {
                shaper.demoteTerms(d, text);
            }
            List<Token> loose = uncovered(tokens, found);
            if (found.isEmpty() && lead != null && lead.paragraph == para - 1 && firstInParagraph
                    && !loose.isEmpty() && tokens.indexOf(loose.get(0)) == 0) {
                found = List.of(ColonLead.under(lead, loose, para));
                loose = List.of();
            }
            lead = found.isEmpty() && s.end() == paragraphs.get(para).end()
                    ? ColonLead.of(tokens, sentenceAttributor.cues(tokens), para) : null;
            if (!found.isEmpty()) {
                if (pending != null && pendingParagraph == para - 1 && firstInParagraph) {
                    leadInto(found.get(0), pending, paragraphs.get(para));
                }
                pending = null;
                out.addAll(found);
                open = found.get(found.size() - 1);
                continue;
            }
            if (!loose.isEmpty() && opensOnward(text, loose.get(loose.size() - 1), paragraphs.get(para))
                    && (open == null || open.paragraph < para - 1 || tokens.indexOf(loose.get(0)) > 2)) {
                if (pending == null || pendingParagraph != para - 1) {
                    pending = new ArrayList<>();
                }
                for (Token q : loose) {
                    pending.add(new TextRange(q.start(), q.end()));
                }
                pendingParagraph = para;
                open = null;
                continue;
            }
            pending = null;
            if (loose.isEmpty()) {
                open = null;
                continue;
            }
            int firstQuote = tokens.indexOf(loose.get(0));
            if (open != null && opensSentence(tokens, firstQuote) && !open.turn
                    && (open.paragraph == para || (firstInParagraph && open.paragraph == para - 1))) {
                for (Token q : loose) {
                    TextRange r = new TextRange(q.start(), q.end());
                    open.fragments.add(r);
                    open.quoted.add(r);
                }
                open.kind = open.kind == QuoteKind.DIRECT ? QuoteKind.DIRECT : QuoteKind.MIXED;
                open.paragraph = para;
                continue;
            }
            Draft headed = firstInParagraph && firstQuote == 0 && para > 0 && !skipParagraph[para - 1]
                    ? underHeading(text, paragraphs.get(para - 1), loose, para) : null;
            if (headed != null) {
                out.add(headed);
                open = headed;
            } else {
                open = null;
            }
        }
        return out;
    }

    /** The quotation opens its sentence, after at most a connective ("But “that says a lot …”"). */
    private static boolean opensSentence(List<Token> tokens, int quote) {
        if (quote > 2) {
            return false;
        }
        for (int i = 0; i < quote; i++) {
            Token t = tokens.get(i);
            if (t.isWord() && !CONNECTIVES.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** A quotation left open at the end of its paragraph runs on into the next one. */
    private static boolean opensOnward(String text, Token quote, TextRange paragraph) {
        char last = text.charAt(quote.end() - 1);
        return quote.end() >= paragraph.end() && "\"\u201D\u00BB\u201C".indexOf(last) < 0;
    }

    /** Paragraphs of a quotation that is attributed only where it ends ("“…⏎⏎“…,” she said"). */
    private static void leadInto(Draft d, List<TextRange> earlier, TextRange paragraph) {
        if (d.kind != QuoteKind.DIRECT || d.fragments.isEmpty() || d.start() != paragraph.start()) {
            return;
        }
        d.fragments.addAll(0, earlier);
        d.quoted.addAll(0, earlier);
    }

    private static List<Token> uncovered(List<Token> tokens, List<Draft> found) {
        List<TextRange> spans = new ArrayList<>();
        for (Draft d : found) {
            spans.add(d.range());
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Token> out = new ArrayList<>();
        int k = 0;
        int reach = -1;
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.QUOTE) {
                continue;
            }
            while (k < spans.size() && spans.get(k).start() <= t.start()) {
                reach = Math.max(reach, spans.get(k).end());
                k++;
            }
            if (reach < t.end()) {
                out.add(t);
            }
        }
        return out;
    }

    /** A short previous paragraph without sentence punctuation (or ending in a colon) names the speaker. */
    private static Draft underHeading(String text, TextRange heading, List<Token> loose, int para) {
        String h = heading.of(text);
        if (h.length() > 120 || h.length() < 3) {
            return null;
        }
        char last = h.charAt(h.length() - 1);
        boolean colon = last == ':';
        if (!colon && ".!?\"”’»)".indexOf(last) >= 0) {
            return null;
        }
        boolean quoted = h.chars().anyMatch(c -> c == '"' || c == '\u201C' || c == '\u201D');
        if (quoted || !Character.isUpperCase(h.charAt(0))) {
            return null;
        }
        Draft d = new Draft(QuoteKind.DIRECT, 0.7);
        for (Token q : loose) {
            TextRange r = new TextRange(q.start(), q.end());
            d.fragments.add(r);
            d.quoted.add(r);
        }
        d.source = new TextRange(heading.start(), colon ? heading.end() - 1 : heading.end());
        d.cue = colon ? new TextRange(heading.end() - 1, heading.end()) : null;
        d.paragraph = para;
        return d;
    }
}
