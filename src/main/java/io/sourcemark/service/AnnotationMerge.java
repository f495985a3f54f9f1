package io.sourcemark.service;

import io.sourcemark.export.InterchangeAnnotation;
import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.Evidence;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.model.TextRange;
import io.sourcemark.model.Verification;
import io.sourcemark.store.Repositories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges a file's annotations into one article of the project. The same annotation (same uid, or same kind and
 * range) is not added twice. When the project's is a suggestion nobody has worked on, it takes the file's version
 * (the other analyst's review); otherwise each value the project lacks is filled in from the file, and each value
 * both have, differently, is listed as a conflict and left as the project has it. Tags, evidence and links only add.
 */
final class AnnotationMerge {

    private final Repositories tx;
    private final MergeTally tally;
    private final Article article;
    private final Map<String, Long> speakers;
    private final Map<String, Long> tags;
    private final boolean described;
    private final Map<String, Annotation> byUid = new HashMap<>();
    /** By kind and range: a suggestion and its twin made by hand share one, in the order the project has them. */
    private final Map<Key, List<Annotation>> byKey = new HashMap<>();
    /** The file's own, once added: a file that repeats one (same kind, range and origin) adds it once. */
    private final Map<AddedKey, Annotation> added = new HashMap<>();

    /**
     * @param described whether the file describes its evidence (W3C) or gives only addresses (brat), which an
     *                  address the project has already matches whatever the project says of it
     */
    AnnotationMerge(Repositories tx, MergeTally tally, Article article, Map<String, Long> speakers,
                    Map<String, Long> tags, boolean described) {
        this.described = described;
        this.tx = tx;
        this.tally = tally;
        this.article = article;
        this.speakers = speakers;
        this.tags = tags;
        for (Annotation a : tx.annotations().forArticle(article.id())) {
            byUid.put(a.uid(), a);
            byKey.computeIfAbsent(new Key(a.kind(), a.range()), k -> new ArrayList<>()).add(a);
            if (a.suggestedKind() != null && a.suggestedKind() != a.kind()) {
                byKey.computeIfAbsent(new Key(a.suggestedKind(), a.range()), k -> new ArrayList<>()).add(a);
            }
        }
    }

    /** @return the project's id of the annotation, or empty when it was left out */
    Optional<Long> merge(InterchangeAnnotation in) {
        Annotation incoming = placed(in);
        if (incoming.kind() == Kind.TAG && !in.tagUids().isEmpty() && in.tagUids().stream()
                .noneMatch(tags::containsKey)) {
            return Optional.empty(); // a tag span whose tags were all left out (each said so) would carry nothing
        }
        if (incoming.range().end() > article.body().length()
                || !incoming.exact().equals(incoming.range().of(article.body()))) {
            tally.leftOut.add("“" + article.meta().title() + "”: “" + abbreviated(incoming.exact()) + "” is not at "
                    + "its place in the project's text; it was left out.");
            return Optional.empty();
        }
        Annotation here = byUid.get(incoming.uid());
        if (here == null) {
            here = twin(new Key(incoming.kind(), incoming.range()), incoming.origin());
        }
        if (here == null && incoming.suggestedKind() != null) {
            here = twin(new Key(incoming.suggestedKind(), incoming.range()), incoming.origin());
        }
        if (here == null) {
            here = added.get(new AddedKey(incoming.kind(), incoming.range(), incoming.origin()));
        }
        long id;
        if (here == null) {
            boolean uidTaken = tx.annotations().findByUid(incoming.uid()).isPresent();
            Annotation added = tx.annotations().insert(uidTaken ? incoming.withUid(null) : incoming);
            // not matched by kind and range later: two of the file's own (a suggestion and its twin made by
            // hand) both stay, as in the project they come from
            byUid.put(added.uid(), added);
            this.added.put(new AddedKey(added.kind(), added.range(), added.origin()), added);
            tally.annotationsAdded++;
            id = added.id();
        } else {
            reconcile(here, incoming);
            id = here.id();
        }
        for (String tagUid : in.tagUids()) {
            Long tag = tags.get(tagUid);
            if (tag != null) {
                tx.tags().assign(id, tag);
            }
        }
        evidence(id, in.evidence(), subject(incoming));
        return Optional.of(id);
    }

    /** The file's annotation in this article, its speaker the project's. */
    private Annotation placed(InterchangeAnnotation in) {
        Annotation a = in.annotation();
        Long speaker = in.speakerUid() == null ? null : speakers.get(in.speakerUid());
        // a verdict on a suggestion accepts it, in a file as in the window: a file that says otherwise (written by
        // hand, or by another tool) would leave a checked statement out of every "reviewed only" export
        boolean checked = a.verification() != null && !a.verification().equals(Verification.UNCHECKED);
        Origin origin = checked && a.origin() == Origin.DETECTED ? Origin.CONFIRMED : a.origin();
        return new Annotation(0, a.uid(), article.id(), a.kind(), origin, a.range(), a.pieces(), a.exact(),
                a.prefix(), a.suffix(), speaker, a.cue(), a.score(), a.category(), a.suggestedKind(),
                a.verification(), a.note());
    }

    private void reconcile(Annotation here, Annotation incoming) {
        Annotation merged;
        if (untouched(here)) {
            merged = new Annotation(here.id(), here.uid(), here.articleId(), incoming.kind(), incoming.origin(),
                    here.range(), piecesOf(here, incoming), here.exact(), here.prefix(), here.suffix(),
                    incoming.speakerId() != null ? incoming.speakerId() : here.speakerId(),
                    incoming.cue() != null ? incoming.cue() : here.cue(), here.score(),
                    incoming.category() != null ? incoming.category() : here.category(),
                    here.suggestedKind(), incoming.verification(), incoming.note());
        } else {
            String subject = subject(here);
            Field f = new Field(subject);
            if (here.kind() != incoming.kind()) {
                f.conflict("kind", ProjectMerge.words(here.kind()), ProjectMerge.words(incoming.kind()));
            }
            if (!here.range().equals(incoming.range())) {
                f.conflict("range", text(here.range()), text(incoming.range()));
            }
            merged = here.withOrigin(origin(f, here.origin(), incoming.origin()))
                    .withPieces(f.pick("parts", here.pieces(), incoming.pieces(), List.of(), p -> p.toString()))
                    .withSpeaker(f.pick("speaker", here.speakerId(), incoming.speakerId(), null, this::speakerName))
                    .withCue(f.pick("cue", here.cue(), incoming.cue(), null, this::text))
                    .withCategory(f.pick("category", here.category(), incoming.category(), null, ProjectMerge::words))
                    .withVerification(verification(f, here, incoming))
                    .withNote(f.pick("note", here.note(), incoming.note(), null, n -> "“" + n + "”"));
        }
        if (merged.equals(here)) {
            tally.annotationsIdentical++;
            return;
        }
        tx.annotations().update(merged);
        tally.annotationsUpdated++;
        // a later annotation of the file may be the same again (a suggestion and its twin made by hand)
        byUid.put(merged.uid(), merged);
        byKey.values().forEach(same -> same.replaceAll(a -> a.id() == merged.id() ? merged : a));
        added.replaceAll((key, a) -> a.id() == merged.id() ? merged : a);
    }

    /**
     * The project's annotation of this kind and range; of a suggestion, a rejected one and a twin made by hand, the
     * one of the file's kind of origin (a format without uids, brat, tells them apart only so), else one that is not
     * rejected, else the rejected one.
     */
    private Annotation twin(Key key, Origin origin) {
        List<Annotation> same = byKey.getOrDefault(key, List.of());
        return same.stream().filter(a -> standing(a.origin()) == standing(origin)).findFirst()
                .or(() -> same.stream().filter(a -> a.origin() != Origin.REJECTED).findFirst())
                .orElse(same.isEmpty() ? null : same.get(0));
    }

    /** A suggestion, a rejected suggestion, or the analyst's (accepted or made by hand). */
    private static int standing(Origin origin) {
        return origin == Origin.DETECTED ? 0 : origin == Origin.REJECTED ? 1 : 2;
    }

    /**
     * The file's pieces; a file that gives none keeps the project's: brat has no way to write the quoted words of a
     * mixed quote, and a quote of the same kind without its pieces is no one's review.
     */
    private static List<TextRange> piecesOf(Annotation here, Annotation incoming) {
        return incoming.pieces().isEmpty() && incoming.kind() == here.kind() ? here.pieces() : incoming.pieces();
    }

    private Origin origin(Field f, Origin here, Origin incoming) {
        if (here == incoming || incoming == Origin.DETECTED || reviewed(here) && reviewed(incoming)) {
            return here;
        }
        if (here == Origin.DETECTED) {
            return incoming;
        }
        f.conflict("review", ProjectMerge.words(here), ProjectMerge.words(incoming));
        return here;
    }

    private static boolean reviewed(Origin origin) {
        return origin == Origin.CONFIRMED || origin == Origin.MANUAL;
    }

    private static Verification verification(Field f, Annotation here, Annotation incoming) {
        if (!here.kind().isStatement()) {
            return here.verification();
        }
        Verification unset = Verification.UNCHECKED;
        Verification mine = here.verification() == null ? unset : here.verification();
        Verification theirs = incoming.verification() == null ? unset : incoming.verification();
        return f.pick("verification", mine, completed(theirs, mine), unset, AnnotationMerge::describe);
    }

    /**
     * The file's verification with what it leaves unsaid taken from the project's, when both give the same verdict
     * and status: brat carries only those two, and saying less is not saying otherwise.
     */
    private static Verification completed(Verification theirs, Verification mine) {
        if (theirs.verdict() != mine.verdict() || theirs.status() != mine.status()) {
            return theirs;
        }
        return new Verification(theirs.verdict(), theirs.status(),
                theirs.rationale() != null ? theirs.rationale() : mine.rationale(),
                theirs.reviewer() != null ? theirs.reviewer() : mine.reviewer(),
                theirs.reviewedAt() != null ? theirs.reviewedAt() : mine.reviewedAt());
    }

    /** A suggestion the analyst has not reviewed nor worked on: nothing of theirs to keep. */
    private boolean untouched(Annotation a) {
        return a.origin() == Origin.DETECTED && !AnalystWork.carriedBy(tx, a);
    }

    private void evidence(long annotationId, List<Evidence> incoming, String subject) {
        List<Evidence> here = tx.evidence().forAnnotation(annotationId);
        for (Evidence e : incoming) {
            if (!addressOfAPlace(e.url())) {
                String address = e.url() == null ? "" : Text.abbreviated(e.url().strip());
                tally.leftOut.add("“" + article.meta().title() + "”: the evidence “" + address + "” of " + subject
                        + " is not the address of a place on a network (such as https://…); it was left out.");
                continue;
            }
            Optional<Evidence> same = here.stream().filter(h -> h.uid().equals(e.uid())).findFirst()
                    .or(() -> here.stream().filter(h -> h.url().equals(e.url())).findFirst());
            if (same.isPresent()) {
                Evidence h = same.get();
                if (described && (!Objects.equals(h.title(), e.title()) || !Objects.equals(h.note(), e.note())
                        || h.stance() != e.stance() || !Objects.equals(h.accessed(), e.accessed()))) {
                    tally.conflicts.add(new MergeConflict(article.meta().title(), subject, "evidence " + e.url(),
                            describe(h), describe(e)));
                }
                continue;
            }
            boolean uidTaken = e.uid() == null || tx.evidence().findByUid(e.uid()).isPresent();
            tx.evidence().insert(new Evidence(0, uidTaken ? null : e.uid(), annotationId, e.url(), e.title(),
                    e.note(), e.stance(), e.accessed()));
            tally.evidenceAdded++;
        }
    }

    private String subject(Annotation a) {
        return ProjectMerge.words(a.kind()) + " “" + abbreviated(a.exact()) + "”";
    }

    private String speakerName(Long id) {
        return tx.speakers().find(id).map(s -> s.name()).orElse("speaker " + id);
    }

    private String text(TextRange range) {
        return "“" + abbreviated(range.of(article.body())) + "” at " + range.start() + "–" + range.end();
    }

    private static String describe(Verification v) {
        return ProjectMerge.words(v.verdict()) + " (" + ProjectMerge.words(v.status()) + ")"
                + (v.rationale() == null ? "" : ", “" + abbreviated(v.rationale()) + "”")
                + (v.reviewer() == null ? "" : ", by " + v.reviewer());
    }

    private static String describe(Evidence e) {
        return ProjectMerge.words(e.stance()) + (e.title() == null ? "" : ", “" + e.title() + "”")
                + (e.accessed() == null ? "" : ", accessed " + e.accessed());
    }

    private static String abbreviated(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
    }

    /**
     * Evidence a project may hold: a web address, or another network address with a host that another project kept
     * (ftp://archive…); never a script, data or local file, which name no place and could run something.
     */
    private static boolean addressOfAPlace(String url) {
        if (url == null) {
            return false;
        }
        if (WebLinks.web(url).isPresent()) {
            return true;
        }
        try {
            java.net.URI uri = new java.net.URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            return !scheme.isEmpty() && !scheme.equals("file") && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** "The same annotation" when uids differ: the same kind over the same range. */
    private record Key(Kind kind, TextRange range) {
    }

    /** One of the file's annotations already added in this merge. */
    private record AddedKey(Kind kind, TextRange range, Origin origin) {
    }

    /** Picks each value under the merge's rule, listing the conflicts of one annotation. */
    private final class Field {
        private final String subject;

        Field(String subject) {
            this.subject = subject;
        }

        <T> T pick(String field, T here, T incoming, T unset, java.util.function.Function<T, String> words) {
            if (Objects.equals(here, incoming) || Objects.equals(incoming, unset)) {
                return here;
            }
            if (Objects.equals(here, unset)) {
                return incoming;
            }
            conflict(field, words.apply(here), words.apply(incoming));
            return here;
        }

        void conflict(String field, String here, String incoming) {
            tally.conflicts.add(new MergeConflict(article.meta().title(), subject, field, here, incoming));
        }
    }
}
