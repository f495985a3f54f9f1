package io.sourcemark.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sourcemark.model.Tag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The codebook as a JSON file, to share between projects: {@code {"sourcemark_codebook": 1, "tags": [{"name",
 * "colour", "parent", "key", "uid"}]}}, a parent named by its name. A file that is not such a codebook is refused
 * whole, with a message saying what is wrong where, and nothing of it is imported.
 */
public final class CodebookFiles {

    static final String FORMAT = "sourcemark_codebook";
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Project project;

    public CodebookFiles(Project project) {
        this.project = project;
    }

    /** Writes every tag of the codebook, parents before their sub-tags; returns how many. */
    public int exportTo(Path file) throws IOException {
        List<Tag> tags = project.read(tx -> tx.tags().list());
        Map<Long, Tag> byId = new HashMap<>();
        tags.forEach(t -> byId.put(t.id(), t));
        ObjectMapper json = json();
        ObjectNode root = json.createObjectNode();
        root.put(FORMAT, 1);
        ArrayNode list = root.putArray("tags");
        // a loop of parents written by another program is exported as it stands
        for (Tag tag : parentsFirst(tags, Tag::id, Tag::parentId, looped -> { })) {
            ObjectNode node = list.addObject();
            node.put("name", tag.name());
            node.put("colour", tag.color());
            Tag parent = tag.parentId() == null ? null : byId.get(tag.parentId());
            if (parent == null) {
                node.putNull("parent");
            } else {
                node.put("parent", parent.name());
            }
            node.put("key", tag.shortcut());
            node.put("uid", tag.uid());
        }
        // a codebook is for colleagues: written as reports are, whole or not at all, readable as the user's files are
        io.sourcemark.export.ExportFiles.write(file, true, out -> json.writeValue(out, root));
        return tags.size();
    }

    /**
     * Adds the file's tags that the project lacks (matched by uid, else by name), as one change.
     *
     * @param keysInUse keys the window's own commands use ("q", "j" …): a tag bringing one comes without it
     * @throws IllegalArgumentException when the file is not a codebook; the message says what and where
     */
    public CodebookImport importFrom(Path file, Set<String> keysInUse) throws IOException {
        List<Entry> entries = read(file);
        return project.change("Import codebook", tx -> {
            List<Tag> codebook = new ArrayList<>(tx.tags().list());
            Map<String, Long> idsByName = new HashMap<>();
            codebook.forEach(t -> idsByName.put(key(t.name()), t.id()));
            int added = 0;
            int there = 0;
            List<String> dropped = new ArrayList<>();
            for (Entry entry : entries) {
                Optional<Tag> existing = codebook.stream().filter(t -> t.uid().equals(entry.uid())
                        || t.name().equalsIgnoreCase(entry.name())).findFirst();
                if (existing.isPresent()) {
                    idsByName.put(key(entry.name()), existing.get().id());
                    there++;
                    continue;
                }
                String shortcut = entry.key();
                boolean taken = shortcut != null && (keysInUse.contains(shortcut)
                        || codebook.stream().anyMatch(t -> shortcut.equals(t.shortcut())));
                if (taken) {
                    dropped.add(entry.name());
                }
                String uid = entry.uid() != null && tx.tags().findByUid(entry.uid()).isEmpty() ? entry.uid() : null;
                Long parent = entry.parent() == null ? null : idsByName.get(key(entry.parent()));
                Tag tag = tx.tags().insert(new Tag(0, uid, entry.name(), entry.colour() != null ? entry.colour()
                        : TagFields.colour(null, codebook.size()), parent, taken ? null : shortcut));
                codebook.add(tag);
                idsByName.put(key(tag.name()), tag.id());
                added++;
            }
            tx.label("Import codebook (" + added + (added == 1 ? " tag)" : " tags)"));
            return new CodebookImport(added, there, dropped);
        });
    }

    /** The file's tags, checked, parents before their sub-tags. */
    private List<Entry> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(name + " is not a file that can be read.");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IllegalArgumentException(name + " is too large for a codebook (over 5 MB).");
        }
        JsonNode root;
        try {
            root = json().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(name + " is not a codebook: it is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        }
        if (root == null || !root.isObject() || !root.path("tags").isArray()) {
            throw new IllegalArgumentException(name + " is not a Sourcemark codebook: it has no list of \"tags\".");
        }
        int version = root.path(FORMAT).asInt(1);
        if (version > 1) {
            throw new IllegalArgumentException(name + " is a codebook of a newer Sourcemark (version " + version
                    + "); update Sourcemark to import it.");
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Entry> byName = new HashMap<>();
        Set<String> keys = new HashSet<>();
        int position = 0;
        for (JsonNode node : root.path("tags")) {
            position++;
            String where = "Tag " + position + " of " + name;
            if (!node.isObject() || !node.path("name").isTextual() || node.path("name").asText().isBlank()) {
                throw new IllegalArgumentException(where + " has no name.");
            }
            String tagName;
            String colour;
            String key;
            try {
                tagName = TagFields.name(node.path("name").asText(), List.of(), 0);
                colour = text(node, "colour") == null ? null : TagFields.colour(text(node, "colour"), 0);
                key = TagFields.shortcut(text(node, "key"), List.of(), 0);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + " (“" + node.path("name").asText().strip() + "”): "
                        + e.getMessage());
            }
            if (byName.containsKey(key(tagName))) {
                throw new IllegalArgumentException(name + " names the tag “" + tagName + "” twice.");
            }
            if (key != null && !keys.add(key)) {
                throw new IllegalArgumentException(name + " gives the key " + key.toUpperCase(Locale.ROOT)
                        + " to two tags (the second is “" + tagName + "”).");
            }
            Entry entry = new Entry(tagName, colour, text(node, "parent"), key, text(node, "uid"));
            entries.add(entry);
            byName.put(key(tagName), entry);
        }
        for (Entry entry : entries) {
            if (entry.parent() != null && !byName.containsKey(key(entry.parent()))) {
                throw new IllegalArgumentException("The parent of “" + entry.name() + "”, “" + entry.parent()
                        + "”, is not a tag of " + name + ".");
            }
        }
        return parentsFirst(entries, e -> key(e.name()), e -> e.parent() == null ? null : key(e.parent()),
                e -> {
                    throw new IllegalArgumentException("In " + name + ", the parents of “" + e.name() + "” go round "
                            + "in a loop: a tag cannot be inside itself.");
                });
    }

    /**
     * The items ordered so that a parent comes before its children; an item whose parent is not among them counts as
     * top-level. Items caught in a loop of parents are handed to {@code looped} and then appended as they are.
     */
    private static <T> List<T> parentsFirst(List<T> items, Function<T, Object> id, Function<T, Object> parent,
                                            Consumer<T> looped) {
        Set<Object> present = new HashSet<>();
        items.forEach(item -> present.add(id.apply(item)));
        List<T> ordered = new ArrayList<>();
        Set<Object> placed = new HashSet<>();
        while (ordered.size() < items.size()) {
            int before = ordered.size();
            for (T item : items) {
                Object up = parent.apply(item);
                if (!placed.contains(id.apply(item)) && (up == null || placed.contains(up) || !present.contains(up))) {
                    ordered.add(item);
                    placed.add(id.apply(item));
                }
            }
            if (ordered.size() == before) {
                List<T> left = items.stream().filter(item -> !placed.contains(id.apply(item))).toList();
                looped.accept(left.get(0));
                ordered.addAll(left);
            }
        }
        return ordered;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private record Entry(String name, String colour, String parent, String key, String uid) {
    }

    /**
     * Made when a codebook is written or read, not with the project: the mapper's first use loads some hundreds of
     * classes, which the window's start need not wait for.
     */
    private static ObjectMapper json() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
