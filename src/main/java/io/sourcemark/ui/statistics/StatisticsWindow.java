package io.sourcemark.ui.statistics;

import io.sourcemark.ui.DisplaySettings;
import io.sourcemark.ui.Subscriptions;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Statistics window beside the main one: made at the first request, shown again at the next, in the window's
 * theme; closed with the project's view.
 */
public final class StatisticsWindow {

    private final StatisticsViewModel model;
    private final DisplaySettings display;
    private final String stylesheet;
    private final Subscriptions bindings = new Subscriptions();
    private StatisticsView view;
    private Stage stage;

    public StatisticsWindow(StatisticsViewModel model, DisplaySettings display, String stylesheet) {
        this.model = model;
        this.display = display;
        this.stylesheet = stylesheet;
    }

    /** Shows the window whenever the view model asks, over the window of {@code owner}. */
    public void activate(Scene owner) {
        bindings.listen(model.showRequestsProperty(), (obs, old, now) -> show(owner));
    }

    public void deactivate() {
        bindings.dispose();
        if (stage != null) {
            view.deactivate();
            stage.close();
        }
    }

    private void show(Scene owner) {
        if (stage == null) {
            view = new StatisticsView(model);
            view.node().getStyleClass().add("sm-root");
            Scene scene = new Scene(view.node(), 1000, 720);
            scene.getStylesheets().add(stylesheet);
            stage = new Stage();
            stage.setTitle("Statistics — Sourcemark");
            if (owner.getWindow() != null) {
                stage.initOwner(owner.getWindow());
            }
            stage.setScene(scene);
            // below this the charts cannot show their titles and axes side by side; the page scrolls down
            stage.setMinWidth(560);
            stage.setMinHeight(400);
            scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    stage.close(); // as other windows of the kind: Escape puts it away
                    e.consume();
                }
            });
            dark(display.darkProperty().get());
            bindings.listen(display.darkProperty(), (obs, old, now) -> dark(now));
            view.activate();
        }
        stage.show();
        stage.toFront();
    }

    private void dark(boolean on) {
        view.node().getStyleClass().remove("sm-dark");
        if (on) {
            view.node().getStyleClass().add("sm-dark");
        }
        view.dark(on);
    }
}
