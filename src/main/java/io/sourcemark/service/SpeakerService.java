package io.sourcemark.service;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.ArticleStatements;
import io.sourcemark.model.Link;
import io.sourcemark.model.Origin;
import io.sourcemark.model.SpeakerOverview;
import io.sourcemark.model.Relation;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.SpeakerKind;
import io.sourcemark.model.StatementInArticle;
import io.sourcemark.store.Repositories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who speaks: the speaker of a statement, the project's speakers (edit, merge, split an alias off) and who said what
 * across the library. Every change is one step of the history; undo of a merge splits the two back, row for row.
 */
public final class SpeakerService {

    private final Project project;

    public SpeakerService(Project project) {
        this.project = project;
    }

    /** Ties the statement (or mention) to an existing speaker. */
    public Annotation setSpeaker(long annotationId, long speakerId) {
        return project.change("Set speaker", tx -> {
            Speaker speaker = speaker(tx, speakerId);
            tx.label("Set speaker to " + speaker.name());
            return tie(tx, annotationId, speaker.id());
        });
    }

    /**
     * Ties the statement to the speaker the analyst typed: the one of that name or alias, whatever its letter case,
     * else a new speaker (a person) of that name. A blank name takes the speaker away.
     */
    public Annotation setSpeakerByName(long annotationId, String typed) {
        if (typed == null || typed.isBlank()) {
            return project.change("Remove speaker", tx -> tie(tx, annotationId, null));
        }
        String name = typed.strip();
        return project.change("Set speaker to " + name, tx -> {
            Optional<Speaker> known = tx.speakers().findByNameOrAlias(name);
            if (known.isPresent()) {
                tx.label("Set speaker to " + known.get().name());
                return tie(tx, annotationId, known.get().id());
            }
            tx.label("Create speaker " + name);
            Speaker created = tx.speakers().insert(new Speaker(0, null, name, SpeakerKind.PERSON, null, null,
                    List.of()));
            return tie(tx, annotationId, created.id());
        });
    }

    /**
     * Ties the statement to the speaker of a mention in the text and records it as a "said by" link from the
     * statement to the mention. A mention with no speaker yet gets the one its words name (created when new).
     */
    public Annotation setSpeakerFromMention(long statementId, long mentionId) {
        return project.change("Link to speaker", tx -> {
            Annotation mention = annotation(tx, mentionId);
            if (mention.kind() != Kind.SPEAKER) {
                throw new IllegalArgumentException("Click a speaker mention (a highlighted name) to link the "
                        + "statement to its speaker.");
            }
            Annotation statement = annotation(tx, statementId);
            if (!statement.kind().isStatement()) {
                throw new IllegalArgumentException("Only a quote or a claim can be linked to its speaker.");
            }
            long speakerId = mention.speakerId() != null ? mention.speakerId()
                    : tx.speakers().findByNameOrAlias(mention.exact()).map(Speaker::id).orElseGet(() ->
                    tx.speakers().insert(new Speaker(0, null, mention.exact().strip(), SpeakerKind.PERSON, null,
                            null, List.of())).id());
            if (mention.speakerId() == null) {
                tx.annotations().update(mention.withSpeaker(speakerId));
            }
            tx.label("Link to speaker " + speaker(tx, speakerId).name());
            boolean linked = tx.links().forAnnotation(statementId).stream().anyMatch(l ->
                    l.fromAnnotationId() == statementId && l.toAnnotationId() == mentionId
                            && l.relation() == Relation.SAID_BY);
            if (!linked) {
                tx.links().insert(new Link(0, null, statementId, mentionId, Relation.SAID_BY, null));
            }
            return tie(tx, statementId, speakerId);
        });
    }

    /**
     * Changes a speaker's name, kind, role, affiliation and aliases; another speaker's name is refused, as the name
     * and as a new alias: a mention by that name would be tied to either.
     */
    public Speaker edit(Speaker edited) {
        String name = SpeakerNames.required(edited.name());
        return project.change("Edit speaker " + name, tx -> {
            Speaker before = speaker(tx, edited.id());
            tx.speakers().findByNameOrAlias(name)
                    .filter(other -> other.id() != before.id() && SpeakerNames.isNamed(other, name))
                    .ifPresent(other -> {
                        throw new IllegalArgumentException("“" + other.name() + "” is already the name of another "
                                + "speaker. Merge the two speakers instead.");
                    });
            Speaker after = new Speaker(before.id(), before.uid(), name,
                    edited.kind() == null ? before.kind() : edited.kind(), SpeakerNames.optional(edited.role()),
                    SpeakerNames.optional(edited.affiliation()), SpeakerNames.aliases(name, edited.aliases()));
            for (String alias : after.aliases()) {
                tx.speakers().findByNameOrAlias(alias)
                        .filter(other -> other.id() != before.id() && SpeakerNames.isNamed(other, alias))
                        .ifPresent(other -> {
                            throw new IllegalArgumentException("“" + other.name() + "” is the name of another "
                                    + "speaker, not an alias. Merge the two speakers instead.");
                        });
            }
            if (!after.equals(before)) {
                tx.speakers().update(after);
            }
            return after;
        });
    }

    /**
     * Merges {@code mergedId} into {@code keptId}: every statement and mention of the merged speaker becomes the
     * kept one's, the merged name and aliases become aliases, an empty role or affiliation is filled from it, and the
     * merged speaker is gone. Undo splits them back as they were.
     */
    public Speaker merge(long keptId, long mergedId) {
        if (keptId == mergedId) {
            throw new IllegalArgumentException("Choose two different speakers to merge.");
        }
        return project.change("Merge speakers", tx -> {
            Speaker kept = speaker(tx, keptId);
            Speaker merged = speaker(tx, mergedId);
            tx.label("Merge " + merged.name() + " into " + kept.name());
            List<String> aliases = new ArrayList<>(kept.aliases());
            aliases.add(merged.name());
            aliases.addAll(merged.aliases());
            Speaker after = new Speaker(kept.id(), kept.uid(), kept.name(), kept.kind(),
                    kept.role() != null ? kept.role() : merged.role(),
                    kept.affiliation() != null ? kept.affiliation() : merged.affiliation(),
                    SpeakerNames.aliases(kept.name(), aliases));
            tx.attributions().moveAll(merged.id(), merged.name(), kept.id());
            tx.speakers().delete(merged.id());
            tx.speakers().update(after);
            return after;
        });
    }

    /**
     * Makes one of a speaker's aliases a speaker of its own (of the same kind): the mentions whose words are that
     * alias go with it, so do the statements linked to those mentions as "said by", and so does every statement or
     * mention that a merge brought in from a speaker of that name.
     *
     * @return the new speaker
     */
    public Speaker splitAlias(long speakerId, String alias) {
        return project.change("Split alias", tx -> {
            Speaker source = speaker(tx, speakerId);
            String key = SpeakerNames.key(alias == null ? "" : alias);
            String found = source.aliases().stream().filter(a -> SpeakerNames.key(a).equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("“" + alias + "” is not an alias of "
                            + source.name() + "."));
            tx.speakers().findByNameOrAlias(found).filter(other -> other.id() != source.id()
                    && SpeakerNames.isNamed(other, found)).ifPresent(other -> {
                        throw new IllegalArgumentException("“" + other.name() + "” is already a speaker of its own.");
                    });
            tx.label("Split " + found + " off " + source.name());
            tx.speakers().update(new Speaker(source.id(), source.uid(), source.name(), source.kind(), source.role(),
                    source.affiliation(), source.aliases().stream().filter(a -> !a.equals(found)).toList()));
            Speaker split = tx.speakers().insert(new Speaker(0, null, found, source.kind(), null, null, List.of()));
            for (StatementInArticle mention : tx.attributions().mentionsOf(source.id())) {
                if (SpeakerNames.key(mention.exact()).equals(key)) {
                    tx.annotations().update(annotation(tx, mention.annotationId()).withSpeaker(split.id()));
                    for (Link link : tx.links().forAnnotation(mention.annotationId())) {
                        if (link.relation() == Relation.SAID_BY && link.toAnnotationId() == mention.annotationId()) {
                            tx.annotations().find(link.fromAnnotationId())
                                    .filter(a -> a.speakerId() != null && a.speakerId() == source.id())
                                    .ifPresent(a -> tx.annotations().update(a.withSpeaker(split.id())));
                        }
                    }
                }
            }
            // a statement whose speaker was chosen by name has no mention to follow: it goes back by the name it
            // was tied to before the merge
            tx.attributions().mergedInto(source.id()).forEach((annotationId, name) -> {
                if (SpeakerNames.key(name).equals(key)) {
                    tx.annotations().update(annotation(tx, annotationId).withSpeaker(split.id()));
                }
            });
            return split;
        });
    }

    // Reads

    /** Every speaker of the project, by name, with the number of their statements. */
    public List<SpeakerOverview> speakers() {
        return project.read(tx -> {
            Map<Long, Integer> counts = tx.attributions().statementCounts();
            return tx.speakers().list().stream()
                    .map(s -> new SpeakerOverview(s, counts.getOrDefault(s.id(), 0))).toList();
        });
    }

    /**
     * The speakers the article's highlights are tied to, each with the number of their statements in this article
     * (0 for a speaker only mentioned there).
     */
    public Map<Long, Integer> speakersIn(long articleId) {
        return project.read(tx -> {
            Map<Long, Integer> counts = tx.attributions().statementCountsIn(articleId);
            Map<Long, Integer> speakers = new HashMap<>();
            for (Long id : tx.speakers().namesInArticle(articleId).keySet()) {
                speakers.put(id, counts.getOrDefault(id, 0));
            }
            counts.forEach(speakers::putIfAbsent);
            return Map.copyOf(speakers);
        });
    }

    /** The ids of the speakers the article's highlights are tied to. */
    public Set<Long> speakerIdsIn(long articleId) {
        return project.read(tx -> Set.copyOf(tx.speakers().namesInArticle(articleId).keySet()));
    }

    public Optional<Speaker> find(long speakerId) {
        return project.read(tx -> tx.speakers().find(speakerId));
    }

    /** Who said what: the speaker's statements across the library, grouped by article (by title), with verdicts. */
    public List<ArticleStatements> statementsOf(long speakerId) {
        List<StatementInArticle> all = project.read(tx -> tx.attributions().statementsOf(speakerId));
        Map<Long, List<StatementInArticle>> byArticle = new LinkedHashMap<>();
        all.forEach(s -> byArticle.computeIfAbsent(s.articleId(), id -> new ArrayList<>()).add(s));
        return byArticle.values().stream()
                .map(group -> new ArticleStatements(group.get(0).articleId(), group.get(0).articleTitle(), group))
                .toList();
    }

    private static Annotation tie(Repositories tx, long annotationId, Long speakerId) {
        Annotation before = annotation(tx, annotationId);
        if (before.kind() == Kind.TAG) {
            throw new IllegalArgumentException("A tag has no speaker; choose a quote, a claim or a speaker mention.");
        }
        Annotation after = before.withSpeaker(speakerId);
        if (!after.equals(before)) {
            // the analyst said who speaks: the suggestion is reviewed, as when its kind or edges change, so that
            // detecting again leaves the speaker be and "Reject all suggested" leaves the statement alone
            if (before.origin() == Origin.DETECTED) {
                after = after.withOrigin(Origin.CONFIRMED);
            }
            tx.annotations().update(after);
        }
        tx.focus(before.articleId(), annotationId);
        return after;
    }

    static Annotation annotation(Repositories tx, long annotationId) {
        return tx.annotations().find(annotationId)
                .orElseThrow(() -> new IllegalArgumentException("This highlight no longer exists in the project."));
    }

    private static Speaker speaker(Repositories tx, long speakerId) {
        return tx.speakers().find(speakerId)
                .orElseThrow(() -> new IllegalArgumentException("This speaker no longer exists in the project."));
    }
}
