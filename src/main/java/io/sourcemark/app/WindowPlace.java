package io.sourcemark.app;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.List;
import java.util.Optional;

/**
 * The window's place and size while it is neither maximized, minimized nor full screen: what it comes back to when
 * un-maximized, and so what is remembered (a maximized window's bounds are the screen's).
 */
final class WindowPlace {

    private final Stage stage;
    private Settings.WindowPlace normal;

    private WindowPlace(Stage stage) {
        this.stage = stage;
    }

    /** Starts following the stage's normal bounds; call before it is shown. */
    static WindowPlace follow(Stage stage) {
        WindowPlace place = new WindowPlace(stage);
        InvalidationListener follow = o -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                place.normal = new Settings.WindowPlace(stage.getX(), stage.getY(), stage.getWidth(),
                        stage.getHeight(), false);
            }
        };
        for (Observable bound : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty())) {
            bound.addListener(follow);
        }
        follow.invalidated(null);
        return place;
    }

    /**
     * Puts the window where the analyst left it; on a screen that is no longer there (a monitor unplugged) only
     * its size is kept, and the toolkit centres it.
     */
    static void restore(Stage stage, Settings.WindowPlace place) {
        stage.setWidth(place.width());
        stage.setHeight(place.height());
        if (!Screen.getScreensForRectangle(place.x(), place.y(), place.width(), place.height()).isEmpty()) {
            stage.setX(place.x());
            stage.setY(place.y());
        }
        stage.setMaximized(place.maximized());
    }

    /** The normal bounds with whether the window is maximized now, when they are worth remembering. */
    Optional<Settings.WindowPlace> toRemember() {
        if (normal == null) {
            return Optional.empty();
        }
        Settings.WindowPlace place = new Settings.WindowPlace(normal.x(), normal.y(), normal.width(),
                normal.height(), stage.isMaximized());
        return place.usable() ? Optional.of(place) : Optional.empty();
    }
}
