package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.List;

/**
 * A paragraph that ends on a cue and a colon ("The Ivanov Herald reports:", "The mayor said in a statement:")
 * introduces the quotation of the next paragraph, and those that continue it.
 */
final class ColonLead {

    private ColonLead() {
    }

    /** The source and cue of a sentence "X cue:" with nothing after the colon, as a draft without content. */
    static Draft of(List<Token> t, List<CueMatch> cues, int paragraph) {
        int n = t.size();
        if (n < 3 || !t.get(n - 1).isPunct(':') || cues.isEmpty()) {
            return null;
        }
        CueMatch c = cues.get(cues.size() - 1);
        if (c.accordingTo() || c.participle() || CueAdjuncts.skipManner(t, c.last() + 1) != n - 1) {
            return null;
        }
        int[] subject = MentionFinder.subjectBefore(t, c.first(), 0);
        if (subject == null) {
            return null;
        }
        Draft d = new Draft(QuoteKind.DIRECT, 0.7);
        d.source = ClauseAttributor.range(t, subject);
        d.cue = CueAdjuncts.cueRange(t, c, n - 1);
        d.speech = c.entry().speech();
        d.paragraph = paragraph;
        return d;
    }

    /** The quotation opening the next paragraph, attributed to the lead. */
    static Draft under(Draft lead, List<Token> quotes, int paragraph) {
        Draft d = new Draft(QuoteKind.DIRECT, lead.confidence);
        for (Token q : quotes) {
            TextRange r = new TextRange(q.start(), q.end());
            d.fragments.add(r);
            d.quoted.add(r);
        }
        d.source = lead.source;
        d.cue = lead.cue;
        d.speech = lead.speech;
        d.paragraph = paragraph;
        return d;
    }
}
