package io.sourcemark.service;

import io.sourcemark.model.Tag;
import io.sourcemark.store.Repositories;

import java.util.List;
import java.util.Locale;

/**
 * The project's codebook: tags with a name, a colour, an optional parent and an optional key. Every call that changes
 * it is one change, named as Edit ▸ Undo shows it. Keys are refused here when another tag has them; the window also
 * refuses keys its own commands use. Import and export as JSON: {@link CodebookFiles}.
 */
public final class CodebookService {

    private final Project project;

    public CodebookService(Project project) {
        this.project = project;
    }

    /** Every tag, ordered by name. */
    public List<Tag> tags() {
        return project.read(tx -> tx.tags().list());
    }

    public Tag create(String name, String colour, Long parentId, String shortcut) {
        return project.change("Create tag", tx -> {
            List<Tag> codebook = tx.tags().list();
            Tag tag = new Tag(0, null, TagFields.name(name, codebook, 0), TagFields.colour(colour, codebook.size()),
                    TagFields.parent(parentId, codebook, 0), TagFields.shortcut(shortcut, codebook, 0));
            tx.label("Create tag “" + tag.name() + "”");
            return tx.tags().insert(tag);
        });
    }

    public Tag rename(long tagId, String name) {
        return project.change("Rename tag", tx -> {
            Tag before = existing(tx, tagId);
            Tag after = new Tag(before.id(), before.uid(), TagFields.name(name, tx.tags().list(), tagId),
                    before.color(), before.parentId(), before.shortcut());
            tx.label("Rename tag “" + before.name() + "” to “" + after.name() + "”");
            return save(tx, before, after);
        });
    }

    public Tag recolour(long tagId, String colour) {
        return project.change("Recolour tag", tx -> {
            Tag before = existing(tx, tagId);
            if (colour == null || colour.isBlank()) {
                throw new IllegalArgumentException("Choose a colour for the tag.");
            }
            Tag after = new Tag(before.id(), before.uid(), before.name(), TagFields.colour(colour, 0),
                    before.parentId(), before.shortcut());
            tx.label("Recolour tag “" + before.name() + "”");
            return save(tx, before, after);
        });
    }

    /** Puts the tag under {@code parentId}, or at the top level when it is null. */
    public Tag move(long tagId, Long parentId) {
        return project.change("Move tag", tx -> {
            Tag before = existing(tx, tagId);
            List<Tag> codebook = tx.tags().list();
            Long parent = TagFields.parent(parentId, codebook, tagId);
            Tag after = new Tag(before.id(), before.uid(), before.name(), before.color(), parent, before.shortcut());
            tx.label(parent == null ? "Move tag “" + before.name() + "” to the top level"
                    : "Move tag “" + before.name() + "” under “" + existing(tx, parent).name() + "”");
            return save(tx, before, after);
        });
    }

    /** Gives the tag a key (one letter or digit), or takes its key away when {@code key} is null or blank. */
    public Tag setShortcut(long tagId, String key) {
        return project.change("Set tag key", tx -> {
            Tag before = existing(tx, tagId);
            String shortcut = TagFields.shortcut(key, tx.tags().list(), tagId);
            Tag after = new Tag(before.id(), before.uid(), before.name(), before.color(), before.parentId(),
                    shortcut);
            tx.label(shortcut == null ? "Remove the key of tag “" + before.name() + "”"
                    : "Give tag “" + before.name() + "” the key " + shortcut.toUpperCase(Locale.ROOT));
            return save(tx, before, after);
        });
    }

    /** What {@link #delete} would do, for the confirmation. */
    public TagDeletion deletion(long tagId) {
        return project.read(tx -> deletionOf(tx, existing(tx, tagId)));
    }

    /** Deletes the tag as {@link #deletion} describes; one undo brings back the tag, its spans and assignments. */
    public TagDeletion delete(long tagId) {
        return project.change("Delete tag", tx -> {
            Tag tag = existing(tx, tagId);
            TagDeletion deletion = deletionOf(tx, tag);
            for (long span : tx.tags().spansTaggedOnlyWith(tagId)) {
                tx.annotations().delete(span);
            }
            tx.tags().delete(tagId);
            tx.label("Delete tag “" + tag.name() + "”");
            return deletion;
        });
    }

    private static TagDeletion deletionOf(Repositories tx, Tag tag) {
        int subTags = (int) tx.tags().list().stream().filter(t -> Long.valueOf(tag.id()).equals(t.parentId()))
                .count();
        return new TagDeletion(tag.name(), tx.tags().usage(tag.id()), tx.tags().spansTaggedOnlyWith(tag.id()).size(),
                subTags);
    }

    private static Tag save(Repositories tx, Tag before, Tag after) {
        if (!after.equals(before)) {
            tx.tags().update(after);
        }
        return after;
    }

    static Tag existing(Repositories tx, long tagId) {
        return tx.tags().find(tagId)
                .orElseThrow(() -> new IllegalArgumentException("This tag is no longer in the codebook."));
    }
}
