package io.sourcemark.ui;

import io.sourcemark.model.Tag;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.paint.Color;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The project's tags as the window shows them (the codebook window, the inspector's picker, the tag keys). */
public final class Codebook {

    private final ObservableList<Tag> tags = FXCollections.observableArrayList();

    /** Ordered by name; changed on the FX thread. */
    public ObservableList<Tag> tags() {
        return tags;
    }

    public Optional<Tag> find(long id) {
        return tags.stream().filter(t -> t.id() == id).findFirst();
    }

    /** "Economy › Trade": the tag with its parents, for pickers where two sub-tags may share a name's start. */
    public String path(Tag tag) {
        List<String> names = new ArrayList<>();
        Tag at = tag;
        for (int guard = 0; at != null && guard <= tags.size(); guard++) {
            names.add(0, at.name());
            at = at.parentId() == null ? null : find(at.parentId()).orElse(null);
        }
        return String.join(" › ", names);
    }

    /** The tags in tree order (each parent followed by its sub-tags), with their depth. */
    public List<Nested> tree() {
        List<Nested> ordered = new ArrayList<>();
        for (Tag tag : tags) {
            if (tag.parentId() == null || find(tag.parentId()).isEmpty()) {
                addWithChildren(tag, 0, ordered);
            }
        }
        return ordered;
    }

    private void addWithChildren(Tag tag, int depth, List<Nested> ordered) {
        if (depth > tags.size() || ordered.stream().anyMatch(n -> n.tag().id() == tag.id())) {
            return; // a loop of parents written by another program
        }
        ordered.add(new Nested(tag, depth));
        for (Tag child : tags) {
            if (Long.valueOf(tag.id()).equals(child.parentId())) {
                addWithChildren(child, depth + 1, ordered);
            }
        }
    }

    /** The tag's colour for swatches; grey when it has none or another program wrote one that is not a colour. */
    public static Color colourOf(Tag tag) {
        try {
            return tag.color() == null ? Color.GRAY : Color.web(tag.color());
        } catch (IllegalArgumentException notAColour) {
            return Color.GRAY;
        }
    }

    /** The key of a tag as the keyboard shows it ("E"), or empty. */
    public static String keyLabel(Tag tag) {
        return tag.shortcut() == null ? "" : tag.shortcut().toUpperCase(Locale.ROOT);
    }

    /** A tag at its depth in the tree (0: top level). */
    public record Nested(Tag tag, int depth) {
    }
}
