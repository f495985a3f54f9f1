package io.sourcemark.service;

import io.sourcemark.analysis.DetectedSpeaker;
import io.sourcemark.model.Speaker;
import io.sourcemark.store.SpeakerRepository;

import java.util.List;
import java.util.Optional;

/** Finds the project-wide speaker for a speaker the engine found in one article, creating it when new. */
final class SpeakerDirectory {

    private final SpeakerRepository repository;

    SpeakerDirectory(SpeakerRepository repository) {
        this.repository = repository;
    }

    /**
     * @param body the article's text, where the speaker's mentions are: their short forms of the name become
     *             aliases ({@link MentionAliases}), unless another speaker has that name or alias already
     */
    long idFor(DetectedSpeaker detected, String body) {
        Optional<Speaker> known = repository.findByNameOrAlias(detected.name());
        if (known.isPresent()) {
            Speaker speaker = known.get();
            List<String> aliases = withNewAliases(speaker.id(), speaker.name(), speaker.aliases(),
                    MentionAliases.of(detected, body));
            String role = speaker.role() == null ? detected.role() : speaker.role();
            if (!aliases.equals(speaker.aliases()) || !java.util.Objects.equals(role, speaker.role())) {
                repository.update(new Speaker(speaker.id(), speaker.uid(), speaker.name(), speaker.kind(), role,
                        speaker.affiliation(), aliases));
            }
            return speaker.id();
        }
        List<String> aliases = withNewAliases(0, detected.name(), List.of(), MentionAliases.of(detected, body));
        return repository.insert(new Speaker(0, null, detected.name(), detected.kind(), detected.role(), null,
                aliases)).id();
    }

    private List<String> withNewAliases(long speakerId, String name, List<String> kept, List<String> found) {
        List<String> aliases = new java.util.ArrayList<>(kept);
        for (String alias : found) {
            boolean had = alias.equalsIgnoreCase(name) || aliases.stream().anyMatch(alias::equalsIgnoreCase);
            // another speaker's name or alias stays theirs: the same words cannot find two people
            boolean taken = repository.findByNameOrAlias(alias).map(s -> s.id() != speakerId).orElse(false);
            if (!had && !taken) {
                aliases.add(alias);
            }
        }
        return aliases;
    }
}
