package io.sourcemark.app;

import io.sourcemark.model.ArticleSummary;
import io.sourcemark.service.AnalyzerSupplier;
import io.sourcemark.service.ArticleContent;
import io.sourcemark.service.ComputePool;
import io.sourcemark.service.ProjectUnavailableException;
import io.sourcemark.ui.DisplaySettings;
import io.sourcemark.ui.Tasks;
import io.sourcemark.ui.WindowActions;
import io.sourcemark.ui.Workspace;
import io.sourcemark.ui.shell.MainView;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What opening a project makes before the window shows it: the project, its library and first article, read off
 * the FX thread in one go, and at launch its workspace and view too, built beside "Opening…".
 */
final class ProjectOpening {

    private static final Logger LOG = Logger.getLogger(ProjectOpening.class.getName());

    private final Tasks tasks;
    private final DisplaySettings display;
    private final WindowActions actions;
    private final AnalyzerSupplier analyzers;
    private final ComputePool compute;
    /**
     * Open once the window has shown "Opening…": from then on the FX thread only draws it, and the first project's
     * view may be built beside it.
     */
    private final CountDownLatch windowStarted = new CountDownLatch(1);

    ProjectOpening(Tasks tasks, DisplaySettings display, WindowActions actions, AnalyzerSupplier analyzers,
                   ComputePool compute) {
        this.tasks = tasks;
        this.display = display;
        this.actions = actions;
        this.analyzers = analyzers;
        this.compute = compute;
    }

    /** Called on the FX thread once the window shows "Opening…". */
    void windowStarted() {
        windowStarted.countDown();
    }

    /** Runs off the FX thread: opens the project and reads the article to show first, in one go. */
    Opened open(Path file, boolean launch, Optional<Long> last) throws ProjectUnavailableException {
        ProjectSession opened = ProjectSession.open(file, analyzers, compute);
        if (launch) {
            ClassPreloader.loadTheWindowsClasses();
        }
        try {
            if (launch && opened.articles().count() == 0) {
                // First run (or an empty project at launch): the samples show what Sourcemark does; they are
                // imported as a job once the window shows the project.
                return new Opened(opened, List.of(), null, true, null);
            }
            List<ArticleSummary> library = opened.articles().list("");
            long first = last.filter(id -> library.stream().anyMatch(a -> a.id() == id))
                    .orElse(library.isEmpty() ? 0L : library.get(0).id());
            ArticleContent article = first == 0 ? null : opened.articles().content(first).orElse(null);
            Built built = launch ? buildBesideTheWindow(opened, library, article) : null;
            return new Opened(opened, library, article, false, built);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /**
     * The first project's workspace and view, built on the thread that opened it while the FX thread draws
     * "Opening…" (nodes may be made on any thread until they are in a shown scene); bound to the window later, in
     * {@link MainView#showIn}. Waits for the window first, so that nothing the FX thread sets up in it is touched
     * from two threads at once. Null, to be built on the FX thread, when the window has not started or the view
     * could not be built here.
     */
    private Built buildBesideTheWindow(ProjectSession opened, List<ArticleSummary> library, ArticleContent article) {
        try {
            if (!windowStarted.await(30, TimeUnit.SECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            return build(opened, library, article);
        } catch (RuntimeException e) {
            // a part of the view that insists on the FX thread: the window is built there as before, only later
            LOG.log(Level.WARNING, "The window's content could not be built beside the window; building it now", e);
            return null;
        }
    }

    /** The workspace and view of {@code opened}: what it was built with at launch, else built now. */
    Built contentOf(Opened opened) {
        return opened.built() != null ? opened.built()
                : build(opened.session(), opened.library(), opened.article());
    }

    private Built build(ProjectSession opened, List<ArticleSummary> library, ArticleContent article) {
        Workspace built = new Workspace(tasks, opened.articles(), opened.annotations(), opened.history(),
                opened.detection(), opened.checking(), opened.speakers(), opened.links(), opened.tagging(),
                opened.search(), opened.statistics());
        MainView builtView = new MainView(built, display, actions);
        // The library and the first article are drawn with the new window content: no second round trip.
        built.library().rows().setAll(library);
        if (article != null) {
            built.navigator().show(article);
        }
        return new Built(built, builtView);
    }

    /**
     * @param library  the library's rows
     * @param article  the first article to show, or null for an empty project
     * @param firstRun the project is new at launch: the samples are imported into it next, then detected in
     * @param built    its workspace and view when they were built beside the window, else null
     */
    record Opened(ProjectSession session, List<ArticleSummary> library, ArticleContent article, boolean firstRun,
                  Built built) {
    }

    /** A project's workspace and the view on it, not yet bound to the window. */
    record Built(Workspace workspace, MainView view) {
    }
}
