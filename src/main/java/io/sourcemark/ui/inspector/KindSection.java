package io.sourcemark.ui.inspector;

import io.sourcemark.model.Annotation;
import io.sourcemark.model.Kind;
import io.sourcemark.ui.Icons;
import io.sourcemark.ui.ListChoice;
import io.sourcemark.ui.Names;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** What the highlight is (its kind can be changed here) and where it stands in the text. */
final class KindSection {

    private final VBox root = new VBox(4);
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final Label range = new Label();
    private boolean showing;
    /** The highlight shown: its button names a mixed quote as the statements list and the reports do. */
    private Annotation shown;

    KindSection(InspectorViewModel model) {
        kind.setId("inspectorKind");
        kind.getItems().setAll(Names.MARKED_KINDS);
        kind.setButtonCell(new KindCell(true));
        kind.setCellFactory(v -> new KindCell(false));
        // one change when a kind is chosen, not one at each arrow's move through the list
        ListChoice.install(kind, now -> {
            if (!showing && now != null) {
                model.changeKind(now);
            }
        }, () -> show(shown));
        range.setId("inspectorRange");
        range.getStyleClass().add("sm-caption");
        root.getChildren().addAll(kind, range);
    }

    void show(Annotation annotation) {
        shown = annotation;
        showing = true;
        try {
            if (annotation == null) {
                kind.setValue(null);
                return;
            }
            if (!kind.getItems().contains(annotation.kind())) {
                kind.getItems().add(annotation.kind());
            }
            kind.setValue(null); // the button is drawn again for another highlight of the same kind
            kind.setValue(annotation.kind());
            String pieces = annotation.pieces().isEmpty() ? ""
                    : ", " + annotation.pieces().size() + (annotation.isMixedQuote() ? " quoted pieces" : " pieces");
            range.setText("Characters " + annotation.range().start() + "–" + annotation.range().end() + " ("
                    + annotation.range().length() + pieces + ")");
        } finally {
            showing = false;
        }
    }

    Region node() {
        return root;
    }

    private final class KindCell extends ListCell<Kind> {
        private final boolean button;

        KindCell(boolean button) {
            this.button = button;
        }

        @Override
        protected void updateItem(Kind item, boolean empty) {
            super.updateItem(item, empty);
            boolean ofShown = button && shown != null && item == shown.kind();
            setText(empty || item == null ? null : ofShown ? Names.title(shown) : Names.title(item));
            setGraphic(empty || item == null ? null : Icons.forKind(item));
        }
    }
}
