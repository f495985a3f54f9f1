package io.sourcemark.export;

import io.sourcemark.model.Speaker;

/** One speaker in a report's summary: how often they are named, how many statements they make, how those rate. */
record SpeakerSummary(Speaker speaker, int mentions, int statements, String verdicts) {
}
