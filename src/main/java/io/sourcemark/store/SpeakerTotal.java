package io.sourcemark.store;

/** A speaker of the project with the number of its statements and of the articles they are in. */
public record SpeakerTotal(long speakerId, String name, String kind, int statements, int articles) {
}
