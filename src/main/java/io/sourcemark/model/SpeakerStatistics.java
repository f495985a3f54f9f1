package io.sourcemark.model;


import java.util.Map;

/** A speaker's statements counted, in all and by verdict (zeros included), and the articles they are in. */
public record SpeakerStatistics(long speakerId, String name, int statements, int articles,
                                Map<Verdict, Integer> byVerdict) {

    public SpeakerStatistics {
        byVerdict = Map.copyOf(byVerdict);
    }
}
