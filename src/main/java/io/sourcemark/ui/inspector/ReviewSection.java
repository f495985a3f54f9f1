package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Accept and Reject, at the top of the inspector so that a long quote never pushes them out of sight. */
final class ReviewSection {

    private final HBox root;

    ReviewSection(InspectorViewModel model) {
        Button accept = new Button("Accept");
        Button reject = new Button("Reject");
        accept.setId("inspectorAccept");
        reject.setId("inspectorReject");
        accept.getStyleClass().add("success");
        reject.getStyleClass().add("danger");
        accept.setTooltip(new Tooltip("Accept the suggestion and go to the next one (A or Enter)"));
        reject.setTooltip(new Tooltip("Reject the suggestion and go to the next one (R)"));
        accept.setOnAction(e -> model.accept());
        reject.setOnAction(e -> model.reject());
        root = new HBox(6, accept, reject);
        root.managedProperty().bind(root.visibleProperty());
        root.setVisible(false);
    }

    void show(Annotation annotation) {
        root.setVisible(InspectorViewModel.isSuggestion(annotation));
    }

    Region node() {
        return root;
    }
}
