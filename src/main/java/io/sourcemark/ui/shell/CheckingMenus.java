package io.sourcemark.ui.shell;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Article;
import io.sourcemark.model.ReviewStatus;
import io.sourcemark.model.Verdict;
import io.sourcemark.model.Verification;
import io.sourcemark.ui.Keymap.Command;
import io.sourcemark.ui.Keys;
import io.sourcemark.ui.Names;
import io.sourcemark.ui.VerdictLook;
import io.sourcemark.ui.Workspace;
import io.sourcemark.ui.dialogs.ArticleDetailsDialog;
import io.sourcemark.ui.dialogs.ConfirmDelete;
import io.sourcemark.ui.dialogs.PreferencesDialog;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Supplier;

/**
 * The Verify menu (a verdict or a review status for the selected statement, each with its two keys), the article's commands (edit its
 * details, delete it) and the preferences.
 */
final class CheckingMenus {

    private final Workspace workspace;
    private final WindowCommands commands;
    private final Supplier<Window> owner;

    CheckingMenus(Workspace workspace, WindowCommands commands, Node anchor) {
        this.workspace = workspace;
        this.commands = commands;
        this.owner = () -> anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }

    Menu verifyMenu() {
        Menu menu = MainMenus.named(new Menu("Ve_rify"), "verifyMenu");
        for (Verdict verdict : VerdictLook.KEYED) {
            menu.getItems().add(verdictItem(verdict));
        }
        menu.getItems().addAll(new SeparatorMenuItem(), verdictItem(Verdict.NOT_CHECKED), new SeparatorMenuItem());
        for (ReviewStatus status : ReviewStatus.values()) {
            menu.getItems().add(statusItem(status));
        }
        return menu;
    }

    private MenuItem statusItem(ReviewStatus status) {
        Command command = commands.statuses.get(status);
        CheckMenuItem item = new CheckMenuItem("Review status: " + Names.of(status));
        item.setAccelerator(new ShownKeys(Keys.reviewStatusKeys(status)));
        item.setId("statusItem-" + status.name());
        item.disableProperty().bind(noStatementSelected());
        marks(item, command, a -> checkOf(a).status() == status);
        return item;
    }

    /**
     * The item is ticked when the selected statement has what it sets: the menu says the statement's verdict and
     * status, as the inspector's buttons do. A click runs the command; the tick follows the statement as saved.
     */
    private void marks(CheckMenuItem item, Command command, java.util.function.Predicate<Annotation> has) {
        Runnable sync = () -> {
            Annotation selected = workspace.selection().annotation();
            item.setSelected(selected != null && selected.kind().isStatement() && has.test(selected));
        };
        workspace.selection().annotationProperty().addListener((obs, old, now) -> sync.run());
        item.setOnAction(e -> {
            command.action().run();
            sync.run(); // until the change is saved, the tick says what the statement still has
        });
        sync.run();
    }

    private static Verification checkOf(Annotation statement) {
        return statement.verification() == null ? Verification.UNCHECKED : statement.verification();
    }

    private javafx.beans.binding.BooleanBinding noStatementSelected() {
        return Bindings.createBooleanBinding(() -> workspace.selection().annotation() == null
                || !workspace.selection().annotation().kind().isStatement(),
                workspace.selection().annotationProperty());
    }

    /** A chord cannot be a menu accelerator: its keys are shown as one, and the keymap reads them. */
    private MenuItem verdictItem(Verdict verdict) {
        Command command = commands.verdicts.get(verdict);
        String keys = verdict == Verdict.NOT_CHECKED ? "V, 0" : VerdictLook.keys(verdict);
        CheckMenuItem item = new CheckMenuItem(Names.of(verdict), VerdictLook.icon(verdict));
        item.setAccelerator(new ShownKeys(keys));
        item.setId("verdictItem-" + verdict.name());
        marks(item, command, a -> checkOf(a).verdict() == verdict);
        item.disableProperty().bind(noStatementSelected());
        return item;
    }

    /** Edit article details…, Delete article…: for the Edit menu. */
    List<MenuItem> articleItems() {
        MenuItem details = new MenuItem("Edit article details…");
        details.setId("editArticleDetails");
        details.setOnAction(e -> {
            Article open = workspace.selection().article();
            if (open != null) {
                ArticleDetailsDialog.ask(owner.get(), open.meta()).ifPresent(workspace.checking()::editDetails);
            }
        });
        MenuItem delete = new MenuItem("Delete article…");
        delete.setId("deleteArticle");
        delete.setOnAction(e -> deleteOpenArticle());
        for (MenuItem item : List.of(details, delete)) {
            item.disableProperty().bind(workspace.selection().articleProperty().isNull());
        }
        return List.of(details, delete);
    }

    MenuItem preferencesItem() {
        MenuItem item = new MenuItem("Preferences…");
        item.setId("preferences");
        item.setOnAction(e -> PreferencesDialog.show(owner.get(), workspace.preferences()));
        return item;
    }

    private void deleteOpenArticle() {
        Article open = workspace.selection().article();
        if (open == null) {
            return;
        }
        int statements = (int) workspace.open().annotations().stream().filter(a -> a.kind().isStatement()).count();
        if (ConfirmDelete.article(owner.get(), open.meta().title(), statements)) {
            workspace.checking().deleteOpenArticle(List.copyOf(workspace.library().shownRows()));
        }
    }
}
