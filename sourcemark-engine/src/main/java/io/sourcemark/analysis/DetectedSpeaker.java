package io.sourcemark.analysis;

import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.TextRange;
import java.util.List;

/** A speaker of the article: a cluster of mentions. role may be null ("Kremlin spokesman"). */
public record DetectedSpeaker(String name, SpeakerKind kind, String role, List<TextRange> mentions) {

    public DetectedSpeaker {
        mentions = List.copyOf(mentions);
    }
}
