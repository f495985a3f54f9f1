package io.sourcemark.service;

import io.sourcemark.model.Tag;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The rules of a tag's name, colour and key, with the message an analyst reads when one is broken. */
final class TagFields {

    /** Colours given to new tags in turn, distinct from each other and from the highlight layers. */
    static final List<String> COLOURS = List.of("#2563eb", "#db2777", "#16a34a", "#ea580c", "#9333ea", "#0891b2",
            "#ca8a04", "#dc2626", "#4f46e5", "#65a30d");

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    private TagFields() {
    }

    static String name(String name, List<Tag> codebook, long ownId) {
        String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A tag needs a name.");
        }
        if (trimmed.length() > 80) {
            throw new IllegalArgumentException("A tag's name has at most 80 characters; this one has "
                    + trimmed.length() + ".");
        }
        for (Tag other : codebook) {
            if (other.id() != ownId && other.name().equalsIgnoreCase(trimmed)) {
                throw new IllegalArgumentException("The codebook already has a tag named “" + other.name() + "”.");
            }
        }
        return trimmed;
    }

    /** "#3B82F6", "3b82f6" and "#38f" all become "#3b82f6"; null or blank gives the next colour of the set. */
    static String colour(String colour, int tagsSoFar) {
        if (colour == null || colour.isBlank()) {
            return COLOURS.get(Math.floorMod(tagsSoFar, COLOURS.size()));
        }
        var match = HEX.matcher(colour.strip());
        if (!match.matches()) {
            throw new IllegalArgumentException("“" + colour.strip() + "” is not a colour: write it as #rrggbb "
                    + "(for example #2563eb).");
        }
        String hex = match.group(1).toLowerCase(Locale.ROOT);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return "#" + hex;
    }

    /** One letter or digit, lower case; null or blank for none. Refused when another tag has it. */
    static String shortcut(String key, List<Tag> codebook, long ownId) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = key.strip().toLowerCase(Locale.ROOT);
        if (k.codePointCount(0, k.length()) != 1 || !Character.isLetterOrDigit(k.codePointAt(0))
                || k.codePointAt(0) > 'z') {
            throw new IllegalArgumentException("A tag's key is one letter or digit (a–z, 0–9); “" + key.strip()
                    + "” is not.");
        }
        for (Tag other : codebook) {
            if (other.id() != ownId && k.equals(other.shortcut())) {
                throw new IllegalArgumentException("The key " + k.toUpperCase(Locale.ROOT) + " is already the key of "
                        + "the tag “" + other.name() + "”.");
            }
        }
        return k;
    }

    /** Refuses a parent that is the tag itself or one of its descendants, which would make a loop. */
    static Long parent(Long parentId, List<Tag> codebook, long ownId) {
        if (parentId == null) {
            return null;
        }
        Tag parent = codebook.stream().filter(t -> t.id() == parentId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("That parent tag no longer exists."));
        for (Long at = parent.id(); at != null; at = parentOf(codebook, at)) {
            if (at == ownId) {
                throw new IllegalArgumentException("“" + parent.name() + "” is inside this tag: a tag cannot be "
                        + "moved under itself or under one of its own sub-tags.");
            }
        }
        return parent.id();
    }

    private static Long parentOf(List<Tag> codebook, long id) {
        return codebook.stream().filter(t -> t.id() == id).findFirst().map(Tag::parentId).orElse(null);
    }
}
