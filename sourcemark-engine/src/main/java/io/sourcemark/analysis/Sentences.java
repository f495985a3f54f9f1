package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries inside paragraphs (OpenNLP), merged where a boundary falls inside a quotation or where the
 * next piece starts in lower case ("“Why not?” he asked."), or where {@link SentenceJoins} finds an abbreviation
 * or a closing attribution, so a quote and its attribution stay together.
 */
final class Sentences {

    /** Longer paragraphs are cut into windows so detection never works on one huge string at once. */
    private static final int WINDOW = 20_000;

    private final ThreadLocal<SentenceDetectorME> detector;
    private final SentenceJoins joins = new SentenceJoins(new CueLexicon());

    Sentences(SentenceModel model) {
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    List<TextRange> split(String text, List<TextRange> paragraphs, List<QuoteSpan> quotes) {
        List<TextRange> raw = new ArrayList<>();
        SentenceDetectorME me = detector.get();
        for (TextRange p : paragraphs) {
            if (!endsInside(text, p)) {
                // a paragraph with no sentence end before its last characters is one sentence: no model needed
                raw.add(p);
                continue;
            }
            for (int from = p.start(); from < p.end(); ) {
                int to = Math.min(p.end(), from + WINDOW);
                for (Span s : me.sentPosDetect(text.substring(from, to))) {
                    if (s.getEnd() > s.getStart()) {
                        raw.add(new TextRange(from + s.getStart(), from + s.getEnd()));
                    }
                }
                from = to;
            }
        }
        return splitAfterQuotes(text, merge(text, raw, quotes, paragraphs), quotes);
    }

    /** Whether the paragraph holds a period, question or exclamation mark before its closing characters. */
    private static boolean endsInside(String text, TextRange p) {
        int last = p.end() - 1;
        while (last > p.start() && ".!?\"'\u201D\u2019)]\u00BB".indexOf(text.charAt(last)) >= 0) {
            last--;
        }
        for (int i = p.start(); i < last; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '?' || c == '!') {
                return true;
            }
        }
        return false;
    }

    /** "…called him ''the most patient man.'' Pike plans …": a quotation that ends a sentence the model ran on. */
    private List<TextRange> splitAfterQuotes(String text, List<TextRange> sentences, List<QuoteSpan> quotes) {
        List<TextRange> out = new ArrayList<>(sentences.size());
        int q = 0;
        for (TextRange s : sentences) {
            int start = s.start();
            while (q < quotes.size() && quotes.get(q).end() <= start) {
                q++;
            }
            for (int k = q; k < quotes.size() && quotes.get(k).start() < s.end(); k++) {
                QuoteSpan quote = quotes.get(k);
                int after = quote.start() >= start ? nextSentenceAfter(text, quote, s.end()) : -1;
                if (after > 0 && !joins.joins(text, new TextRange(start, quote.end()), new TextRange(after, s.end()),
                        quotes)) {
                    out.add(new TextRange(start, quote.end()));
                    start = after;
                }
            }
            out.add(start == s.start() ? s : new TextRange(start, s.end()));
        }
        return out;
    }

    /**
     * Where the next sentence starts after a quotation closed on a sentence end ("…county.'' Pike plans …"), or -1
     * when the quotation does not end a sentence before {@code limit}.
     */
    private static int nextSentenceAfter(String text, QuoteSpan quote, int limit) {
        int e = quote.end();
        if (!quote.closed() || e >= limit || e - quote.start() < 3) {
            return -1;
        }
        int mark = e - 1;
        while (mark > quote.start() && "\"\u201D\u2019'\u00BB".indexOf(text.charAt(mark)) >= 0) {
            mark--;
        }
        if (".!?".indexOf(text.charAt(mark)) < 0 || !Character.isWhitespace(text.charAt(e))) {
            return -1;
        }
        int i = e;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < limit && Character.isUpperCase(text.charAt(i)) ? i : -1;
    }

    private List<TextRange> merge(String text, List<TextRange> raw, List<QuoteSpan> quotes,
                                         List<TextRange> paragraphs) {
        List<TextRange> out = new ArrayList<>();
        int q = 0;
        int para = 0;
        for (TextRange s : raw) {
            while (para < paragraphs.size() && paragraphs.get(para).end() <= s.start()) {
                para++;
            }
            if (out.isEmpty()) {
                out.add(s);
                continue;
            }
            TextRange last = out.get(out.size() - 1);
            boolean sameParagraph = para < paragraphs.size() && paragraphs.get(para).start() <= last.start();
            while (q < quotes.size() && quotes.get(q).end() <= s.start()) {
                q++;
            }
            boolean insideQuote = q < quotes.size() && quotes.get(q).start() < s.start()
                    && quotes.get(q).end() > s.start();
            boolean lowerStart = Character.isLowerCase(text.charAt(s.start()));
            int after = insideQuote ? nextSentenceAfter(text, quotes.get(q), s.end()) : -1;
            if (sameParagraph && after > 0) {
                // the model split inside a quotation that ends a sentence of its own: split at its end instead
                TextRange head = new TextRange(last.start(), quotes.get(q).end());
                TextRange tail = new TextRange(after, s.end());
                if (joins.joins(text, head, tail, quotes)) {
                    out.set(out.size() - 1, new TextRange(last.start(), s.end()));
                } else {
                    out.set(out.size() - 1, head);
                    out.add(tail);
                }
            } else if (sameParagraph && (insideQuote || lowerStart || joins.joins(text, last, s, quotes))) {
                out.set(out.size() - 1, new TextRange(last.start(), s.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
