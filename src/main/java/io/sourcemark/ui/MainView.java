package io.sourcemark.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The whole window for one open project: menus and toolbar, library, article, statements and inspector, status
 * bar. A new project gets a new view; nothing here outlives its project.
 */
public final class MainView {

    /** The stylesheet with the layer colours and the zoom steps; the app adds it to the scene. */
    public static final String STYLESHEET = MainView.class.getResource("sourcemark.css").toExternalForm();

    private final BorderPane root = new BorderPane();
    private final MainMenus menus;
    private final ArticleView article;
    private final Subscriptions subscriptions = new Subscriptions();

    public MainView(WorkspaceViewModel model, DisplaySettings display, BackgroundTasks tasks, WindowActions actions,
                    DetectionCommands detection) {
        root.getStyleClass().add("sm-root");
        dark(display.darkProperty().get());
        subscriptions.listen(display.darkProperty(), (obs, old, now) -> dark(now));
        menus = new MainMenus(model, display, actions, detection, root::getScene, subscriptions);
        article = new ArticleView(model, display, actions, new LegendView(model), subscriptions);
        LibraryView library = new LibraryView(model);
        StatementsView statements = new StatementsView(model);
        InspectorView inspector = new InspectorView(model);

        SplitPane side = new SplitPane(statements.node(), inspector.node());
        side.setOrientation(javafx.geometry.Orientation.VERTICAL);
        side.setDividerPositions(0.55);
        SplitPane columns = new SplitPane(library.node(), article.node(), side);
        columns.setDividerPositions(0.22, 0.72);
        SplitPane.setResizableWithParent(library.node(), false);
        SplitPane.setResizableWithParent(side, false);

        root.setTop(new VBox(menus.menuBar(), menus.toolBar()));
        root.setCenter(columns);
        root.setBottom(new StatusBarView(model, tasks).node());
        root.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                menus.installExtraAccelerators(now);
            }
        });
    }

    private void dark(boolean on) {
        root.getStyleClass().remove("sm-dark");
        if (on) {
            root.getStyleClass().add("sm-dark");
        }
    }

    public Parent root() {
        return root;
    }

    /** Puts the keyboard in the article, so that Q, I, C, S work at once. */
    public void focusArticle() {
        article.area().requestFocus();
    }

    /** Lets go of the display settings, which outlive this view; call when another project's view replaces it. */
    public void dispose() {
        subscriptions.dispose();
    }

    /** Installs the view in {@code scene}, replacing the view of a previous project. */
    public void showIn(Scene scene) {
        scene.setRoot(root);
        menus.installExtraAccelerators(scene);
    }
}
