package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import org.controlsfx.control.StatusBar;

/** Saved state and problems on the left; the article's counts and any long work on the right. */
final class StatusBarView {

    private final StatusBar bar = new StatusBar();

    StatusBarView(WorkspaceViewModel model, BackgroundTasks tasks) {
        bar.setId("statusBar");
        bar.textProperty().bind(model.status().textProperty());
        model.status().problemProperty().addListener((obs, old, now) -> {
            if (now) {
                bar.getStyleClass().add("sm-problem");
            } else {
                bar.getStyleClass().remove("sm-problem");
            }
        });
        Label counts = new Label();
        counts.setId("annotationCounts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> counts(model), model.annotations()));

        Label work = new Label();
        work.textProperty().bind(tasks.longWorkTitleProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelWork");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> tasks.cancelLongWork());
        cancel.visibleProperty().bind(tasks.longWorkRunningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        work.visibleProperty().bind(tasks.longWorkRunningProperty());
        bar.progressProperty().bind(Bindings.when(tasks.longWorkRunningProperty())
                .then(tasks.longWorkProgressProperty()).otherwise(0.0));
        bar.getRightItems().addAll(work, cancel, new Separator(Orientation.VERTICAL), counts);
    }

    static String counts(WorkspaceViewModel model) {
        int quotes = 0;
        int claims = 0;
        int speakers = 0;
        for (Annotation a : model.annotations()) {
            if (a.kind() == Kind.DIRECT_QUOTE || a.kind() == Kind.INDIRECT_QUOTE) {
                quotes++;
            } else if (a.kind() == Kind.CLAIM) {
                claims++;
            } else if (a.kind() == Kind.SPEAKER) {
                speakers++;
            }
        }
        return quotes + (quotes == 1 ? " quote" : " quotes") + "  ·  " + claims + (claims == 1 ? " claim" : " claims")
                + "  ·  " + speakers + (speakers == 1 ? " speaker mention" : " speaker mentions");
    }

    StatusBar node() {
        return bar;
    }
}
