package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.service.CodebookFiles;
import io.sourcemark.service.CodebookService;
import io.sourcemark.service.TagDeletion;
import io.sourcemark.service.TagService;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The codebook's commands and the tags' keys: each change runs as one action off the FX thread, then the codebook,
 * the open article's highlights (their colours) and the Edit menu are read again. A tag's key is bound in the one
 * {@link Keymap}, so it can neither take a key a command has nor be taken by one.
 */
public final class TagCommands {

    private final Tasks tasks;
    private final CodebookService service;
    private final TagService tagging;
    private final CodebookFiles files;
    private final Codebook codebook;
    private final OpenArticle open;
    private final Keymap keymap;
    private final Edits edits;
    private final Navigator navigator;
    private final StatusLine status;
    private final List<KeyCombination> boundKeys = new ArrayList<>();
    private Consumer<Tag> keyAction;

    public TagCommands(Tasks tasks, CodebookService service, TagService tagging, CodebookFiles files,
                       Codebook codebook, OpenArticle open, Keymap keymap, Edits edits, Navigator navigator, StatusLine status) {
        this.tasks = tasks;
        this.service = service;
        this.tagging = tagging;
        this.files = files;
        this.codebook = codebook;
        this.open = open;
        this.keymap = keymap;
        this.edits = edits;
        this.navigator = navigator;
        this.status = status;
        edits.onReplay(this::reload);
    }

    public Codebook codebook() {
        return codebook;
    }

    /** Reads the codebook again and binds the tags' keys. */
    public void reload() {
        tasks.query(service::tags, tags -> {
            codebook.tags().setAll(tags);
            bindKeys();
        }, status::failed);
    }

    /** What a tag's key does (the window decides: tag the text selection or the selected highlight). */
    public void onKey(Consumer<Tag> action) {
        keyAction = action;
        bindKeys();
    }

    // Codebook

    public void create(String name, String colour, Long parentId, String key, Consumer<Tag> created) {
        if (!keyIsFree(key, 0)) {
            return;
        }
        codebookChange("Created tag “" + name.strip() + "”", () -> service.create(name, colour, parentId, key),
                created);
    }

    /** @param refused run when the name is refused (another tag's, too long…), after the status line says why */
    public void rename(Tag tag, String name, Runnable refused) {
        tasks.action(() -> service.rename(tag.id(), name), result -> {
            afterCodebookChange();
            status.saved("Renamed tag “" + tag.name() + "”");
        }, e -> {
            failed(e);
            refused.run();
        });
    }

    public void recolour(Tag tag, String colour) {
        codebookChange("Recoloured tag “" + tag.name() + "”", () -> service.recolour(tag.id(), colour), t -> { });
    }

    public void move(Tag tag, Long parentId) {
        codebookChange("Moved tag “" + tag.name() + "”", () -> service.move(tag.id(), parentId), t -> { });
    }

    /** @return false when the key is refused (another command's, or another tag's): the status line says why */
    public boolean setKey(Tag tag, String key) {
        if (!keyIsFree(key, tag.id())) {
            return false;
        }
        codebookChange("Changed the key of tag “" + tag.name() + "”", () -> service.setShortcut(tag.id(), key),
                t -> { });
        return true;
    }

    /** What deleting the tag would do, for the confirmation, read off the FX thread. */
    public void deletion(Tag tag, Consumer<TagDeletion> then) {
        tasks.query(() -> service.deletion(tag.id()), then, status::failed);
    }

    public void delete(Tag tag) {
        codebookChange("Deleted tag “" + tag.name() + "”", () -> service.delete(tag.id()), d -> { });
    }

    public void exportTo(Path file) {
        tasks.action(() -> files.exportTo(file), count -> status.announce("Exported " + count
                + (count == 1 ? " tag to " : " tags to ") + file.getFileName()), this::failed);
    }

    public void importFrom(Path file) {
        Set<String> inUse = keysOfCommands();
        tasks.action(() -> files.importFrom(file, inUse), result -> {
            afterCodebookChange();
            status.saved(result.describe());
        }, this::failed);
    }

    // Tagging

    /** A tag's key or the picker on a highlight: tags it, or takes the tag off when it carries it already. */
    public void toggle(Annotation target, Tag tag) {
        boolean carries = open.tagsOf(target).stream().anyMatch(t -> t.id() == tag.id());
        edits.apply(target.articleId(), (carries ? "Removed tag “" : "Tagged as “") + tag.name() + "”", () -> {
            tagging.toggle(target.id(), tag.id());
            return target.id();
        });
    }

    public void untag(Annotation target, Tag tag) {
        edits.apply(target.articleId(), "Removed tag “" + tag.name() + "”", () -> {
            tagging.untag(target.id(), tag.id());
            return target.id();
        });
    }

    /** Marks the text as a tag span carrying the tag. */
    public void tagSpan(long articleId, TextRange range, Tag tag) {
        edits.apply(articleId, "Tagged as “" + tag.name() + "”",
                () -> tagging.tagSpan(articleId, range, tag.id()).id());
    }

    // Keys

    /** The keys the window's own commands use, as tag keys are written ("q", "j"). */
    public Set<String> keysOfCommands() {
        Set<String> keys = new HashSet<>();
        for (char c : "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray()) {
            KeyCombination key = keyOf(String.valueOf(c));
            if (!keymap.isFree(key) && !boundKeys.contains(key)) {
                keys.add(String.valueOf(c));
            }
        }
        return keys;
    }

    /** The key combination of a tag's key ("e" → E). */
    public static KeyCombination keyOf(String shortcut) {
        return new KeyCodeCombination(KeyCode.getKeyCode(shortcut.toUpperCase(Locale.ROOT)));
    }

    private boolean keyIsFree(String key, long tagId) {
        if (key == null || key.isBlank() || key.strip().length() != 1 || KeyCode.getKeyCode(
                key.strip().toUpperCase(Locale.ROOT)) == null) {
            return true; // none, or the service explains what a key may be
        }
        KeyCombination combination = keyOf(key.strip());
        boolean ownKey = codebook.find(tagId).map(t -> key.strip().equalsIgnoreCase(t.shortcut())).orElse(false);
        if (!ownKey && boundKeys.contains(combination)) {
            return true; // another tag's: the service names it
        }
        Optional<String> taken = keymap.whyTaken(combination);
        if (!ownKey && taken.isPresent()) {
            status.report(taken.get());
            return false;
        }
        return true;
    }

    private void bindKeys() {
        boundKeys.forEach(keymap::unbind);
        boundKeys.clear();
        if (keyAction == null) {
            return;
        }
        List<String> refused = new ArrayList<>();
        for (Tag tag : codebook.tags()) {
            if (tag.shortcut() == null || KeyCode.getKeyCode(tag.shortcut().toUpperCase(Locale.ROOT)) == null) {
                continue;
            }
            KeyCombination key = keyOf(tag.shortcut());
            if (!keymap.isFree(key)) {
                refused.add(tag.name()); // a key given elsewhere (an imported project) that a command has
                continue;
            }
            keymap.bind("Tag “" + tag.name() + "”", key, () -> keyAction.accept(tag));
            boundKeys.add(key);
        }
        if (!refused.isEmpty()) {
            status.report("These tags' keys are keys of commands and do nothing: " + String.join(", ", refused)
                    + ". Give them other keys in the codebook.");
        }
    }

    private <T> void codebookChange(String done, Work<T> work, Consumer<T> then) {
        tasks.action(work, result -> {
            afterCodebookChange();
            status.saved(done);
            then.accept(result);
        }, this::failed);
    }

    private void afterCodebookChange() {
        reload();
        navigator.refresh(); // the colours and the tags of the open article's highlights
        edits.refreshHistory();
    }

    private void failed(Exception e) {
        status.failed(e);
        edits.refreshHistory();
    }
}
