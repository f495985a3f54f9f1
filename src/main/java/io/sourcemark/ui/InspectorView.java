package io.sourcemark.ui;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.model.Origin;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Details of the selected highlight; its kind can be changed here. */
final class InspectorView {

    private final VBox root = new VBox(8);
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final Label text = new Label();
    private final Label range = new Label();
    private final Label origin = new Label();
    private final Label speaker = new Label();
    private final Label cue = new Label();
    private final Label score = new Label();
    private final WorkspaceViewModel model;
    private final Button accept = new Button("Accept");
    private final Button reject = new Button("Reject");
    private final GridPane grid = new GridPane();
    private final Label empty = new Label("Click a highlight or a statement to see it here.");
    private boolean showing;

    InspectorView(WorkspaceViewModel model) {
        this.model = model;
        root.getStyleClass().add("sm-inspector");
        root.setPadding(new Insets(10));
        Label heading = new Label("Inspector");
        heading.getStyleClass().add("title-4");
        kind.setId("inspectorKind");
        // Tags come with the codebook; until then a highlight is one of the four kinds the keys make.
        kind.getItems().setAll(MainMenus.ANNOTATION_KINDS);
        kind.setButtonCell(new KindCell());
        kind.setCellFactory(v -> new KindCell());
        kind.valueProperty().addListener((obs, old, now) -> {
            Annotation selected = model.selectedProperty().get();
            if (!showing && now != null && selected != null && selected.kind() != now) {
                model.changeKind(selected, now);
            }
        });
        text.setId("inspectorText");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        range.setId("inspectorRange");
        origin.setId("inspectorOrigin");
        speaker.setId("inspectorSpeaker");
        cue.setId("inspectorCue");
        score.setId("inspectorScore");
        speaker.setWrapText(true);
        accept.setId("inspectorAccept");
        reject.setId("inspectorReject");
        accept.setOnAction(e -> model.acceptSelected());
        reject.setOnAction(e -> model.rejectSelected());
        HBox review = new HBox(6, accept, reject);
        review.managedProperty().bind(review.visibleProperty());
        review.setVisible(false);

        grid.setHgap(10);
        grid.setVgap(6);
        grid.getColumnConstraints().addAll(new ColumnConstraints(70), columnThatGrows());
        int row = 0;
        grid.addRow(row++, caption("Kind"), kind);
        grid.addRow(row++, caption("Text"), text);
        grid.addRow(row++, caption("Range"), range);
        grid.addRow(row++, caption("Origin"), origin);
        grid.add(review, 1, row++);
        grid.addRow(row++, caption("Speaker"), speaker);
        grid.addRow(row++, caption("Cue"), cue);
        grid.addRow(row++, caption("Score"), score);
        // Room kept for the statement details that come next; labelled so nobody mistakes them for data.
        for (String later : new String[] {"Verdict", "Links", "Tags"}) {
            Label placeholder = new Label("not available yet");
            placeholder.getStyleClass().add("sm-placeholder");
            grid.addRow(row++, caption(later), placeholder);
        }
        empty.getStyleClass().add("sm-placeholder");
        empty.setWrapText(true);
        model.selectedProperty().addListener((obs, old, now) -> {
            show(now);
            review.setVisible(now != null && now.origin() == Origin.DETECTED);
        });
        show(null);
        root.getChildren().addAll(heading, empty, grid);
    }

    private void show(Annotation annotation) {
        showing = true;
        try {
            grid.setVisible(annotation != null);
            grid.setManaged(annotation != null);
            empty.setVisible(annotation == null);
            empty.setManaged(annotation == null);
            if (annotation == null) {
                kind.setValue(null);
                return;
            }
            if (!kind.getItems().contains(annotation.kind())) {
                kind.getItems().add(annotation.kind());
            }
            kind.setValue(annotation.kind());
            text.setText(annotation.exact());
            range.setText(annotation.range().start() + "–" + annotation.range().end() + "  ("
                    + annotation.range().length() + " characters)");
            origin.setText(Names.of(annotation.origin()));
            speaker.setText(model.speakerName(annotation).orElse("none"));
            String body = model.articleProperty().get() == null ? null : model.articleProperty().get().body();
            cue.setText(annotation.cue() == null || body == null || annotation.cue().end() > body.length() ? "none"
                    : "“" + annotation.cue().of(body) + "”");
            score.setText(annotation.score() == null ? "none"
                    : String.format(java.util.Locale.ROOT, "%.2f", annotation.score()));
        } finally {
            showing = false;
        }
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("sm-caption");
        return label;
    }

    private static ColumnConstraints columnThatGrows() {
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        return column;
    }

    /** Scrolls when a long statement does not fit: the text wraps rather than being cut. */
    Region node() {
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private static final class KindCell extends ListCell<Kind> {
        @Override
        protected void updateItem(Kind item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : Names.title(item));
            setGraphic(empty || item == null ? null : Icons.forKind(item));
        }
    }
}
