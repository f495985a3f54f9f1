package io.sourcemark.analysis;

import io.sourcemark.model.TextRange;
import java.util.List;

/**
 * A quote found in an article.
 *
 * <p>range: outer extent of the content (direct: includes its quotation marks). fragments: the continuous pieces
 * of the content (one for a simple quote). quotedSpans: the quotation-mark pieces of direct and mixed quotes, marks
 * included; empty for indirect quotes and transcript turns. speakerMention: the source mention in that sentence, or
 * null; speakerText its text. speakerIndex: index into {@link Analysis#speakers()} of the canonical speaker, or -1;
 * speakerName its name (or null). cue: range of the reporting verb or phrase, or null; cueText its text.
 */
public record DetectedQuote(TextRange range, QuoteKind kind, List<TextRange> fragments, List<TextRange> quotedSpans,
                            TextRange speakerMention, String speakerText, int speakerIndex, String speakerName,
                            TextRange cue, String cueText, double confidence) {

    public DetectedQuote {
        fragments = List.copyOf(fragments);
        quotedSpans = List.copyOf(quotedSpans);
    }
}
