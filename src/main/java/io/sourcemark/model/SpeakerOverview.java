package io.sourcemark.model;

/** A speaker as the Speakers tab lists it: with how many statements of the library are theirs. */
public record SpeakerOverview(Speaker speaker, int statements) {
}
