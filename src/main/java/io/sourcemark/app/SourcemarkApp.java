package io.sourcemark.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.sourcemark.app.ProjectOpening.Built;
import io.sourcemark.app.ProjectOpening.Opened;
import io.sourcemark.service.AnalyzerSupplier;
import io.sourcemark.service.ComputePool;
import io.sourcemark.service.ProjectUnavailableException;
import io.sourcemark.ui.DisplaySettings;
import io.sourcemark.ui.SpaceOpensChoices;
import io.sourcemark.ui.Tasks;
import io.sourcemark.ui.Workspace;
import io.sourcemark.ui.shell.MainView;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The window application and the one place where Sourcemark's objects are built and wired. The project to open
 * comes from {@code --project PATH}, else the default project in the user-data folder; the settings live in the
 * user-config folder. Tests give both through the constructor.
 */
public final class SourcemarkApp extends Application {

    private static final Logger LOG = Logger.getLogger(SourcemarkApp.class.getName());

    private final Path givenProject;
    private final Path givenConfigDir;
    private final boolean detectAfterImport;

    private AppPaths paths;
    private Path launchProject;
    private SettingsFile settingsFile;
    private Settings loadedSettings;

    private Tasks tasks;
    private LeftProjects left;
    private SettingsKeeper keeper;
    private final DisplaySettings display = new DisplaySettings();
    /** One engine for the whole run, shared by every project opened. */
    private final AnalyzerSupplier analyzers = new AnalyzerSupplier();
    /** The threads that parse and analyse, shared by every job and project of the run; a core stays for the window. */
    private final ComputePool compute = ComputePool.besideTheWindow();
    private Stage stage;
    /** Follows the window's normal place, remembered at exit; null before the window is built. */
    private WindowPlace place;
    private Scene scene;
    private ProjectSession session;
    private Workspace workspace;
    private MainView view;
    private final ExportActions exports = new ExportActions(this);
    /** Hands an address to the system's browser; tests put their own in its place, so that no browser starts. */
    private final SystemBrowser systemBrowser = new SystemBrowser(this::getHostServices, this::announce);
    private java.util.function.Consumer<String> browser = systemBrowser;
    private volatile boolean stopped;
    /** What arrived from the opening project before the window was built; run at the end of {@link #start}. */
    private Runnable arrivedBeforeTheWindow;
    /** Opens projects and, at launch, builds the first one's view beside "Opening…". */
    private ProjectOpening opening;
    /** Whether the first project's view was built beside the window, as it is meant to be when it has articles. */
    private boolean builtBesideTheWindow;

    /** Used by the JavaFX launcher: everything comes from the command line and the platform's folders. */
    public SourcemarkApp() {
        this(null, null, true);
    }

    /**
     * @param project   the project file to open (created when missing), or null for the launcher's choice
     * @param configDir the folder of the settings file, or null for the platform's user-config folder
     * @param detectAfterImport whether imported articles (the samples of a first run too) are analysed at once;
     *                          tests of hand-made highlights turn it off to start from a clean article
     */
    public SourcemarkApp(Path project, Path configDir, boolean detectAfterImport) {
        this.givenProject = project;
        this.givenConfigDir = configDir;
        this.detectAfterImport = detectAfterImport;
    }

    /**
     * Runs before the window, off the FX thread: the settings are read, and the project starts opening (with the
     * library and the first article read) while the toolkit builds the window, so neither waits for the other.
     */
    @Override
    public void init() {
        paths = AppPaths.forThisMachine();
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        launchProject = givenProject != null ? givenProject.toAbsolutePath()
                : LaunchOptions.project(args).orElse(paths.defaultProject());
        settingsFile = new SettingsFile(givenConfigDir != null ? givenConfigDir : paths.configDir());
        loadedSettings = settingsFile.load();
        tasks = Tasks.forTheWindow();
        left = new LeftProjects(tasks, e -> alert("The previous project was not closed cleanly", e));
        keeper = new SettingsKeeper(settingsFile, loadedSettings, tasks);
        keeper.bind(display);
        opening = new ProjectOpening(tasks, display, new FileActions(this), analyzers, compute);
        openAtLaunch(launchProject);
    }

    @Override
    public void start(Stage primaryStage) {
        if (settingsFile == null) {
            init();
        }
        stage = primaryStage;
        theme(display.darkProperty().get());
        display.darkProperty().addListener((obs, old, now) -> theme(now));

        Label waiting = new Label("Opening " + launchProject.getFileName() + "…");
        scene = new Scene(new StackPane(waiting), 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        SpaceOpensChoices.install(scene);
        stage.setTitle("Sourcemark");
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            // decoded on a thread of the toolkit's: the window need not wait for its icons to be drawn
            stage.getIcons().add(new Image(SourcemarkApp.class.getResource("icons/icon-" + size + ".png")
                    .toExternalForm(), true));
        }
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setScene(scene);
        keeper.windowPlace().ifPresent(remembered -> WindowPlace.restore(stage, remembered));
        place = WindowPlace.follow(stage);
        stage.show();
        opening.windowStarted();
        if (arrivedBeforeTheWindow != null) {
            Runnable arrived = arrivedBeforeTheWindow;
            arrivedBeforeTheWindow = null;
            arrived.run();
        }
    }

    /**
     * Loads the engine's models on a thread of their own, once the first project's window is whole and drawn again:
     * neither the window nor the first article waits for them, and they do not compete with them for the processor.
     */
    private void warmUpEngine() {
        Thread loader = new Thread(() -> {
            try {
                analyzers.get();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The attribution engine could not be loaded; detection will retry", e);
            }
        }, "sourcemark-engine-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void openAtLaunch(Path file) {
        Optional<Long> last = keeper.lastArticle(file);
        tasks.action(() -> opening.open(file, true, last), opened -> whenTheWindowIsUp(() -> show(opened)),
                e -> whenTheWindowIsUp(() -> {
                    alert("Sourcemark cannot open " + file, e);
                    Path fallback = paths.defaultProject();
                    if (!file.equals(fallback)) {
                        openAtLaunch(fallback);
                    } else {
                        Platform.exit();
                    }
                }));
    }

    /** Both run on the FX thread: the project may be open before {@link #start} has built the window. */
    private void whenTheWindowIsUp(Runnable then) {
        if (scene == null) {
            arrivedBeforeTheWindow = then;
        } else {
            then.run();
        }
    }

    /** Opens another project; when it is refused, the current one stays open. */
    void switchTo(Path file) {
        if (session != null && session.file().equals(file.toAbsolutePath().normalize())) {
            // opening it a second time would read the file beside the open connections and drop their locks
            workspace.status().announce(file.getFileName() + " is the project open now.");
            return;
        }
        leaveCurrentProject();
        Optional<Long> last = keeper.lastArticle(file);
        tasks.action(() -> opening.open(file, false, last), this::show,
                e -> alert("This project cannot be opened: " + file.getFileName(), e));
    }

    /** Creates a new, empty project and opens it; an existing file is never replaced. */
    void create(Path file) {
        leaveCurrentProject();
        tasks.action(() -> {
            if (Files.exists(file)) {
                throw new ProjectUnavailableException(file, "A file named " + file.getFileName() + " already "
                        + "exists. Choose another name, or use File ▸ Open project… to open it.", null);
            }
            return opening.open(file, false, Optional.empty());
        }, this::show, e -> alert("No new project was created", e));
    }

    /**
     * The project about to be closed or replaced keeps what is being typed in a note (Ctrl+Q straight after typing
     * lost it), and stops detecting: the new one would otherwise open only after it.
     */
    private void leaveCurrentProject() {
        if (view != null) {
            view.saveWhatIsTyped();
        }
        if (workspace != null) {
            workspace.detection().stop();
        }
    }

    private void show(Opened opened) {
        if (stopped) {
            opened.session().close(); // the window closed while the project was opening
            return;
        }
        boolean firstProject = session == null;
        ProjectSession previous = session;
        session = opened.session();
        if (view != null) {
            keeper.rememberDividers(view.dividers());
            view.dispose();
        }
        builtBesideTheWindow |= opened.built() != null;
        Built built = opening.contentOf(opened);
        workspace = built.workspace();
        view = built.view();
        keeper.bind(workspace.preferences());
        keeper.bind(workspace.library());
        view.useDividers(keeper.dividers());
        view.showIn(scene);
        if (firstProject) {
            // after the frames that style and draw the first job's row: the engine's loading fills the young
            // generation and the collector's first long pauses came while the FX thread was styling that row
            view.whenWhole(() -> tasks.onceDrawn(this::warmUpEngine));
        }
        Path file = session.file();
        stage.setTitle(file.getFileName() + " — Sourcemark");
        workspace.selection().articleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                keeper.rememberArticle(file, now.id());
            }
        });
        keeper.rememberProject(file, display);
        workspace.edits().refreshHistory();
        workspace.tags().reload();
        Workspace shownWorkspace = workspace;
        view.whenWhole(() -> {
            // once the window is whole: its last frame of building does not wait behind the work
            if (opened.firstRun()) {
                new FileActions(this).importSamples();
            } else if (detectAfterImport) {
                shownWorkspace.detection().detectWhereNeverDone();
            }
        });
        MainView shown = view;
        Platform.runLater(shown::focusArticle);
        if (!stage.isFocused()) {
            // the window gets the keyboard later (the window manager gives it): the article, not the first field
            stage.focusedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old,
                                    Boolean now) {
                    if (now) {
                        stage.focusedProperty().removeListener(this);
                        if (view == shown) {
                            shown.focusArticle();
                        }
                    }
                }
            });
        }
        if (previous != null) {
            left.closeOnceItsJobsEnd(previous);
        }
    }

    private static void theme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    void alert(String header, Exception e) {
        if (e instanceof ProjectUnavailableException) {
            // a file the analyst chose, refused with a message that says why: a user error, no trace to read
            LOG.info(() -> header + ": " + e.getMessage());
        } else {
            LOG.log(Level.WARNING, header, e);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Sourcemark");
        alert.setHeaderText(header);
        alert.setContentText(e.getMessage());
        alert.show();
    }

    Stage stage() {
        return stage;
    }

    /** Opens an address in the system's browser. */
    void browse(String uri) {
        browser.accept(uri);
    }

    void copyInsteadOfBrowsing(String uri) {
        systemBrowser.copyInstead(uri);
    }

    private void announce(String message) {
        if (workspace != null) {
            workspace.status().announce(message);
        }
    }

    void useBrowser(java.util.function.Consumer<String> instead) {
        browser = instead;
    }

    DisplaySettings display() {
        return display;
    }

    Tasks tasks() {
        return tasks;
    }

    ProjectSession session() {
        return session;
    }

    ExportActions exports() {
        return exports;
    }

    Workspace workspace() {
        return workspace;
    }

    @Override
    public void stop() {
        stopped = true;
        if (tasks == null) {
            return;
        }
        if (place != null) {
            // written with the last of the writes below, before the settings' thread ends
            place.toRemember().ifPresent(keeper::rememberWindow);
        }
        if (view != null) {
            keeper.rememberDividers(view.dividers());
        }
        leaveCurrentProject();
        tasks.cancelJobs();
        ProjectSession last = session;
        if (last != null) {
            tasks.action(() -> {
                last.close();
                return last;
            }, closed -> { }, e -> LOG.log(Level.WARNING, "The project was not closed cleanly at exit", e));
        }
        tasks.close();
        left.closeTheRest();
        compute.close();
    }


    MainView view() {
        return view;
    }

    boolean firstViewBuiltBesideTheWindow() {
        return builtBesideTheWindow;
    }

    boolean detectsAfterImport() {
        return detectAfterImport;
    }
}
