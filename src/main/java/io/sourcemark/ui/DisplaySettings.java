package io.sourcemark.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;

/**
 * How the window looks, remembered between runs by the app: theme, article zoom, recent projects, the lowest score
 * of the suggested claims shown.
 */
public final class DisplaySettings {

    /** The zoom steps of the article text, in percent; the CSS has one style class per step. */
    public static final List<Integer> ZOOM_STEPS = List.of(70, 80, 90, 100, 110, 125, 150, 175, 200);
    public static final int DEFAULT_ZOOM = 100;

    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final IntegerProperty zoom = new SimpleIntegerProperty(DEFAULT_ZOOM);
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private final DoubleProperty claimThreshold = new SimpleDoubleProperty(0);

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Percent, always one of {@link #ZOOM_STEPS}. */
    public IntegerProperty zoomProperty() {
        return zoom;
    }

    /** In [0, 1]: suggested claims scored lower are not drawn (0: all of them). */
    public DoubleProperty claimThresholdProperty() {
        return claimThreshold;
    }

    public ObservableList<Path> recentProjects() {
        return recentProjects;
    }

    public void zoomIn() {
        int index = ZOOM_STEPS.indexOf(nearestStep(zoom.get()));
        zoom.set(ZOOM_STEPS.get(Math.min(ZOOM_STEPS.size() - 1, index + 1)));
    }

    public void zoomOut() {
        int index = ZOOM_STEPS.indexOf(nearestStep(zoom.get()));
        zoom.set(ZOOM_STEPS.get(Math.max(0, index - 1)));
    }

    public void resetZoom() {
        zoom.set(DEFAULT_ZOOM);
    }

    /** The step closest to {@code percent}, so that a hand-edited settings file still gives a valid zoom. */
    public static int nearestStep(int percent) {
        int best = DEFAULT_ZOOM;
        for (int step : ZOOM_STEPS) {
            if (Math.abs(step - percent) < Math.abs(best - percent)) {
                best = step;
            }
        }
        return best;
    }

    public static String zoomStyleClass(int percent) {
        return "sm-zoom-" + nearestStep(percent);
    }
}
