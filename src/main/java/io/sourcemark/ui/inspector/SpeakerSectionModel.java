package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerOverview;
import io.sourcemark.service.SpeakerService;
import io.sourcemark.ui.Changes;
import io.sourcemark.ui.Picking;
import io.sourcemark.ui.Selection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The speaker of the selected statement: typed with completion over the project's speakers and aliases (a new name
 * creates a speaker), or taken from a mention clicked in the text (P).
 */
public final class SpeakerSectionModel {

    /** How many completions are offered at once. */
    static final int COMPLETIONS = 12;

    private final Selection selection;
    private final SpeakerService speakers;
    private final Changes changes;
    private final Picking picking;
    // replaced whole when the speakers are read again
    private volatile Map<String, Long> completions = Map.of();
    private volatile Map<Long, Speaker> byId = Map.of();

    public SpeakerSectionModel(Selection selection, SpeakerService speakers, Changes changes, Picking picking) {
        this.selection = selection;
        this.speakers = speakers;
        this.changes = changes;
        this.picking = picking;
    }

    // Commands

    /** Reads the project's speakers again, for completion; {@code then} runs once they are in. */
    public void reloadSpeakers(Runnable then) {
        changes.read(speakers::speakers, all -> {
            show(all);
            then.run();
        });
    }

    /** Sets the selected statement's speaker to what the analyst typed (a completion, a name, an alias or blank). */
    public void setSpeaker(String typed) {
        Annotation target = selection.annotation();
        if (target == null || target.kind() == Kind.TAG) {
            return;
        }
        String text = typed == null ? "" : typed.strip();
        Long chosen = completions.get(text);
        if (chosen != null) {
            if (!chosen.equals(target.speakerId())) {
                changes.run(() -> speakers.setSpeaker(target.id(), chosen), "Speaker set",
                        a -> reloadSpeakers(() -> { }));
            }
            return;
        }
        if (text.isEmpty() && target.speakerId() == null) {
            return;
        }
        String name = text;
        changes.run(() -> speakers.setSpeakerByName(target.id(), name), name.isEmpty() ? "Speaker removed"
                : "Speaker set", a -> reloadSpeakers(() -> { }));
    }

    /** P: the next click on a speaker mention in the article gives the selected statement that mention's speaker. */
    public void pickMention() {
        Annotation target = selection.annotation();
        if (target == null || !target.kind().isStatement()) {
            changes.report("Select a quote or a claim first, then press P and click the name of its speaker.");
            return;
        }
        picking.start("Click a speaker mention in the article to link the statement to its speaker",
                "That is not a speaker mention: click a highlighted name",
                a -> a.kind() == Kind.SPEAKER && a.articleId() == target.articleId(),
                mention -> changes.run(() -> speakers.setSpeakerFromMention(target.id(), mention.id()),
                        "Linked to the speaker “" + mention.exact() + "”", a -> reloadSpeakers(() -> { })));
    }

    // Properties

    /** Completions for what has been typed: names and aliases containing it, those starting with it first. */
    List<String> completionsFor(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        List<String> found = new java.util.ArrayList<>();
        completions.keySet().stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).contains(needle))
                .sorted(java.util.Comparator.<String, Boolean>comparing(c -> !c.toLowerCase(Locale.ROOT)
                        .startsWith(needle)).thenComparing(String.CASE_INSENSITIVE_ORDER))
                .limit(COMPLETIONS).forEach(found::add);
        return found;
    }

    /** Whether Enter on {@code typed} would create a new speaker. */
    boolean isNew(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || completions.containsKey(text)) {
            return false;
        }
        String key = text.toLowerCase(Locale.ROOT);
        return byId.values().stream().noneMatch(s -> s.name().toLowerCase(Locale.ROOT).equals(key)
                || s.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key)));
    }

    Optional<Speaker> speakerOf(Annotation annotation) {
        return annotation == null || annotation.speakerId() == null ? Optional.empty()
                : Optional.ofNullable(byId.get(annotation.speakerId()));
    }

    public Selection selection() {
        return selection;
    }

    Picking picking() {
        return picking;
    }

    private void show(List<SpeakerOverview> all) {
        Map<String, Long> names = new LinkedHashMap<>();
        Map<Long, Speaker> speakersById = new LinkedHashMap<>();
        for (SpeakerOverview o : all) {
            Speaker s = o.speaker();
            speakersById.put(s.id(), s);
            names.putIfAbsent(s.name(), s.id());
        }
        for (SpeakerOverview o : all) {
            for (String alias : o.speaker().aliases()) {
                names.putIfAbsent(alias + " → " + o.speaker().name(), o.speaker().id());
            }
        }
        completions = Map.copyOf(names);
        byId = Map.copyOf(speakersById);
    }
}
