package io.sourcemark.ui;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/** What each colour means, with a checkbox per layer to show or hide it. */
final class LegendView {

    private final FlowPane root = new FlowPane(14, 4);

    LegendView(WorkspaceViewModel model) {
        root.setId("legend");
        root.getStyleClass().add("sm-legend");
        root.setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label("Layers");
        caption.getStyleClass().add("sm-legend-caption");
        root.getChildren().add(caption);
        for (Layer layer : Layer.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("sm-swatch", layer.styleClass() + "-swatch");
            CheckBox box = new CheckBox(layer.label());
            box.setId("legend-" + layer.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            box.setGraphic(swatch);
            box.setTooltip(new Tooltip("Show or hide the " + layer.label().toLowerCase(java.util.Locale.ROOT)
                    + "; faded or dashed marks are suggestions not reviewed yet"));
            box.selectedProperty().bindBidirectional(model.layers().property(layer));
            root.getChildren().add(box);
        }
    }

    Region node() {
        return root;
    }
}
