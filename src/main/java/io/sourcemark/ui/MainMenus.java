package io.sourcemark.ui;

import io.sourcemark.model.Kind;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The menu bar and the toolbar: every command with its shortcut, shown in menus and tooltips. */
final class MainMenus {

    static final List<Kind> ANNOTATION_KINDS = List.of(Kind.DIRECT_QUOTE, Kind.INDIRECT_QUOTE, Kind.CLAIM,
            Kind.SPEAKER);

    private final WorkspaceViewModel model;
    private final DisplaySettings display;
    private final WindowActions actions;
    private final DetectionCommands detection;
    private final Supplier<Scene> scene;

    private final Subscriptions subscriptions;

    MainMenus(WorkspaceViewModel model, DisplaySettings display, WindowActions actions, DetectionCommands detection,
              Supplier<Scene> scene, Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
        this.model = model;
        this.display = display;
        this.actions = actions;
        this.detection = detection;
        this.scene = scene;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), annotateMenu(), analyzeMenu(), viewMenu());
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
        subscriptions.listen(display.recentProjects(), (ListChangeListener<Path>) c -> fill.run());
        fill.run();
        return new Menu("File", null,
                item("New project…", Shortcuts.NEW_PROJECT, Material2AL.CREATE_NEW_FOLDER, actions::newProject),
                item("Open project…", Shortcuts.OPEN_PROJECT, Material2AL.FOLDER_OPEN, actions::openProject),
                recent,
                new SeparatorMenuItem(),
                item("Import files…", Shortcuts.IMPORT, Material2AL.FILE_UPLOAD, actions::importFiles),
                item("Import folder…", null, Material2AL.FOLDER, actions::importFolder),
                new SeparatorMenuItem(),
                item("Quit", Shortcuts.QUIT, null, actions::quit));
    }

    private Menu editMenu() {
        MenuItem undo = item("Undo", Shortcuts.UNDO, Material2MZ.UNDO, model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.textProperty().bind(model.undoTextProperty());
        MenuItem redo = item("Redo", Shortcuts.REDO, Material2MZ.REDO, model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        redo.textProperty().bind(model.redoTextProperty());
        MenuItem delete = item("Delete highlight", Shortcuts.DELETE, Material2AL.DELETE, this::deleteUnlessTyping);
        delete.disableProperty().bind(model.selectedProperty().isNull());
        return new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), delete);
    }

    private Menu annotateMenu() {
        Menu menu = new Menu("Annotate");
        for (Kind kind : ANNOTATION_KINDS) {
            MenuItem item = new MenuItem("Mark as " + Names.of(kind));
            item.setAccelerator(Shortcuts.annotate(kind));
            item.setGraphic(Icons.forKind(kind));
            item.setOnAction(e -> annotateUnlessTyping(kind));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu analyzeMenu() {
        MenuItem accept = item("Accept suggestion", Shortcuts.ACCEPT, Material2AL.CHECK, this::acceptUnlessTyping);
        MenuItem reject = item("Reject suggestion", Shortcuts.REJECT, Material2AL.CLOSE, this::rejectUnlessTyping);
        for (MenuItem review : List.of(accept, reject)) {
            review.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> model.selectedProperty().get() == null
                            || model.selectedProperty().get().origin() != io.sourcemark.model.Origin.DETECTED,
                    model.selectedProperty()));
        }
        Menu acceptAll = new Menu("Accept all suggested");
        Menu rejectAll = new Menu("Reject all suggested");
        acceptAll.setId("acceptAllMenu");
        rejectAll.setId("rejectAllMenu");
        for (Kind kind : ANNOTATION_KINDS) {
            MenuItem acceptKind = item(Names.title(kind) + "s", null, null, () -> model.reviewAll(kind, true));
            MenuItem rejectKind = item(Names.title(kind) + "s", null, null, () -> model.reviewAll(kind, false));
            acceptKind.setId("acceptAll-" + kind.name());
            rejectKind.setId("rejectAll-" + kind.name());
            acceptAll.getItems().add(acceptKind);
            rejectAll.getItems().add(rejectKind);
        }
        acceptAll.getItems().addAll(new SeparatorMenuItem(), item("Every kind", null, null,
                () -> model.reviewAll(null, true)));
        rejectAll.getItems().addAll(new SeparatorMenuItem(), item("Every kind", null, null,
                () -> model.reviewAll(null, false)));
        MenuItem again = item("Detect again in this article", Shortcuts.DETECT_AGAIN, Material2AL.AUTORENEW,
                detection::detectInOpenArticle);
        again.setId("detectAgain");
        return new Menu("Analyze", null,
                again,
                item("Detect in every article", Shortcuts.DETECT_EVERYWHERE, null, detection::detectEverywhere),
                new SeparatorMenuItem(), accept, reject, new SeparatorMenuItem(), acceptAll, rejectAll);
    }

    private Menu viewMenu() {
        Menu menu = new Menu("View");
        for (Layer layer : Layer.values()) {
            CheckMenuItem toggle = new CheckMenuItem(layer.label());
            toggle.selectedProperty().bindBidirectional(model.layers().property(layer));
            menu.getItems().add(toggle);
        }
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        subscriptions.bindBidirectional(dark.selectedProperty(), display.darkProperty());
        light.setSelected(!display.darkProperty().get());
        subscriptions.listen(display.darkProperty(), (obs, old, now) -> light.setSelected(!now));
        menu.getItems().addAll(new SeparatorMenuItem(), light, dark, new SeparatorMenuItem(),
                item("Zoom in", Shortcuts.ZOOM_IN, Material2MZ.ZOOM_IN, display::zoomIn),
                item("Zoom out", Shortcuts.ZOOM_OUT, Material2MZ.ZOOM_OUT, display::zoomOut),
                item("Reset zoom", Shortcuts.ZOOM_RESET, null, display::resetZoom));
        return menu;
    }

    ToolBar toolBar() {
        ToolBar bar = new ToolBar(
                button("Open project", Shortcuts.OPEN_PROJECT, Material2AL.FOLDER_OPEN, actions::openProject, null),
                button("Import files", Shortcuts.IMPORT, Material2AL.FILE_UPLOAD, actions::importFiles, null),
                new Separator(javafx.geometry.Orientation.VERTICAL),
                button("Undo", Shortcuts.UNDO, Material2MZ.UNDO, model::undo, model.canUndoProperty()),
                button("Redo", Shortcuts.REDO, Material2MZ.REDO, model::redo, model.canRedoProperty()),
                new Separator(javafx.geometry.Orientation.VERTICAL));
        for (Kind kind : ANNOTATION_KINDS) {
            Button button = new Button(null, Icons.forKind(kind));
            button.setTooltip(new Tooltip(Shortcuts.withKey("Mark the selection as "
                    + Names.of(kind), Shortcuts.annotate(kind))));
            button.setOnAction(e -> model.annotateSelection(kind));
            button.setFocusTraversable(false);
            bar.getItems().add(button);
        }
        Button delete = button("Delete highlight", Shortcuts.DELETE, Material2AL.DELETE, model::deleteSelected, null);
        delete.disableProperty().bind(model.selectedProperty().isNull());
        bar.getItems().addAll(delete, new Separator(javafx.geometry.Orientation.VERTICAL),
                button("Zoom out", Shortcuts.ZOOM_OUT, Material2MZ.ZOOM_OUT, display::zoomOut, null),
                button("Zoom in", Shortcuts.ZOOM_IN, Material2MZ.ZOOM_IN, display::zoomIn, null),
                button("Light or dark theme", null, Material2AL.BRIGHTNESS_4,
                        () -> display.darkProperty().set(!display.darkProperty().get()), null));
        bar.getItems().get(bar.getItems().size() - 1).setId("themeToggle");
        bar.setId("toolBar");
        return bar;
    }

    /** The second keys of redo and zoom, which a menu item cannot show. */
    void installExtraAccelerators(Scene target) {
        target.getAccelerators().put(Shortcuts.REDO_ALT, model::redo);
        target.getAccelerators().put(Shortcuts.ZOOM_IN_PLUS, display::zoomIn);
        target.getAccelerators().put(Shortcuts.ZOOM_IN_ADD, display::zoomIn);
        target.getAccelerators().put(Shortcuts.ZOOM_OUT_SUBTRACT, display::zoomOut);
    }

    /** A letter typed into the filter field is text, not a command. */
    private boolean typing() {
        Scene current = scene.get();
        Node focus = current == null ? null : current.getFocusOwner();
        return focus instanceof TextInputControl;
    }

    private void annotateUnlessTyping(Kind kind) {
        if (!typing()) {
            model.annotateSelection(kind);
        }
    }

    private void acceptUnlessTyping() {
        if (!typing()) {
            model.acceptSelected();
        }
    }

    private void rejectUnlessTyping() {
        if (!typing()) {
            model.rejectSelected();
        }
    }

    private void deleteUnlessTyping() {
        if (!typing()) {
            model.deleteSelected();
        }
    }

    private static MenuItem item(String text, KeyCombination key, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(key);
        if (icon != null) {
            item.setGraphic(Icons.of(icon));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String text, KeyCombination key, Ikon icon, Runnable action,
                                 ObservableBooleanValue enabled) {
        Button button = new Button(null, Icons.of(icon));
        button.setTooltip(new Tooltip(key == null ? text : Shortcuts.withKey(text, key)));
        button.setOnAction(e -> action.run());
        button.setFocusTraversable(false);
        if (enabled != null) {
            button.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        }
        return button;
    }
}
