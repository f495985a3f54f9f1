package io.sourcemark.service;

import io.sourcemark.export.InterchangeAnnotation;
import io.sourcemark.export.InterchangeArticle;
import io.sourcemark.export.InterchangeTag;
import io.sourcemark.importer.ImportedArticle;
import io.sourcemark.model.Article;
import io.sourcemark.model.ArticleMeta;
import io.sourcemark.model.Link;
import io.sourcemark.model.Speaker;
import io.sourcemark.model.Tag;
import io.sourcemark.store.Repositories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Merges interchange articles into the project, one transaction per article, then their links in a last one (a link
 * may point to an article imported later). Everything is found by uid first: an article also by its text, a speaker
 * or a tag also by its name, an annotation also by its kind and range. What the project already has is never
 * overwritten: a value it lacks is filled in, a value it has otherwise is listed as a conflict.
 */
final class ProjectMerge {

    private final MergeTally tally;
    /** The project's id of each annotation of the files, by the file's uid. */
    private final Map<String, Long> annotationIds = new HashMap<>();
    private final List<PendingLink> links = new ArrayList<>();
    private final Set<String> speakersCompared = new HashSet<>();
    private final Set<String> tagsCompared = new HashSet<>();

    ProjectMerge(MergeTally tally) {
        this.tally = tally;
    }

    /**
     * @param source where the file was read from, named when the whole of it is refused
     * @return the project's id of the article, or empty when it was left out
     */
    Optional<Long> article(Repositories tx, InterchangeArticle file, String source) {
        InterchangeArticle in = withWebAddressOnly(file);
        String title = in.meta().title();
        String hash = ImportedArticle.contentHashOf(in.body());
        Optional<Article> byUid = in.uid() == null ? Optional.empty() : tx.articles().findByUid(in.uid());
        if (byUid.isPresent() && !byUid.get().contentHash().equals(hash)) {
            // nothing of the file is merged: a refusal, which the import's exit code and summary count
            tally.refused.add(new RefusedFile(source, "“" + title + "” was left out: the project has another text "
                    + "under the same identity."));
            return Optional.empty();
        }
        Optional<Article> existing = byUid.isPresent() ? byUid : tx.articles().findByHash(hash);
        Article target;
        if (existing.isEmpty()) {
            target = tx.articles().insert(in.uid(), in.meta(), in.body(), hash);
            if (in.note() != null) {
                tx.articles().updateNote(target.id(), in.note());
            }
            tally.articlesAdded++;
        } else {
            target = existing.get();
            mergeArticle(tx, target, in);
            tally.articlesMerged++;
        }
        Map<String, Long> speakers = new HashMap<>();
        for (Speaker speaker : in.speakers()) {
            speakers.put(speaker.uid(), speaker(tx, speaker, target.meta().title(), in.described()));
        }
        Map<String, Long> tags = tags(tx, in.tags(), target.meta().title());
        AnnotationMerge annotations = new AnnotationMerge(tx, tally, target, speakers, tags, in.described());
        for (InterchangeAnnotation a : in.annotations()) {
            annotations.merge(a).ifPresent(id -> {
                annotationIds.put(a.annotation().uid(), id);
                a.links().forEach(link -> links.add(new PendingLink(target.meta().title(), id, link)));
            });
        }
        in.problems().forEach(problem -> tally.leftOut.add("“" + title + "”: " + problem));
        return Optional.of(target.id());
    }

    /** Adds the links of every article merged so far, now that both ends of each are in the project. */
    void links(Repositories tx) {
        for (PendingLink pending : links) {
            InterchangeAnnotation.Outgoing link = pending.link();
            Long to = annotationIds.get(link.targetUid());
            if (to == null) {
                to = tx.annotations().findByUid(link.targetUid()).map(a -> a.id()).orElse(null);
            }
            if (to == null || to == pending.from()) {
                tally.leftOut.add("“" + pending.article() + "”: a link (" + link.relation().name().toLowerCase(
                        Locale.ROOT) + ") was left out: the statement it points to is neither in the files nor in "
                        + "the project.");
                continue;
            }
            long target = to;
            boolean known = tx.links().forAnnotation(pending.from()).stream().anyMatch(l -> l.uid().equals(link.uid())
                    || l.fromAnnotationId() == pending.from() && l.toAnnotationId() == target
                    && l.relation() == link.relation());
            if (!known) {
                String uid = tx.links().findByUid(link.uid()).isPresent() ? null : link.uid();
                tx.links().insert(new Link(0, uid, pending.from(), target, link.relation(), link.note()));
                tally.linksAdded++;
            }
        }
        links.clear();
    }

    private void mergeArticle(Repositories tx, Article here, InterchangeArticle in) {
        ArticleMeta a = here.meta();
        ArticleMeta b = in.meta();
        String title = a.title();
        ArticleMeta merged = new ArticleMeta(
                conflictOr(title, "the article", "title", a.title(), in.described() ? b.title() : null),
                fill(title, "source", a.source(), b.source()), fill(title, "date", a.date(), b.date()),
                fill(title, "dateline", a.dateline(), b.dateline()), fill(title, "agency", a.agency(), b.agency()),
                fill(title, "URL", a.url(), b.url()), fill(title, "licence", a.license(), b.license()),
                a.fileName() != null ? a.fileName() : b.fileName());
        if (!merged.equals(a)) {
            tx.articles().updateMeta(here.id(), merged);
        }
        String note = fill(title, "note", here.note(), in.note());
        if (!Objects.equals(note, here.note())) {
            tx.articles().updateNote(here.id(), note);
        }
    }

    private String fill(String article, String field, String here, String incoming) {
        if (here == null) {
            return incoming;
        }
        return conflictOr(article, "the article", field, here, incoming);
    }

    /** The project's value; a different one in the file is listed. */
    private String conflictOr(String article, String subject, String field, String here, String incoming) {
        if (incoming != null && !incoming.equals(here)) {
            tally.conflicts.add(new MergeConflict(article, subject, field, "“" + here + "”", "“" + incoming + "”"));
        }
        return here;
    }

    private long speaker(Repositories tx, Speaker in, String article, boolean described) {
        Optional<Speaker> found = tx.speakers().findByUid(in.uid());
        boolean sameUid = found.isPresent();
        if (found.isEmpty()) {
            found = tx.speakers().findByNameOrAlias(in.name());
        }
        if (found.isEmpty()) {
            return tx.speakers().insert(new Speaker(0, in.uid(), in.name(), in.kind(), in.role(), in.affiliation(),
                    aliases(in))).id();
        }
        Speaker here = found.get();
        if (speakersCompared.add(here.uid())) {
            String subject = "speaker " + here.name();
            Set<String> aliases = new LinkedHashSet<>(here.aliases());
            aliases.addAll(aliases(in));
            aliases.remove(here.name());
            Speaker merged = new Speaker(here.id(), here.uid(), here.name(), here.kind(),
                    here.role() == null ? in.role() : conflictOr(article, subject, "role", here.role(), in.role()),
                    here.affiliation() == null ? in.affiliation()
                            : conflictOr(article, subject, "affiliation", here.affiliation(), in.affiliation()),
                    List.copyOf(aliases));
            if (described && here.kind() != in.kind()) {
                tally.conflicts.add(new MergeConflict(article, subject, "kind", words(here.kind()), words(in.kind())));
            }
            // found by uid under another name: renamed here or there; the file's name is listed, not taken
            if (sameUid && !here.name().equalsIgnoreCase(in.name().strip()) && here.aliases().stream()
                    .noneMatch(alias -> alias.equalsIgnoreCase(in.name().strip()))) {
                tally.conflicts.add(new MergeConflict(article, subject, "name", "“" + here.name() + "”",
                        "“" + in.name() + "”"));
            }
            if (!merged.equals(here)) {
                tx.speakers().update(merged);
            }
        }
        return here.id();
    }

    /** The project's tag of each of the file's, by the file's uid: found by uid or name, else added. */
    private Map<String, Long> tags(Repositories tx, List<InterchangeTag> incoming, String article) {
        List<Tag> codebook = new ArrayList<>(tx.tags().list());
        Map<String, Long> ids = new HashMap<>();
        List<InterchangeTag> added = new ArrayList<>();
        for (InterchangeTag in : incoming) {
            Tag tag = in.tag();
            Optional<Tag> here = codebook.stream().filter(t -> t.uid().equals(tag.uid())).findFirst()
                    .or(() -> codebook.stream().filter(t -> t.name().equalsIgnoreCase(tag.name().strip())).findFirst());
            if (here.isPresent()) {
                ids.put(tag.uid(), here.get().id());
                compare(here.get(), tag, article);
                continue;
            }
            String name;
            try {
                name = TagFields.name(tag.name(), codebook, 0);
            } catch (IllegalArgumentException e) {
                tally.leftOut.add("The tag “" + Text.abbreviated(tag.name()) + "” was left out: " + e.getMessage());
                continue;
            }
            String colour;
            try {
                colour = TagFields.colour(tag.color(), codebook.size());
            } catch (IllegalArgumentException e) {
                colour = TagFields.colour(null, codebook.size());
                tally.leftOut.add("The tag “" + name + "” was given a colour of its own: " + e.getMessage());
            }
            String key;
            try {
                key = TagFields.shortcut(tag.shortcut(), codebook, 0);
            } catch (IllegalArgumentException e) {
                key = null;
                tally.leftOut.add("The tag “" + name + "” was added without its shortcut key: " + e.getMessage());
            }
            Tag inserted = tx.tags().insert(new Tag(0, tag.uid(), name, colour, null, key));
            codebook.add(inserted);
            ids.put(tag.uid(), inserted.id());
            added.add(in);
        }
        for (InterchangeTag in : added) {
            Long parent = in.parentUid() == null ? null : ids.get(in.parentUid());
            if (parent != null) {
                Tag tag = codebook.stream().filter(t -> t.uid().equals(in.tag().uid())).findFirst().orElseThrow();
                try {
                    TagFields.parent(parent, codebook, tag.id());
                } catch (IllegalArgumentException e) {
                    tally.leftOut.add("The tag “" + tag.name() + "” was added at the top level: " + e.getMessage());
                    continue;
                }
                Tag placed = new Tag(tag.id(), tag.uid(), tag.name(), tag.color(), parent, tag.shortcut());
                tx.tags().update(placed);
                codebook.replaceAll(t -> t.id() == placed.id() ? placed : t);
            }
        }
        return ids;
    }

    /** A tag of the project and the file's: a name or colour they differ in is listed, once per merge. */
    private void compare(Tag here, Tag in, String article) {
        if (!tagsCompared.add(here.uid())) {
            return;
        }
        String subject = "tag " + here.name();
        if (!here.name().equalsIgnoreCase(in.name().strip())) {
            tally.conflicts.add(new MergeConflict(article, subject, "name", "“" + here.name() + "”",
                    "“" + in.name() + "”"));
        }
        if (in.color() != null && !in.color().equalsIgnoreCase(here.color())) {
            tally.conflicts.add(new MergeConflict(article, subject, "colour", here.color(), in.color()));
        }
    }

    /** The article with its address dropped when that is not a web address, as Edit article details requires. */
    private InterchangeArticle withWebAddressOnly(InterchangeArticle in) {
        ArticleMeta m = in.meta();
        if (m.url() == null || WebLinks.web(m.url()).isPresent()) {
            return in;
        }
        tally.leftOut.add("“" + m.title() + "” came without its address “" + Text.abbreviated(m.url().strip())
                + "”, which is not a web address (http:// or https://).");
        return new InterchangeArticle(in.uid(), new ArticleMeta(m.title(), m.source(), m.date(), m.dateline(),
                m.agency(), null, m.license(), m.fileName()), in.body(), in.note(), in.speakers(), in.tags(),
                in.annotations(), in.problems(), in.described());
    }

    /** A file's aliases as the project keeps them: no blank ones, each once. */
    private static List<String> aliases(Speaker in) {
        return in.aliases().stream().filter(a -> a != null && !a.isBlank()).map(String::strip).distinct().toList();
    }

    static String words(Enum<?> value) {
        return value == null ? "none" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private record PendingLink(String article, long from, InterchangeAnnotation.Outgoing link) {
    }
}
