package io.sourcemark.ui.shell;

import io.sourcemark.ui.DisplaySettings;
import io.sourcemark.ui.Keymap.Command;
import io.sourcemark.ui.Subscriptions;
import io.sourcemark.ui.WindowActions;
import io.sourcemark.ui.Workspace;
import io.sourcemark.ui.details.ArticleDetailsView;
import io.sourcemark.ui.inspector.InspectorView;
import io.sourcemark.ui.library.LibraryView;
import io.sourcemark.ui.reader.ArticleView;
import io.sourcemark.ui.speakers.SpeakersView;
import io.sourcemark.ui.search.SearchView;
import io.sourcemark.ui.statistics.StatisticsWindow;
import io.sourcemark.ui.statements.StatementsView;
import io.sourcemark.ui.tags.CodebookWindow;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole window for one open project: menus and toolbar, library, article, statements and inspector, status
 * bar. Its views bind to the workspace when it is shown and unbind when another project's view replaces it. It may
 * be made on any thread before it is shown: its constructor only makes nodes and touches nothing shared with the FX
 * thread (the display settings, the task list, the scene), which {@link #showIn} binds.
 */
public final class MainView {

    /** The stylesheet of the window; the app adds it to the scene. */
    public static final String STYLESHEET = MainView.class.getResource("/io/sourcemark/ui/sourcemark.css")
            .toExternalForm();

    private final BorderPane root = new BorderPane();
    private final Workspace workspace;
    private final DisplaySettings display;
    private final WindowCommands commands;
    private final MainMenus menus;
    private final LibraryView library;
    private final ArticleView article;
    private final StatementsView statements;
    private final InspectorView inspector;
    private final StatusBarView statusBar;
    /** Made when the Speakers tab is first chosen. */
    private SpeakersView speakers;
    private boolean active;
    private final SearchView search;
    private final StatisticsWindow statistics;
    private final ArticleDetailsView details;
    private final Subscriptions bindings = new Subscriptions();
    private CodebookWindow codebook;
    /** The statements and the inspector. */
    private final SplitPane side;
    private final SplitPane columns;
    /**
     * Where {@link #side} goes: empty for the window's first frame, so that the article and the library are drawn
     * without waiting for the side's styling and layout; filled right after (see {@link #fillTheSide}).
     */
    private final StackPane sideSlot = new StackPane();
    /** Whether the side column is in and laid out; what waits for it until then. */
    private boolean whole;
    private final List<Runnable> untilWhole = new ArrayList<>();

    public MainView(Workspace workspace, DisplaySettings display, WindowActions actions) {
        this.workspace = workspace;
        this.display = display;
        this.commands = new WindowCommands(workspace, display, actions);
        root.getStyleClass().add("sm-root");
        menus = new MainMenus(workspace, commands, display, actions, bindings);
        TagAndSpanCommands tagAndSpan = new TagAndSpanCommands(workspace, this::showCodebook);
        library = new LibraryView(workspace.library());
        article = new ArticleView(workspace.reader(), display, workspace.keymap(), actions);
        statements = new StatementsView(workspace.statements(), workspace.keymap());
        inspector = new InspectorView(workspace.inspector(), workspace.speakerSection(), workspace.linksSection(),
                actions::showDocument, this::focusArticle);
        statusBar = new StatusBarView(workspace);
        search = new SearchView(workspace.search(), commands.findInArticle.key().getDisplayText(),
                commands.searchLibrary.key().getDisplayText());
        statistics = new StatisticsWindow(workspace.statistics(), display, STYLESHEET);
        details = new ArticleDetailsView(workspace.details());
        BorderPane centre = new BorderPane(article.node());
        search.onBackToArticle(this::focusArticle);
        centre.setTop(search.node());
        centre.setBottom(details.node());

        side = new SplitPane(SideTabs.of(statements.node(), this::speakersTab), inspector.node());
        side.setOrientation(Orientation.VERTICAL);
        side.setDividerPositions(0.55);
        sideSlot.setId("sideSlot");
        // narrower, the tabs and the speakers' buttons would be cut; the analyst drags the divider no further
        sideSlot.setMinWidth(320);
        columns = new SplitPane(library.node(), centre, sideSlot);
        columns.setDividerPositions(0.22, 0.72);
        SplitPane.setResizableWithParent(library.node(), false);
        SplitPane.setResizableWithParent(sideSlot, false);

        MenuBar menuBar = menus.menuBar();
        tagAndSpan.addTo(menuBar);
        root.setTop(new VBox(menuBar, menus.toolBar()));
        root.setCenter(columns);
        root.setBottom(statusBar.node());
        DropImport.install(root, actions);
    }

    /** Installs the view in {@code scene}, replacing the view of a previous project, and binds it. */
    public void showIn(Scene scene) {
        scene.setRoot(root);
        workspace.keymap().attach(scene);
        // Esc gives up a waiting pick (P, L) wherever the focus is: a button or a list may keep Esc for itself, and
        // the next click in the article would then still go to the pick
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> cancelPick = e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && workspace.picking().isActive()) {
                workspace.picking().cancel();
                e.consume();
            }
        };
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, cancelPick);
        bindings.onDispose(() -> scene.removeEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, cancelPick));
        // the second keys of redo and zoom, which a menu item cannot show
        for (Command extra : List.of(commands.redoAlternative, commands.zoomInPlus, commands.zoomInAdd,
                commands.zoomOutSubtract)) {
            scene.getAccelerators().put(extra.key(), extra.action());
            bindings.onDispose(() -> scene.getAccelerators().remove(extra.key()));
        }
        dark(display.darkProperty().get());
        bindings.listen(display.darkProperty(), (obs, old, now) -> dark(now));
        menus.activate();
        library.activate();
        article.activate();
        statements.activate();
        inspector.activate();
        if (speakers != null) {
            speakers.activate();
        }
        active = true;
        details.activate();
        statusBar.activate();
        search.activate();
        statistics.activate(scene);
        // now, in the same pulse: left without a focus owner, the scene would give the keyboard to the first field
        article.focus();
        fillTheSide(scene);
    }

    /**
     * Puts the statements and the inspector in their column once the window has laid out its first frame with the
     * article and the library: a third of the window's nodes, styled and laid out a frame later instead of before
     * the article is seen. Their column keeps its width meanwhile, so nothing moves when they arrive. At once when
     * the scene is not in a shown window (no frame would come).
     */
    private void fillTheSide(Scene scene) {
        if (scene.getWindow() == null || !scene.getWindow().isShowing()) {
            sideSlot.getChildren().setAll(side);
            becomeWhole();
            return;
        }
        Frames.afterTheNextLayout(scene, () -> {
            sideSlot.getChildren().setAll(side);
            Frames.onceFramesComeQuickly(scene, this::becomeWhole);
        });
    }

    /**
     * Runs {@code then} once the window shows everything, the side column styled, laid out and drawn too; at once
     * when it does. Background work waits for it, so that it does not compete with the window's last frames of
     * building.
     */
    public void whenWhole(Runnable then) {
        if (whole) {
            then.run();
        } else {
            untilWhole.add(then);
        }
    }

    private void becomeWhole() {
        if (!active) {
            untilWhole.clear(); // replaced by another project's view before it was whole
            return;
        }
        whole = true;
        List<Runnable> waiting = List.copyOf(untilWhole);
        untilWhole.clear();
        waiting.forEach(Runnable::run);
    }

    /**
     * Where the panes' dividers are, as fractions: the library's right edge, the side column's left edge, and the
     * line between the side tabs and the inspector. The window remembers them between runs.
     */
    public List<Double> dividers() {
        double[] outer = columns.getDividerPositions();
        return List.of(thousandths(outer[0]), thousandths(outer[1]), thousandths(side.getDividerPositions()[0]));
    }

    /** A divider snaps to whole pixels: more digits would say nothing and change the settings file at each run. */
    private static double thousandths(double fraction) {
        return Math.round(fraction * 1000) / 1000.0;
    }

    /** Puts the dividers where {@link #dividers()} found them; a list of another size is left alone. */
    public void useDividers(List<Double> positions) {
        if (positions.size() == 3) {
            columns.setDividerPositions(positions.get(0), positions.get(1));
            side.setDividerPositions(positions.get(2));
        }
    }

    /** Saves a note or a rationale being typed: the window is closing, or another project opening. */
    public void saveWhatIsTyped() {
        inspector.saveWhatIsTyped();
    }

    /** Unbinds every view from objects that outlive it; call when another project's view replaces this one. */
    public void dispose() {
        statistics.deactivate();
        search.deactivate();
        if (codebook != null) {
            codebook.stage().close(); // it shows the project this view is leaving
        }
        statusBar.deactivate();
        if (speakers != null) {
            speakers.deactivate();
        }
        active = false;
        details.deactivate();
        inspector.deactivate();
        statements.deactivate();
        article.deactivate();
        library.deactivate();
        bindings.dispose();
    }

    private Node speakersTab() {
        speakers = new SpeakersView(workspace.speakers());
        if (active) {
            speakers.activate();
        }
        return speakers.node();
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

    /** The codebook window, one at a time: asked for again, the open one comes to the front. */
    private void showCodebook() {
        if (codebook == null || !codebook.stage().isShowing()) {
            codebook = new CodebookWindow(workspace.tags(), workspace.edits(), workspace.status(),
                    root.getScene().getWindow(), STYLESHEET, display.darkProperty().get());
        }
        codebook.show();
    }

    /** Puts the keyboard in the article, so that Q, I, C, S work at once. */
    public void focusArticle() {
        article.focus();
    }
}
