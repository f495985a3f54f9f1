package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.List;

/**
 * What the claim step knows of an article besides the words of a sentence: the quotation-mark spans, the engine's
 * quotes (reported speech, with speakers and cues), the speakers the quotes point to, the paragraphs and which of
 * them are transcript turns. Spans and quotes are sorted and do not overlap, so their ends are sorted too.
 */
record ClaimContext(String text, List<TextRange> paragraphs, boolean[] turnParagraphs, List<QuoteSpan> quoteSpans,
                    List<DetectedQuote> quotes, List<DetectedSpeaker> speakers) {

    /** The speaker a quote's speakerIndex points to, or null. */
    DetectedSpeaker speaker(DetectedQuote q) {
        return q.speakerIndex() >= 0 && q.speakerIndex() < speakers.size() ? speakers.get(q.speakerIndex()) : null;
    }

    /** Index of the first quotation-mark span that ends after offset. */
    int firstSpanAfter(int offset) {
        int lo = 0;
        int hi = quoteSpans.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quoteSpans.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first quote that ends after offset. */
    int firstQuoteAfter(int offset) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).range().end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The quotation-mark spans that overlap s. */
    List<QuoteSpan> spansIn(TextRange s) {
        int from = firstSpanAfter(s.start());
        int to = from;
        while (to < quoteSpans.size() && quoteSpans.get(to).start() < s.end()) {
            to++;
        }
        return quoteSpans.subList(from, to);
    }

    /** The quotes whose extent overlaps s. */
    List<DetectedQuote> quotesIn(TextRange s) {
        int from = firstQuoteAfter(s.start());
        int to = from;
        while (to < quotes.size() && quotes.get(to).range().start() < s.end()) {
            to++;
        }
        return quotes.subList(from, to);
    }
}
