package io.sourcemark.analysis;

import io.sourcemark.model.ClaimCategory;
import io.sourcemark.model.TextRange;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Files a check-worthy sentence under one category by the strongest kind of checkable content it has: legal or
 * official status first, then numbers, comparisons and records, causes, what a policy does; a sentence with none
 * of these is a quoted claim when it is someone's speech, and otherwise a claim that something happened.
 */
final class ClaimCategories {

    private final ClaimLexicon lexicon;

    ClaimCategories(ClaimLexicon lexicon) {
        this.lexicon = lexicon;
    }

    ClaimCategory of(ClaimContext c, TextRange s) {
        Set<ClaimLexicon.Group> groups = EnumSet.noneOf(ClaimLexicon.Group.class);
        boolean number = false;
        for (Token t : Tokenizer.tokens(c.text(), s.start(), s.end(), List.of())) {
            if (t.isWord()) {
                groups.addAll(lexicon.of(ClaimLexicon.lower(t.text())));
                number |= Character.isDigit(t.text().charAt(0));
            } else {
                number |= "$%€£".contains(t.text());
            }
        }
        if (groups.contains(ClaimLexicon.Group.LEGAL)) {
            return ClaimCategory.LEGAL;
        }
        if (number || groups.contains(ClaimLexicon.Group.NUMBER)) {
            return ClaimCategory.STATISTIC;
        }
        if (groups.contains(ClaimLexicon.Group.COMPARISON)) {
            return ClaimCategory.COMPARISON;
        }
        if (groups.contains(ClaimLexicon.Group.CAUSE)) {
            return ClaimCategory.CAUSAL;
        }
        if (groups.contains(ClaimLexicon.Group.POLICY)) {
            return ClaimCategory.POLICY;
        }
        return isSpeech(c, s) ? ClaimCategory.QUOTED : ClaimCategory.EVENT;
    }

    /** Half the sentence in quotation marks, or part of the engine's quotes and reported speech. */
    private static boolean isSpeech(ClaimContext c, TextRange s) {
        int quoted = 0;
        for (QuoteSpan q : c.spansIn(s)) {
            quoted += Math.max(0, Math.min(q.end(), s.end()) - Math.max(q.start(), s.start()));
        }
        if (quoted * 2 >= s.length()) {
            return true;
        }
        for (DetectedQuote q : c.quotesIn(s)) {
            if (q.fragments().stream().anyMatch(f -> f.overlaps(s))) {
                return true;
            }
        }
        return false;
    }
}
