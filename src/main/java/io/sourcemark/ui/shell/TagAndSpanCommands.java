package io.sourcemark.ui.shell;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Tag;
import io.sourcemark.model.TextRange;
import io.sourcemark.service.SpanEdge;
import io.sourcemark.ui.Keymap;
import io.sourcemark.ui.Keymap.Command;
import io.sourcemark.ui.Keys;
import io.sourcemark.ui.Workspace;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The keys of tagging and of a highlight's range: T marks a tag span, each tag's own key tags, Shift+←/→ move the
 * selected highlight's end a word, Alt+Shift+←/→ its start; Ctrl+K opens the codebook.
 */
final class TagAndSpanCommands {

    static final String ANNOTATE_MENU = "annotateMenu";

    final Command markTagSpan;
    final Command endForward;
    final Command endBack;
    final Command startForward;
    final Command startBack;
    final Command codebook;

    private final Workspace workspace;

    TagAndSpanCommands(Workspace workspace, Runnable showCodebook) {
        this.workspace = workspace;
        Keymap keys = workspace.keymap();
        markTagSpan = keys.bind("Mark as tag span", Keys.annotate(Kind.TAG),
                () -> workspace.reader().annotateSelection(Kind.TAG));
        endForward = keys.bind("Extend the end by a word", Keys.SPAN_END_FORWARD, () -> adjust(SpanEdge.END, true));
        endBack = keys.bind("Shrink the end by a word", Keys.SPAN_END_BACK, () -> adjust(SpanEdge.END, false));
        startBack = keys.bind("Extend the start by a word", Keys.SPAN_START_BACK,
                () -> adjust(SpanEdge.START, false));
        startForward = keys.bind("Shrink the start by a word", Keys.SPAN_START_FORWARD,
                () -> adjust(SpanEdge.START, true));
        codebook = keys.bind("Codebook…", Keys.CODEBOOK, showCodebook);
        workspace.tags().onKey(this::tagByKey);
    }

    private void adjust(SpanEdge edge, boolean forward) {
        Annotation selected = workspace.selection().annotation();
        if (selected == null) {
            workspace.status().report("Select a highlight first, then move its edges with Shift+← → (end) and "
                    + "Alt+Shift+← → (start).");
            return;
        }
        workspace.edits().adjustRange(selected, edge, forward);
    }

    /** A tag's key: the selected text becomes a tag span with it, else the selected highlight gets or loses it. */
    private void tagByKey(Tag tag) {
        TextRange text = workspace.reader().textSelectionProperty().get();
        Annotation selected = workspace.selection().annotation();
        if (text != null && !text.isEmpty() && workspace.selection().articleId() != 0) {
            long articleId = workspace.selection().articleId();
            workspace.reader().deselect();
            workspace.tags().tagSpan(articleId, text, tag);
        } else if (selected != null) {
            workspace.tags().toggle(selected, tag);
        } else {
            workspace.status().report("Select some words or a highlight first, then press the tag's key ("
                    + tag.shortcut().toUpperCase(java.util.Locale.ROOT) + ").");
        }
    }

    /** Adds these commands, with their keys, to the Annotate menu. */
    void addTo(MenuBar bar) {
        Menu annotate = bar.getMenus().stream().filter(m -> ANNOTATE_MENU.equals(m.getId())).findFirst()
                .orElseGet(() -> {
                    Menu menu = MainMenus.named(new Menu("_Annotate"), ANNOTATE_MENU);
                    bar.getMenus().add(menu);
                    return menu;
                });
        Menu range = new Menu("Adjust range");
        range.setId("adjustRangeMenu");
        range.getItems().addAll(item(endForward), item(endBack), item(startBack), item(startForward));
        range.disableProperty().bind(workspace.selection().annotationProperty().isNull());
        MenuItem mark = item(markTagSpan);
        mark.setGraphic(io.sourcemark.ui.Icons.forKind(Kind.TAG));
        MenuItem open = item(codebook);
        open.setId("codebookMenuItem");
        annotate.getItems().addAll(new SeparatorMenuItem(), mark, range, open);
    }

    private static MenuItem item(Command command) {
        MenuItem item = new MenuItem(command.name());
        item.setAccelerator(command.key());
        item.setOnAction(e -> command.action().run());
        return item;
    }
}
