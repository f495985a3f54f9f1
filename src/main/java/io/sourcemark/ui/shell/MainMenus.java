package io.sourcemark.ui.shell;

import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import io.sourcemark.ui.DisplaySettings;
import io.sourcemark.ui.Icons;
import io.sourcemark.ui.Keymap.Command;
import io.sourcemark.ui.Names;
import io.sourcemark.ui.Subscriptions;
import io.sourcemark.ui.WindowActions;
import io.sourcemark.ui.Workspace;
import io.sourcemark.ui.reader.Layer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The menu bar and the toolbar: every command with its key, shown in menus and tooltips. */
final class MainMenus {

    private final Workspace workspace;
    private final WindowCommands commands;
    private final DisplaySettings display;
    private final WindowActions actions;
    private final Subscriptions bindings;
    private CheckingMenus checking;
    /**
     * What binds the menus to the display settings, which outlive this window's content and are shared with the
     * FX thread: run by {@link #activate}, so that the menus may be built on another thread before they are shown.
     */
    private final List<Runnable> whenShown = new ArrayList<>();

    MainMenus(Workspace workspace, WindowCommands commands, DisplaySettings display, WindowActions actions,
              Subscriptions bindings) {
        this.workspace = workspace;
        this.commands = commands;
        this.display = display;
        this.actions = actions;
        this.bindings = bindings;
    }

    /** Binds the menus to the display settings; once, on the FX thread, when the window shows them. */
    void activate() {
        whenShown.forEach(Runnable::run);
        whenShown.clear();
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar();
        checking = new CheckingMenus(workspace, commands, bar);
        bar.getMenus().setAll(fileMenu(), editMenu(), annotateMenu(), analyzeMenu(), checking.verifyMenu(),
                viewMenu());
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu() {
        Menu recent = new Menu("Recent projects");
        recent.setId("recentProjects");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path path : display.recentProjects()) {
                MenuItem item = new MenuItem(path.toString());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> actions.openProject(path));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        whenShown.add(() -> {
            bindings.listen(display.recentProjects(), (ListChangeListener<Path>) c -> fill.run());
            fill.run();
        });
        MenuItem importFolder = new MenuItem("Import folder…", Icons.of(Material2AL.FOLDER));
        importFolder.setOnAction(e -> actions.importFolder());
        MenuItem importWeb = new MenuItem("Import from web address…", Icons.of(Material2AL.LANGUAGE));
        importWeb.setId("importFromWeb");
        importWeb.setOnAction(e -> actions.importFromWeb());
        MenuItem importAnnotations = new MenuItem("Import annotations…");
        importAnnotations.setId("importAnnotations");
        importAnnotations.setOnAction(e -> actions.importAnnotations());
        return named(new Menu("_File", null,
                item(commands.newProject, Material2AL.CREATE_NEW_FOLDER),
                item(commands.openProject, Material2AL.FOLDER_OPEN),
                recent,
                new SeparatorMenuItem(),
                item(commands.importFiles, Material2AL.FILE_UPLOAD),
                importFolder,
                importWeb,
                new SeparatorMenuItem(),
                item(commands.export, Material2MZ.SAVE_ALT),
                importAnnotations,
                new SeparatorMenuItem(),
                item(commands.quit, null)), "fileMenu");
    }

    private Menu editMenu() {
        MenuItem undo = item(commands.undo, Material2MZ.UNDO);
        undo.disableProperty().bind(workspace.history().canUndoProperty().not());
        undo.textProperty().bind(workspace.history().undoTextProperty());
        MenuItem redo = item(commands.redo, Material2MZ.REDO);
        redo.disableProperty().bind(workspace.history().canRedoProperty().not());
        redo.textProperty().bind(workspace.history().redoTextProperty());
        MenuItem delete = item(commands.delete, Material2AL.DELETE);
        delete.disableProperty().bind(workspace.selection().annotationProperty().isNull());
        Menu edit = named(new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(), delete,
                new SeparatorMenuItem(), item(commands.pasteAsArticle, Material2AL.CONTENT_PASTE),
                new SeparatorMenuItem(), item(commands.findInArticle, Material2MZ.SEARCH), item(commands.searchLibrary, null),
                item(commands.nextHit, null), item(commands.previousHit, null)), "editMenu");
        edit.getItems().add(new SeparatorMenuItem());
        edit.getItems().addAll(checking.articleItems());
        edit.getItems().addAll(new SeparatorMenuItem(), checking.preferencesItem());
        return edit;
    }

    private Menu annotateMenu() {
        Menu menu = named(new Menu("_Annotate"), TagAndSpanCommands.ANNOTATE_MENU);
        for (Kind kind : Names.MARKED_KINDS) {
            MenuItem item = item(commands.mark.get(kind), null);
            item.setGraphic(Icons.forKind(kind));
            menu.getItems().add(item);
        }
        menu.getItems().addAll(new SeparatorMenuItem(), item(commands.linkSpeaker, null), item(commands.linkTo, null));
        menu.getItems().addAll(new SeparatorMenuItem(), item(commands.next, Material2AL.ARROW_DOWNWARD),
                item(commands.previous, Material2AL.ARROW_UPWARD));
        return menu;
    }

    private Menu analyzeMenu() {
        MenuItem accept = item(commands.accept, Material2AL.CHECK);
        MenuItem reject = item(commands.reject, Material2AL.CLOSE);
        for (MenuItem review : List.of(accept, reject)) {
            review.disableProperty().bind(Bindings.createBooleanBinding(
                    () -> workspace.selection().annotation() == null
                            || workspace.selection().annotation().origin() != Origin.DETECTED,
                    workspace.selection().annotationProperty()));
        }
        // the open article's, as the names say: the whole library's would be one step too easily taken
        Menu acceptAll = new Menu("Accept all suggested in this article");
        Menu rejectAll = new Menu("Reject all suggested in this article");
        acceptAll.setId("acceptAllMenu");
        rejectAll.setId("rejectAllMenu");
        for (Kind kind : Names.MARKED_KINDS) {
            MenuItem acceptKind = plain(Names.title(kind) + "s", () -> workspace.edits().reviewAll(kind, true));
            MenuItem rejectKind = plain(Names.title(kind) + "s", () -> workspace.edits().reviewAll(kind, false));
            acceptKind.setId("acceptAll-" + kind.name());
            rejectKind.setId("rejectAll-" + kind.name());
            acceptAll.getItems().add(acceptKind);
            rejectAll.getItems().add(rejectKind);
        }
        acceptAll.getItems().addAll(new SeparatorMenuItem(),
                plain("Every kind", () -> workspace.edits().reviewAll(null, true)));
        rejectAll.getItems().addAll(new SeparatorMenuItem(),
                plain("Every kind", () -> workspace.edits().reviewAll(null, false)));
        MenuItem again = item(commands.detectAgain, Material2AL.AUTORENEW);
        again.setId("detectAgain");
        return named(new Menu("A_nalyze", null, again, item(commands.detectEverywhere, null),
                new SeparatorMenuItem(), accept, reject, new SeparatorMenuItem(), acceptAll, rejectAll),
                "analyzeMenu");
    }

    private Menu viewMenu() {
        Menu menu = named(new Menu("_View"), "viewMenu");
        for (Layer layer : Layer.values()) {
            CheckMenuItem toggle = new CheckMenuItem(layer.label());
            bindings.bindBidirectional(toggle.selectedProperty(), workspace.reader().layers().property(layer));
            menu.getItems().add(toggle);
        }
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        whenShown.add(() -> {
            bindings.bindBidirectional(dark.selectedProperty(), display.darkProperty());
            light.setSelected(!display.darkProperty().get());
            bindings.listen(display.darkProperty(), (obs, old, now) -> light.setSelected(!now));
        });
        menu.getItems().addAll(new SeparatorMenuItem(), light, dark, new SeparatorMenuItem(),
                item(commands.zoomIn, Material2MZ.ZOOM_IN),
                item(commands.zoomOut, Material2MZ.ZOOM_OUT),
                item(commands.resetZoom, null), new SeparatorMenuItem(),
                item(commands.statistics, Material2AL.BAR_CHART));
        return menu;
    }

    ToolBar toolBar() {
        ToolBar bar = new ToolBar(
                button(commands.openProject, Material2AL.FOLDER_OPEN, null),
                button(commands.importFiles, Material2AL.FILE_UPLOAD, null),
                new Separator(Orientation.VERTICAL),
                button(commands.undo, Material2MZ.UNDO, workspace.history().canUndoProperty()),
                button(commands.redo, Material2MZ.REDO, workspace.history().canRedoProperty()),
                new Separator(Orientation.VERTICAL));
        for (Kind kind : Names.MARKED_KINDS) {
            Command mark = commands.mark.get(kind);
            Button button = new Button(null, Icons.forKind(kind));
            button.setTooltip(new Tooltip("Mark the selection as " + Names.of(kind) + " ("
                    + mark.key().getDisplayText() + ")"));
            button.setOnAction(e -> workspace.reader().annotateSelection(kind));
            button.setFocusTraversable(false);
            bar.getItems().add(button);
        }
        Button delete = button(commands.delete, Material2AL.DELETE, null);
        delete.disableProperty().bind(workspace.selection().annotationProperty().isNull());
        Button theme = new Button(null, Icons.of(Material2AL.BRIGHTNESS_4));
        theme.setId("themeToggle");
        theme.setTooltip(new Tooltip("Light or dark theme"));
        theme.setFocusTraversable(false);
        theme.setOnAction(e -> display.darkProperty().set(!display.darkProperty().get()));
        bar.getItems().addAll(delete, new Separator(Orientation.VERTICAL),
                button(commands.zoomOut, Material2MZ.ZOOM_OUT, null),
                button(commands.zoomIn, Material2MZ.ZOOM_IN, null), theme);
        bar.setId("toolBar");
        return bar;
    }

    /** A menu item that runs a command and shows its key (as an accelerator, which also makes the key work). */
    private static MenuItem item(Command command, Ikon icon) {
        MenuItem item = new MenuItem(command.name());
        item.setAccelerator(command.key());
        if (icon != null) {
            item.setGraphic(Icons.of(icon));
        }
        item.setOnAction(e -> command.action().run());
        return item;
    }

    private static MenuItem plain(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(Command command, Ikon icon, ObservableBooleanValue enabled) {
        Button button = new Button(null, Icons.of(icon));
        button.setTooltip(new Tooltip(command.withKey()));
        button.setOnAction(e -> command.action().run());
        button.setFocusTraversable(false);
        if (enabled != null) {
            button.disableProperty().bind(Bindings.not(enabled));
        }
        return button;
    }

    /**
     * A menu of the bar with its id; its text marks the letter that opens it with Alt (Alt+F, Alt+E, Alt+A, Alt+N,
     * Alt+R, Alt+V), which no command of the keymap takes.
     */
    static Menu named(Menu menu, String id) {
        menu.setId(id);
        menu.setMnemonicParsing(true);
        return menu;
    }

}
