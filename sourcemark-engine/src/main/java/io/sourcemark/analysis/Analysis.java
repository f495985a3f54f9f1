package io.sourcemark.analysis;

import java.util.List;

/** The result of analysing one article body: quotes, check-worthy claims and the speakers they belong to. */
public record Analysis(List<DetectedQuote> quotes, List<DetectedClaim> claims, List<DetectedSpeaker> speakers) {

    public Analysis {
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        speakers = List.copyOf(speakers);
    }
}
