package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.List;
import java.util.Set;

/**
 * Where the sentence model splits too early: after an abbreviation inside a name ("said Sen.|Sefton J.|Eastholm"),
 * after a month before its day ("Aug.|4"), and between a quotation and the attribution that closes it
 * ("“Who pays?”|Dreyer asked at the meeting.", "“Enough!”|the crowd chanted as members arrived.").
 */
final class SentenceJoins {

    /** Words that may open the adjunct after a closing attribution ("asked at …", "shouted as …"). */
    private static final Set<String> ADJUNCT_STARTS = Set.of("at", "on", "in", "during", "after", "before", "from",
            "outside", "inside", "to", "as", "when", "while", "afterwards", "later", "earlier", "yesterday", "today",
            "tonight", "again", "loudly", "quietly", "angrily", "with", "into", "through", "over", "across", "near");

    /** Most words of the speaker before the verb ("Councillor Elin Halloran asked"). */
    private static final int SPEAKER_WORDS = 7;
    /** Most tokens of adjuncts after the closing verb. */
    private static final int MAX_ADJUNCT = 16;

    private final CueLexicon lexicon;

    SentenceJoins(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean joins(String text, TextRange last, TextRange next, List<QuoteSpan> quotes) {
        return afterAbbreviation(text, last, next) || quoteThenAttribution(text, last, next, quotes)
                || signatureAfterQuote(text, last, next);
    }

    /** "“…” ― Okonjo Calloway, 67": the dash signature belongs to the quotation before it. */
    private static boolean signatureAfterQuote(String text, TextRange last, TextRange next) {
        return "\"\u201D\u2019'\u00BB".indexOf(text.charAt(last.end() - 1)) >= 0
                && "\u2015\u2014\u2013".indexOf(text.charAt(next.start())) >= 0;
    }

    private static boolean afterAbbreviation(String text, TextRange last, TextRange next) {
        int end = last.end();
        if (end - last.start() < 2 || text.charAt(end - 1) != '.') {
            return false;
        }
        int w = end - 1;
        while (w > last.start() && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '-')) {
            w--;
        }
        if (w == end - 1 || w > last.start() && text.charAt(w - 1) == '.') {
            return false;
        }
        String word = text.substring(w, end - 1);
        char first = text.charAt(next.start());
        if (Abbreviations.beforeNumber(word) && Character.isDigit(first)) {
            return true;
        }
        return (Abbreviations.isTitle(word) && Character.isUpperCase(word.charAt(0)) || Abbreviations.isInitial(word))
                && Character.isUpperCase(first);
    }

    /** The next piece is only a speaker, a reporting verb and adjuncts, right after a closing quotation. */
    private boolean quoteThenAttribution(String text, TextRange last, TextRange next, List<QuoteSpan> quotes) {
        if ("\"\u201D\u2019'\u00BB".indexOf(text.charAt(last.end() - 1)) < 0) {
            return false;
        }
        List<Token> t = Tokenizer.tokens(text, next.start(), next.end(), quotes);
        int verb = -1;
        for (int i = 0; i < Math.min(t.size(), SPEAKER_WORDS + 1); i++) {
            Token tok = t.get(i);
            if (!tok.isWord() && !(tok.isPunct('.') && i > 0 && Abbreviations.inName(t.get(i - 1).text()))) {
                return false;
            }
            if (i > 0 && tok.isWord() && Character.isLowerCase(tok.text().charAt(0))
                    && lexicon.lookup(tok).map(CueLexicon.Entry::speech).orElse(false)
                    && !tok.text().endsWith("ing")) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        int after = verb + 1;
        return after >= t.size() || t.get(after).kind() == Token.Kind.PUNCT && ".!?".contains(t.get(after).text())
                && after == t.size() - 1 || t.get(after).isWord()
                && ADJUNCT_STARTS.contains(t.get(after).lower())
                && onlyAdjuncts(t, after);
    }

    /** A word that opens an adjunct after a closing verb ("asked at …", "shouted as …"). */
    static boolean opensAdjunct(Token t) {
        return ADJUNCT_STARTS.contains(t.lower());
    }

    /** "at Tessier's budget meeting on Monday.", not "on Radio Vell that the spillway …". */
    private static boolean onlyAdjuncts(List<Token> t, int from) {
        if (t.size() - from > MAX_ADJUNCT) {
            return false;
        }
        for (int i = from; i < t.size(); i++) {
            Token tok = t.get(i);
            if (tok.kind() == Token.Kind.QUOTE || tok.is("that") || tok.isPunct(':') || tok.isPunct(',')) {
                return false;
            }
        }
        return true;
    }
}
