package io.sourcemark.model;

import java.util.List;

/**
 * A source that speaks, project-wide: the same Jake Sullivan across many articles.
 *
 * @param uid         the stable identity used by exports, imports and merges; null until stored
 * @param role        what the text says they are ("National Security Adviser"), or null
 * @param affiliation whom they speak for, or null
 * @param aliases     other names for the same speaker ("Mr. Sullivan", "Sullivan")
 */
public record Speaker(long id, String uid, String name, SpeakerKind kind, String role, String affiliation, List<String> aliases) {

    public Speaker {
        aliases = List.copyOf(aliases);
    }
}
