package io.sourcemark.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast rule tokenizer: words (letters and digits with inner apostrophes, hyphens, periods of abbreviations such
 * as "U.S."), single punctuation marks, and each quotation span as one QUOTE token.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<Token> tokens(String text, int from, int to, List<QuoteSpan> quotes) {
        List<Token> out = new ArrayList<>();
        int q = firstQuoteAtOrAfter(quotes, from);
        int i = from;
        while (i < to) {
            if (q < quotes.size() && quotes.get(q).start() == i) {
                int end = Math.min(to, quotes.get(q).end());
                out.add(new Token(i, end, text.substring(i, end), Token.Kind.QUOTE));
                i = end;
                q++;
                continue;
            }
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                int j = wordEnd(text, next, to);
                out.add(new Token(i, j, text.substring(i, j), Token.Kind.WORD));
                i = j;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                i = next;
            } else {
                out.add(new Token(i, Math.min(next, to), text.substring(i, Math.min(next, to)), Token.Kind.PUNCT));
                i = next;
            }
            while (q < quotes.size() && quotes.get(q).start() < i) {
                q++;
            }
        }
        return out;
    }

    private static int wordEnd(String text, int i, int to) {
        while (i < to) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                i += Character.charCount(cp);
            } else if ((cp == '\'' || cp == '\u2019' || cp == '-' || cp == '.') && i + 1 < to
                    && Character.isLetterOrDigit(text.charAt(i + 1)) && !(cp == '.' && isWordy(text, i + 1, to))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * After a period, a capitalised run of two or more letters is a new word ("end.Next"); a single letter
     * ("U.S.") or a lower-case run ("UOL.com.br") stays in the word.
     */
    private static boolean isWordy(String text, int i, int to) {
        int j = i;
        while (j < to && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j - i >= 2 && Character.isUpperCase(text.charAt(i));
    }

    private static int firstQuoteAtOrAfter(List<QuoteSpan> quotes, int from) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
