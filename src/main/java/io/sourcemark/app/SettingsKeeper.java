package io.sourcemark.app;

import io.sourcemark.ui.AnalystPreferences;
import io.sourcemark.ui.Tasks;
import io.sourcemark.ui.DisplaySettings;
import io.sourcemark.ui.library.LibraryOrder;
import io.sourcemark.ui.library.LibraryViewModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the settings file in step with the window: every change is written at once, off the FX thread. */
final class SettingsKeeper {

    private static final Logger LOG = Logger.getLogger(SettingsKeeper.class.getName());

    private final SettingsFile file;
    private final Tasks tasks;
    private Settings current;

    SettingsKeeper(SettingsFile file, Settings loaded, Tasks tasks) {
        this.file = file;
        this.current = loaded;
        this.tasks = tasks;
    }

    /** Shows the remembered values, then remembers every change the analyst makes. */
    void bind(DisplaySettings display) {
        display.darkProperty().set(current.dark());
        display.zoomProperty().set(DisplaySettings.nearestStep(current.zoom()));
        display.recentProjects().setAll(current.recentProjects().stream().map(Path::of).toList());
        display.claimThresholdProperty().set(current.claimThreshold());
        display.darkProperty().addListener((obs, old, now) -> update(s -> s.withDark(now)));
        display.zoomProperty().addListener((obs, old, now) -> update(s -> s.withZoom(now.intValue())));
        display.claimThresholdProperty().addListener((obs, old, now) ->
                update(s -> s.withClaimThreshold(now.doubleValue())));
    }

    /** Shows the library in the order last chosen, then remembers every change of it. */
    void bind(LibraryViewModel library) {
        if (current.libraryOrder() != null) {
            try {
                library.orderProperty().set(LibraryOrder.valueOf(current.libraryOrder()));
            } catch (IllegalArgumentException unknown) {
                // a hand-edited file, or an order that a later version dropped: the library keeps its default
            }
        }
        library.orderProperty().addListener((obs, old, now) ->
                update(s -> s.withLibraryOrder(now == null ? null : now.name())));
    }

    /**
     * Shows the remembered reviewer's name, export organisation and folder in the workspace's preferences, then
     * remembers every change of them.
     */
    void bind(AnalystPreferences preferences) {
        preferences.reviewerProperty().set(orBlank(current.reviewer()));
        preferences.organisationProperty().set(orBlank(current.organisation()));
        preferences.exportFolderProperty().set(orBlank(current.exportFolder()));
        preferences.reviewerProperty().addListener((obs, old, now) -> update(s -> s.withReviewer(orNull(now))));
        preferences.organisationProperty().addListener((obs, old, now) ->
                update(s -> s.withOrganisation(orNull(now))));
        preferences.exportFolderProperty().addListener((obs, old, now) ->
                update(s -> s.withExportFolder(orNull(now))));
    }

    /** Where the analyst left the panes' dividers; empty before they were first remembered. */
    List<Double> dividers() {
        return current.dividers();
    }

    void rememberDividers(List<Double> dividers) {
        if (!dividers.equals(current.dividers())) {
            update(s -> s.withDividers(dividers));
        }
    }

    /** The main window's place as the analyst left it; empty before it was first remembered. */
    Optional<Settings.WindowPlace> windowPlace() {
        return Optional.ofNullable(current.window());
    }

    void rememberWindow(Settings.WindowPlace place) {
        if (!place.equals(current.window())) {
            update(s -> s.withWindow(place));
        }
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }

    private static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Puts {@code project} first in the recent projects. */
    void rememberProject(Path project, DisplaySettings display) {
        String path = project.toAbsolutePath().toString();
        List<String> recent = new ArrayList<>(current.recentProjects());
        recent.remove(path);
        recent.add(0, path);
        List<String> kept = recent.subList(0, Math.min(Settings.MAX_RECENT, recent.size()));
        display.recentProjects().setAll(kept.stream().map(Path::of).toList());
        update(s -> s.withRecentProjects(kept));
    }

    void rememberArticle(Path project, long articleId) {
        String key = project.toAbsolutePath().toString();
        if (Long.valueOf(articleId).equals(current.lastArticles().get(key))) {
            return;
        }
        update(s -> {
            Map<String, Long> last = new HashMap<>(s.lastArticles());
            last.put(key, articleId);
            return s.withLastArticles(last);
        });
    }

    Optional<Long> lastArticle(Path project) {
        return Optional.ofNullable(current.lastArticles().get(project.toAbsolutePath().toString()));
    }

    private void update(UnaryOperator<Settings> change) {
        current = change.apply(current);
        Settings snapshot = current;
        tasks.action(() -> {
            file.save(snapshot);
            return snapshot;
        }, saved -> { }, e -> LOG.log(Level.WARNING, "Settings could not be written to " + file.file()
                + "; they will be lost at exit", e));
    }
}
