package io.sourcemark.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.sourcemark.model.ArticleSummary;
import io.sourcemark.service.AnalyzerSupplier;
import io.sourcemark.service.ComputePool;
import io.sourcemark.service.ProjectUnavailableException;
import io.sourcemark.ui.BackgroundTasks;
import io.sourcemark.ui.DetectionCommands;
import io.sourcemark.ui.DisplaySettings;
import io.sourcemark.ui.LoadedArticle;
import io.sourcemark.ui.MainView;
import io.sourcemark.ui.WorkspaceViewModel;
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

    private BackgroundTasks tasks;
    private SettingsKeeper keeper;
    private final DisplaySettings display = new DisplaySettings();
    /** One engine for the whole run, shared by every project opened. */
    private final AnalyzerSupplier analyzers = new AnalyzerSupplier();
    /** The threads that parse and analyse, shared by every job and project of the run. */
    private final ComputePool compute = ComputePool.sizedToTheCores();
    private DetectionCommands detection;
    private Stage stage;
    private Scene scene;
    private ProjectSession session;
    private WorkspaceViewModel workspace;
    private MainView view;
    private volatile boolean stopped;

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

    /** Runs before the window, off the FX thread: the settings file is read here. */
    @Override
    public void init() {
        paths = AppPaths.forThisMachine();
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        launchProject = givenProject != null ? givenProject.toAbsolutePath()
                : LaunchOptions.project(args).orElse(paths.defaultProject());
        settingsFile = new SettingsFile(givenConfigDir != null ? givenConfigDir : paths.configDir());
        loadedSettings = settingsFile.load();
    }

    @Override
    public void start(Stage primaryStage) {
        if (settingsFile == null) {
            init();
        }
        stage = primaryStage;
        tasks = BackgroundTasks.onDaemonThread("sourcemark-worker");
        keeper = new SettingsKeeper(settingsFile, loadedSettings, tasks);
        keeper.bind(display);
        theme(display.darkProperty().get());
        display.darkProperty().addListener((obs, old, now) -> theme(now));

        Label opening = new Label("Opening " + launchProject.getFileName() + "…");
        scene = new Scene(new StackPane(opening), 1280, 800);
        scene.getStylesheets().add(MainView.STYLESHEET);
        stage.setTitle("Sourcemark");
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            stage.getIcons().add(new Image(SourcemarkApp.class.getResource("icons/icon-" + size + ".png")
                    .toExternalForm()));
        }
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setScene(scene);
        stage.show();
        ClassPreloader.start();
        openAtLaunch(launchProject);
    }

    /**
     * Loads the engine's models on a thread of their own, once the first project is shown: neither the window nor
     * the first article waits for them, and they do not compete with them for the processor.
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
        tasks.run(p -> open(file, true, last), this::show, e -> {
            alert("Sourcemark cannot open " + file, e);
            Path fallback = paths.defaultProject();
            if (!file.equals(fallback)) {
                openAtLaunch(fallback);
            } else {
                Platform.exit();
            }
        });
    }

    /** Opens another project; when it is refused, the current one stays open. */
    void switchTo(Path file) {
        leaveCurrentProject();
        Optional<Long> last = keeper.lastArticle(file);
        tasks.run(p -> open(file, false, last), this::show,
                e -> alert("This project cannot be opened: " + file.getFileName(), e));
    }

    /** Creates a new, empty project and opens it; an existing file is never replaced. */
    void create(Path file) {
        leaveCurrentProject();
        tasks.run(p -> {
            if (Files.exists(file)) {
                throw new ProjectUnavailableException(file, "A file named " + file.getFileName() + " already "
                        + "exists. Choose another name, or use File ▸ Open project… to open it.", null);
            }
            return open(file, false, Optional.empty());
        }, this::show, e -> alert("No new project was created", e));
    }

    /** The project about to be replaced stops detecting: the new one would otherwise open only after it. */
    private void leaveCurrentProject() {
        if (detection != null) {
            detection.stop();
        }
    }

    /** Runs on the background thread. */
    private Opened open(Path file, boolean launch, Optional<Long> last) throws ProjectUnavailableException {
        ProjectSession opened = ProjectSession.open(file, analyzers, compute);
        try {
            if (launch && opened.articles().count() == 0) {
                // First run (or an empty project at launch): the samples show what Sourcemark does.
                return new Opened(opened, first(opened, opened.imports().importBundledSamples()), true);
            }
            if (last.isPresent() && opened.articles().article(last.get()).isPresent()) {
                return new Opened(opened, first(opened, last.get()), false);
            }
            List<ArticleSummary> all = opened.articles().list("");
            return new Opened(opened, all.isEmpty() ? null : first(opened, all.get(0).id()), false);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private void show(Opened opened) {
        if (stopped) {
            opened.session().close(); // the window closed while the project was opening
            return;
        }
        if (session == null) {
            warmUpEngine();
        }
        ProjectSession previous = session;
        session = opened.session();
        workspace = new WorkspaceViewModel(session.articles(), session.annotations(), session.history(), tasks);
        if (view != null) {
            view.dispose();
        }
        detection = new DetectionCommands(workspace, session.detection(), tasks);
        view = new MainView(workspace, display, tasks, new FileActions(this), detection);
        view.showIn(scene);
        Path file = session.file();
        stage.setTitle(file.getFileName() + " — Sourcemark");
        workspace.articleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                keeper.rememberArticle(file, now.id());
            }
        });
        keeper.rememberProject(file, display);
        workspace.reloadLibrary();
        if (opened.article() != null) {
            // Shown in the same pulse as the new window content: no second round trip to the project.
            workspace.show(opened.article());
        }
        if (opened.samplesImported() && detectAfterImport) {
            detection.detectEverywhereStartingWith(opened.article().article().id());
        } else if (detectAfterImport) {
            detection.detectWhereNeverDone();
        }
        MainView shown = view;
        Platform.runLater(shown::focusArticle);
        if (previous != null) {
            tasks.run(p -> {
                previous.close();
                return previous;
            }, closed -> { }, e -> alert("The previous project was not closed cleanly", e));
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

    DisplaySettings display() {
        return display;
    }

    BackgroundTasks tasks() {
        return tasks;
    }

    ProjectSession session() {
        return session;
    }

    WorkspaceViewModel workspace() {
        return workspace;
    }

    @Override
    public void stop() {
        stopped = true;
        if (tasks == null) {
            return;
        }
        leaveCurrentProject();
        ProjectSession last = session;
        if (last != null) {
            tasks.run(p -> {
                last.close();
                return last;
            }, closed -> { }, e -> LOG.log(Level.WARNING, "The project was not closed cleanly at exit", e));
        }
        tasks.close();
        compute.close();
    }

    DetectionCommands detection() {
        return detection;
    }

    boolean detectsAfterImport() {
        return detectAfterImport;
    }

    /** The article to show first, read while the project opens so the window draws it in one go. */
    private static LoadedArticle first(ProjectSession session, long articleId) {
        return LoadedArticle.load(session.articles(), articleId);
    }

    /**
     * @param article         the first article to show, or null for an empty project
     * @param samplesImported the bundled samples were just imported: detection runs over them next
     */
    private record Opened(ProjectSession session, LoadedArticle article, boolean samplesImported) {
    }
}
