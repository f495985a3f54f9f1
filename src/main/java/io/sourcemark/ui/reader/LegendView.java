package io.sourcemark.ui.reader;

import io.sourcemark.ui.DisplaySettings;
import io.sourcemark.ui.Subscriptions;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What each colour means, drawn in the colours of the highlights, with a check box per layer to show or hide it, and
 * beside the claims a slider for the lowest check-worthiness score of the suggested claims shown.
 */
final class LegendView {

    private final FlowPane root = new FlowPane(14, 4);
    private final LayerToggles layers;
    private final DisplaySettings display;
    private final Map<Layer, Region> swatches = new EnumMap<>(Layer.class);
    private final Map<Layer, CheckBox> boxes = new EnumMap<>(Layer.class);
    private final Subscriptions bindings = new Subscriptions();
    private final Slider claimThreshold = new Slider(0, 0.95, 0);
    private final Label claimThresholdLabel = new Label();

    LegendView(LayerToggles layers, DisplaySettings display) {
        this.layers = layers;
        this.display = display;
        root.setId("legend");
        root.getStyleClass().add("sm-legend");
        root.setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label("Layers");
        caption.getStyleClass().add("sm-legend-caption");
        root.getChildren().add(caption);
        for (Layer layer : Layer.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().add("sm-swatch");
            CheckBox box = new CheckBox(layer.label());
            box.setId("legend-" + layer.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.setGraphic(swatch);
            box.setTooltip(new Tooltip("Show or hide the " + layer.label().toLowerCase(Locale.ROOT)
                    + "; faded or dashed marks are suggestions not reviewed yet"));
            swatches.put(layer, swatch);
            boxes.put(layer, box);
            root.getChildren().add(box);
            if (layer == Layer.CLAIMS) {
                root.getChildren().add(claimThresholdControl());
            }
        }
    }

    private HBox claimThresholdControl() {
        claimThreshold.setId("legend-claim-threshold");
        claimThreshold.setBlockIncrement(0.05);
        claimThreshold.setMajorTickUnit(0.05);
        claimThreshold.setMinorTickCount(0);
        claimThreshold.setSnapToTicks(true);
        claimThreshold.setPrefWidth(110);
        claimThreshold.setTooltip(new Tooltip("Show only the suggested claims at least this check-worthy (the score "
                + "is calibrated: of claims scored 0.8, about 80% are worth checking); accepted and hand-marked "
                + "claims always show"));
        claimThresholdLabel.setId("legend-claim-threshold-value");
        claimThresholdLabel.getStyleClass().add("sm-legend-caption");
        claimThresholdLabel.setMinWidth(Region.USE_PREF_SIZE);
        // as wide as its widest text from the start, so that moving the slider does not push the layers after it
        // along, or over to a second line
        Label widest = new Label(thresholdText(0.95));
        widest.getStyleClass().add("sm-legend-caption");
        widest.setVisible(false);
        StackPane value = new StackPane(widest, claimThresholdLabel);
        value.setAlignment(Pos.CENTER_LEFT);
        value.setMinWidth(Region.USE_PREF_SIZE);
        HBox control = new HBox(4, claimThreshold, value);
        control.setAlignment(Pos.CENTER_LEFT);
        return control;
    }

    private static String thresholdText(double threshold) {
        return threshold < 0.005 ? "all claims" : String.format(Locale.ROOT, "score ≥ %.2f", threshold);
    }

    void activate() {
        for (Layer layer : Layer.values()) {
            bindings.bindBidirectional(boxes.get(layer).selectedProperty(), layers.property(layer));
        }
        bindings.bindBidirectional(claimThreshold.valueProperty(), layers.claimThresholdProperty());
        bindings.listen(layers.claimThresholdProperty(), (obs, old, now) ->
                claimThresholdLabel.setText(thresholdText(now.doubleValue())));
        claimThresholdLabel.setText(thresholdText(layers.claimThresholdProperty().get()));
        bindings.bind(claimThreshold.disableProperty(), layers.property(Layer.CLAIMS).not());
        bindings.listen(display.darkProperty(), (obs, old, now) -> paint(HighlightPalette.of(now)));
        paint(HighlightPalette.of(display.darkProperty().get()));
    }

    void deactivate() {
        bindings.dispose();
    }

    /** The swatches as the article draws each layer: an underline, a fill, a box, a coloured letter. */
    private void paint(HighlightPalette palette) {
        swatches.get(Layer.SPEAKERS).setBackground(fill(palette.speaker(), new Insets(11, 0, 0, 0)));
        swatches.get(Layer.DIRECT_QUOTES).setBackground(fill(palette.direct(), Insets.EMPTY));
        swatches.get(Layer.INDIRECT_QUOTES).setBackground(fill(palette.indirect(), Insets.EMPTY));
        swatches.get(Layer.CLAIMS).setBorder(new Border(new BorderStroke(palette.claim(), BorderStrokeStyle.SOLID,
                new CornerRadii(2), new BorderWidths(1.5))));
        swatches.get(Layer.TAGS).setBackground(fill(palette.tag(), new Insets(3)));
    }

    private static Background fill(Color color, Insets insets) {
        return new Background(new BackgroundFill(color, new CornerRadii(2), insets));
    }

    Region node() {
        return root;
    }
}
