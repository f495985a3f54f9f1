package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.ui.Names;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import java.util.Locale;

/** The highlight's words and what the engine said of it: origin, speaker, cue, score. */
final class DetailsSection {

    private final GridPane grid = new GridPane();
    private final Label text = new Label();
    private final Label origin = new Label();
    private final Label speaker = new Label();
    private final Label cue = new Label();
    private final Label score = new Label();
    private final InspectorViewModel model;

    DetailsSection(InspectorViewModel model) {
        this.model = model;
        text.setId("inspectorText");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("sm-inspector-text");
        origin.setId("inspectorOrigin");
        speaker.setId("inspectorSpeaker");
        speaker.setWrapText(true);
        cue.setId("inspectorCue");
        score.setId("inspectorScore");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints grows = new ColumnConstraints();
        grows.setHgrow(Priority.ALWAYS);
        grows.setFillWidth(true);
        grid.getColumnConstraints().addAll(new ColumnConstraints(70), grows);
        grid.add(text, 0, 0, 2, 1);
        int row = 1;
        grid.addRow(row++, caption("Origin"), origin);
        grid.addRow(row++, caption("Speaker"), speaker);
        grid.addRow(row++, caption("Cue"), cue);
        grid.addRow(row, caption("Score"), score);
    }

    void show(Annotation annotation) {
        if (annotation == null) {
            return;
        }
        text.setText(annotation.exact());
        origin.setText(Names.of(annotation.origin()));
        speaker.setText(model.speakerName(annotation).orElse("none"));
        cue.setText(model.cueText(annotation).map(c -> "“" + c + "”").orElse("none"));
        score.setText(annotation.score() == null ? "none" : String.format(Locale.ROOT, "%.2f", annotation.score()));
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sm-caption");
        return label;
    }

    Region node() {
        return grid;
    }
}
