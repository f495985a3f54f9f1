package io.sourcemark.model;

/** What sort of source a speaker is. */
public enum SpeakerKind {
    PERSON,
    ORGANIZATION,
    MEDIA,
    GOVERNMENT_BODY,
    ANONYMOUS,
    GROUP
}
