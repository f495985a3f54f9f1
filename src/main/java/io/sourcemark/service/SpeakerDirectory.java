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

    long idFor(DetectedSpeaker detected) {
        Optional<Speaker> known = repository.findByNameOrAlias(detected.name());
        if (known.isPresent()) {
            Speaker speaker = known.get();
            if (speaker.role() == null && detected.role() != null) {
                repository.update(new Speaker(speaker.id(), speaker.uid(), speaker.name(), speaker.kind(),
                        detected.role(), speaker.affiliation(), speaker.aliases()));
            }
            return speaker.id();
        }
        return repository.insert(new Speaker(0, null, detected.name(), detected.kind(), detected.role(), null,
                List.of())).id();
    }
}
